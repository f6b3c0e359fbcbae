import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { fileWriter } from '../../src/site/file-writer.ts';

const folders: string[] = [];
afterEach(() => {
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});

test('every queued file is written, in its folder, with its bytes, across batches and workers', async () => {
  const out = mkdtempSync(join(tmpdir(), 'watchkeeper-writer-'));
  folders.push(out);
  const writer = fileWriter(out, 2);
  for (let i = 0; i < 1234; i++) await writer.write(`osv/${i % 7}/x-${i}.json`, `{"n":${i},"text":"é ${'x'.repeat(i % 50)}"}\n`);
  expect(await writer.finish()).toBe(1234);
  for (const i of [0, 199, 200, 777, 1233]) {
    expect(readFileSync(join(out, `osv/${i % 7}/x-${i}.json`), 'utf8')).toBe(`{"n":${i},"text":"é ${'x'.repeat(i % 50)}"}\n`);
  }
});

test('a write that fails fails finish(), so the build fails', async () => {
  const out = mkdtempSync(join(tmpdir(), 'watchkeeper-writer-'));
  folders.push(out);
  // A file where a folder must go: the export below it cannot be written.
  writeFileSync(join(out, 'blocked'), 'a file, not a folder');
  const writer = fileWriter(out, 2);
  await writer.write('fine.json', '{}');
  await writer.write('blocked/inside.json', '{}').catch(() => undefined);
  await expect(writer.finish()).rejects.toThrow(/could not be written/);
});

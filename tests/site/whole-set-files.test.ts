// The files the build makes from the whole set (osv/all.json, the record's JSON and CSV) are written
// by writeWholeSetFiles after the pages, a piece at a time: the same bytes as the joined text, never
// over a file that is there, and never left half-written.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { type WholeSetFile, writeWholeSetFiles } from '../../src/site/whole-set-files.ts';

const folders: string[] = [];
afterEach(() => {
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});
function outDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'watchkeeper-whole-set-'));
  folders.push(dir);
  return dir;
}
const file = (path: string, pieces: () => Iterable<string>): WholeSetFile => ({ path, type: 'text/plain', pieces });

test('the file holds exactly the joined pieces, across chunks and multi-byte characters', async () => {
  const dir = outDir();
  // Over a MiB of text in odd-sized pieces, with characters of two, three and four bytes in UTF-8.
  const pieces = Array.from({ length: 3000 }, (_, i) => `${i}: é “quoted” 𝐊 ${'x'.repeat(i % 997)}\n`);
  const written = await writeWholeSetFiles([file('/osv/all.json', () => pieces)], dir);
  expect(written).toBe(1);
  expect(readFileSync(join(dir, 'osv/all.json'), 'utf8')).toBe(pieces.join(''));
  expect(readFileSync(join(dir, 'osv/all.json')).equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
});

test('a file already at the address is kept and the write fails, naming the address', async () => {
  const dir = outDir();
  mkdirSync(join(dir, 'record'), { recursive: true });
  writeFileSync(join(dir, 'record/record.csv'), 'a public file\n');
  await expect(writeWholeSetFiles([file('/record/record.csv', () => ['the build’s record\n'])], dir)).rejects.toThrow(
    /Two files for \/record\/record\.csv/,
  );
  expect(readFileSync(join(dir, 'record/record.csv'), 'utf8')).toBe('a public file\n');
});

test('text that fails half-way leaves no file behind, and the failure is passed on', async () => {
  const dir = outDir();
  function* failing() {
    yield 'x'.repeat(3 << 20); // Past one chunk, so part of it is on disk when the failure comes.
    throw new Error('an OSV record could not be made');
  }
  await expect(writeWholeSetFiles([file('/osv/all.json', failing)], dir)).rejects.toThrow('an OSV record could not be made');
  expect(existsSync(join(dir, 'osv/all.json'))).toBe(false);
});

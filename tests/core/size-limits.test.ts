// Limits on keys, items and values per file (issue 11 point 7), checked before
// the document is built, and the cap on diagnostics per file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { MAX_DIAGNOSTICS_PER_FILE } from '../../src/core/cap-diagnostics.ts';
import { parseFile } from '../../src/core/parse-file.ts';
import { readYaml } from '../../src/core/yaml/read-yaml.ts';
import { MAX_ITEMS, MAX_KEYS, MAX_NODES } from '../../src/core/yaml/size-limits.ts';
import { runScriptClean } from '../helpers/run-script.ts';
import { CORPUS_ROOT, sharedTest } from '../helpers/shared.ts';
import { advisoryPath, advisoryYaml, makeTestRepo, type TestRepo } from '../helpers/test-repo.ts';

const FILE = 'advisories/2026/TST-2026-0001.yaml';
const bytes = (text: string) => new TextEncoder().encode(text);
const lines = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => line(i)).join('\n');
const codes = (text: string) => readYaml(FILE, bytes(text)).diagnostics.map((d) => d.code);

describe('limits are checked before the document is built', () => {
  test('keys per mapping, in block and flow style, with the mapping’s position', () => {
    const block = `id: x\ndatabase_specific:\n${lines(MAX_KEYS + 1, (i) => `  k${i}: v`)}\n`;
    const found = readYaml(FILE, bytes(block)).diagnostics;
    expect(found.map((d) => [d.code, d.line, d.column])).toEqual([['YAML_TOO_MANY_KEYS', 3, 3]]);
    expect(found[0]?.message).toContain(`${(MAX_KEYS + 1).toLocaleString('en-US')} keys`);
    expect(codes(`id: x\ndatabase_specific: {${lines(MAX_KEYS + 1, (i) => `k${i}: v,`)}}\n`)).toEqual(['YAML_TOO_MANY_KEYS']);
    expect(codes(`id: x\ndatabase_specific:\n${lines(MAX_KEYS, (i) => `  k${i}: v`)}\n`)).toEqual([]);
  });

  test('items per list, in block and flow style', () => {
    expect(codes(`aliases:\n${lines(MAX_ITEMS + 1, (i) => `  - CVE-2026-${i}`)}\n`)).toEqual(['YAML_TOO_MANY_ITEMS']);
    expect(codes(`aliases: [${lines(MAX_ITEMS + 1, (i) => ` CVE-2026-${i},`)}]\n`)).toEqual(['YAML_TOO_MANY_ITEMS']);
    expect(codes(`aliases:\n${lines(MAX_ITEMS, (i) => `  - CVE-2026-${i}`)}\n`)).toEqual([]);
  });

  test('values in the whole file', () => {
    const lists = Math.ceil(MAX_NODES / MAX_ITEMS) + 1;
    const text = `database_specific:\n${lines(lists, (s) => `  s${s}:\n${lines(MAX_ITEMS, () => '    - 1')}`)}\n`;
    expect(codes(text)).toEqual(['YAML_TOO_MANY_NODES']);
  });

  test('nesting just inside the depth cap is not a size problem', () => {
    const nested = `${lines(30, (d) => `${'  '.repeat(d)}k${d}:`)}\n${'  '.repeat(30)}leaf: x\n`;
    expect(codes(nested)).toEqual([]);
  });
});

describe('diagnostics per file are capped', () => {
  test(`${MAX_ITEMS} bad aliases give ${MAX_DIAGNOSTICS_PER_FILE} diagnostics and one that counts the rest`, () => {
    const text = `${advisoryYaml()}aliases:\n${lines(MAX_ITEMS, (i) => `  - "bad alias ${i}"`)}\n`;
    const found = parseFile(FILE, bytes(text), 'advisory').diagnostics;
    expect(found).toHaveLength(MAX_DIAGNOSTICS_PER_FILE + 1);
    const last = found.at(-1);
    expect(last?.code).toBe('FILE_MORE_PROBLEMS');
    // One SCHEMA_COUNT for the list plus one SCHEMA_PATTERN per item, of which 100 are shown.
    expect(last?.message).toBe(
      `${(MAX_ITEMS + 1 - MAX_DIAGNOSTICS_PER_FILE).toLocaleString('en-US')} more problems in this file are not shown (SCHEMA_PATTERN).`,
    );
  });
});

describe('through npm run check', () => {
  let repo: TestRepo | undefined;
  afterAll(() => repo?.cleanup());

  test('50,000 keys under database_specific fail with YAML_TOO_MANY_KEYS', async () => {
    const flood = `database_specific:\n${lines(50_000, (i) => `  k${String(i).padStart(6, '0')}: v`)}\n`;
    repo = await makeTestRepo({ [advisoryPath('TST-2026-0001')]: `${advisoryYaml()}${flood}` });
    const result = runScriptClean('check.ts', ['--root', repo.root, '--no-cache', '--format', 'json']);
    expect(result.status).toBe(1);
    const found = (JSON.parse(result.stdout) as { diagnostics: { code: string; file: string }[] }).diagnostics;
    expect(found.map((d) => [d.code, d.file])).toEqual([['YAML_TOO_MANY_KEYS', advisoryPath('TST-2026-0001')]]);
  });
});

// The largest real files (measured over the whole corpus; see size-limits.ts) stay far inside the limits.
const LARGEST = ['almalinux/advisories/almalinux8/ALSA-2025:9318.json', 'pypa/vulns/homeassistant/PYSEC-2023-214.yaml'];
sharedTest('corpus', 'the largest real advisories pass the limits', {}, () => {
  for (const file of LARGEST) {
    // JSON is YAML's flow style, so the same reader counts it.
    const found = readYaml(file, readFileSync(join(CORPUS_ROOT, file))).diagnostics.map((d) => d.code);
    expect(found.filter((c) => c.startsWith('YAML_TOO_MANY'))).toEqual([]);
  }
});

// Control and bidi characters are refused in every text of every data file, and
// messages quote only a short, escaped excerpt of a value (issue 11 point 12).
import { afterEach, describe, expect, test } from 'vitest';
import { parseFile } from '../../src/core/parse-file.ts';
import { excerpt } from '../../src/core/text/excerpt.ts';
import { readYaml } from '../../src/core/yaml/read-yaml.ts';
import { runScriptClean } from '../helpers/run-script.ts';
import { advisoryPath, advisoryYaml, makeTestRepo, type TestRepo } from '../helpers/test-repo.ts';

const FILE = 'advisories/2026/TST-2026-0001.yaml';
const read = (text: string) => readYaml(FILE, new TextEncoder().encode(text)).diagnostics;

describe('forbidden characters', () => {
  test.each([
    ['ESC', '\u001b', 'TEXT_CONTROL_CHARACTER', 'U+001B ESC'],
    ['BEL', '\u0007', 'TEXT_CONTROL_CHARACTER', 'U+0007 BEL'],
    ['NUL', '\u0000', 'TEXT_CONTROL_CHARACTER', 'U+0000 NUL'],
    ['CR', '\r', 'TEXT_CONTROL_CHARACTER', 'U+000D CR'],
    ['DEL', '\u007f', 'TEXT_CONTROL_CHARACTER', 'U+007F DEL'],
    ['NEL', '\u0085', 'TEXT_CONTROL_CHARACTER', 'U+0085 NEL'],
    ['a C1 control', '\u009b', 'TEXT_CONTROL_CHARACTER', 'U+009B'],
    ['RLO', '\u202e', 'TEXT_BIDI_CONTROL', 'U+202E RIGHT-TO-LEFT OVERRIDE'],
    ['LRE', '\u202a', 'TEXT_BIDI_CONTROL', 'U+202A'],
    ['RLI', '\u2067', 'TEXT_BIDI_CONTROL', 'U+2067 RIGHT-TO-LEFT ISOLATE'],
    ['PDI', '\u2069', 'TEXT_BIDI_CONTROL', 'U+2069'],
  ])('%s written as an escape in summary is refused at the value', (_name, char, code, label) => {
    const escaped = `\\u${(char.codePointAt(0) as number).toString(16).padStart(4, '0')}`;
    const found = read(`id: x\nsummary: "Fix ${escaped} now"\n`);
    expect(found.map((d) => [d.code, d.pointer, d.line, d.column])).toEqual([[code, '/summary', 2, 10]]);
    expect(found[0]?.message).toContain(`${label}`);
    expect(found[0]?.message).toContain('at character 5 (written as an escape)');
  });

  test('written raw, the position is the character itself, in block scalars and keys too', () => {
    expect(read('id: x\nsummary: "Fix \u001b[2J now"\n').map((d) => [d.code, d.line, d.column])).toEqual([
      ['TEXT_CONTROL_CHARACTER', 2, 15],
    ]);
    expect(read('id: x\ndetails: |\n  first line\n  admin\u202e txt.exe\n').map((d) => [d.code, d.pointer, d.line, d.column])).toEqual([
      ['TEXT_BIDI_CONTROL', '/details', 4, 8],
    ]);
    const key = read('id: x\ndatabase_specific:\n  note\u2066: 1\n');
    expect(key.map((d) => [d.code, d.pointer, d.line, d.column])).toEqual([['TEXT_BIDI_CONTROL', '/database_specific', 3, 7]]);
    expect(key[0]?.message).toMatch(/^The key `note\\u\{2066\}`/);
  });

  test('in a comment too, where a bidi override makes a line read differently in review', () => {
    expect(read('id: x\nstatus: draft # \u202e note\n').map((d) => [d.code, d.pointer, d.line, d.column])).toEqual([
      ['TEXT_BIDI_CONTROL', '', 2, 17],
    ]);
    expect(read('id: x # \u001b[2J\n').map((d) => d.code)).toEqual(['TEXT_CONTROL_CHARACTER']);
  });

  test('tab, line feed and CRLF line ends are text', () => {
    expect(read('id: x\nsummary: "a\\tb"\ndetails: |\r\n  one\r\n  two\r\n')).toEqual([]);
  });
});

describe('through npm run check, in advisories, rotations and settings', () => {
  let repo: TestRepo | undefined;
  afterEach(() => repo?.cleanup());

  test('each file with a forbidden character fails with its code and position', async () => {
    const advisory = advisoryYaml().replace(/^summary: .*$/m, 'summary: "Overflow \\e]8;;https://evil.example\\a in libfoo"');
    expect(advisory).toContain('\\e]8');
    repo = await makeTestRepo({ [advisoryPath('TST-2026-0001')]: advisory });
    repo.write({ 'rotations/roster.yaml': `${repo.read('rotations/roster.yaml').replace(/name: "?([^"\n]*)"?/, 'name: "$1\u202e"')}` });
    repo.write({ 'watchkeeper.yaml': repo.read('watchkeeper.yaml').replace(/^(name|title): "?([^"\n]*)"?$/m, '$1: "$2\\N"') });
    const result = runScriptClean('check.ts', ['--root', repo.root, '--no-cache', '--format', 'json']);
    expect(result.status).toBe(1);
    const found = (JSON.parse(result.stdout) as { diagnostics: { code: string; file: string; line: number }[] }).diagnostics
      .filter((d) => d.code.startsWith('TEXT_'))
      .map((d) => [d.file, d.code]);
    expect(found).toEqual([
      [advisoryPath('TST-2026-0001'), 'TEXT_CONTROL_CHARACTER'],
      ['rotations/roster.yaml', 'TEXT_BIDI_CONTROL'],
      ['watchkeeper.yaml', 'TEXT_CONTROL_CHARACTER'],
    ]);
    // Nothing printed carries the raw characters.
    expect(result.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });
});

describe('messages quote a short, escaped excerpt', () => {
  test('excerpt caps at 80 characters and escapes controls, bidi and invisible characters', () => {
    expect(excerpt('x'.repeat(200))).toBe(`${'x'.repeat(80)}…`);
    expect(excerpt('a\u001b[31mb\u202ec\u200bd\ne')).toBe('a\\u{1B}[31mb\\u{202E}c\\u{200B}d\\u{A}e');
    expect(excerpt('short')).toBe('short');
  });

  test('a 100 KB value that breaks a pattern is quoted in 80 characters', () => {
    const huge = `CVE${'9'.repeat(100_000)}!`;
    const text = `${advisoryYaml()}aliases:\n  - "${huge}"\n`;
    expect(text).toContain(huge);
    const found = parseFile(advisoryPath('TST-2026-0001'), new TextEncoder().encode(text), 'advisory').diagnostics;
    expect(found.map((d) => d.code)).toContain('SCHEMA_PATTERN');
    for (const d of found) expect(d.message.length + (d.hint?.length ?? 0)).toBeLessThan(600);
    expect(found.find((d) => d.code === 'SCHEMA_PATTERN')?.message).toContain(`CVE${'9'.repeat(77)}…`);
  });

  test('an unknown field with a 50 KB name is quoted in 80 characters', () => {
    // An explicit key (`? …`): YAML caps implicit keys at 1,024 characters.
    const text = `${advisoryYaml()}? ${'k'.repeat(50_000)}\n: 1\n`;
    const found = parseFile(advisoryPath('TST-2026-0001'), new TextEncoder().encode(text), 'advisory').diagnostics;
    expect(found.map((d) => d.code)).toEqual(['SCHEMA_UNKNOWN_FIELD']);
    expect(found[0]?.message).toBe(`Unknown field \`${'k'.repeat(80)}…\`.`);
  });
});

describe('import turns CR line breaks into LF', () => {
  test('an OSV record whose details use CR and CRLF imports into an advisory that passes', async () => {
    const { readImportFile, planImport } = await import('../../src/core/osv/index.ts');
    const { createIdAllocator } = await import('../../src/core/authoring/index.ts');
    const { loadDatabase } = await import('../../src/core/index.ts');
    const repo = await makeTestRepo();
    try {
      const settings = loadDatabase(repo.root, { now: new Date('2026-11-24T12:00:00Z') }).settings;
      const record = {
        id: 'PYSEC-2024-1',
        modified: '2024-01-02T00:00:00Z',
        published: '2024-01-01T00:00:00Z',
        summary: 'A flaw',
        details: 'First.\r\r**Note:**\r\nSecond.',
        affected: [{ package: { ecosystem: 'PyPI', name: 'widget' }, versions: ['1.0'] }],
      };
      // YAML input, as PyPA ships it: the reader lets foreign text through, the converted advisory must not need to.
      const yaml = `id: PYSEC-2024-1\nmodified: "2024-01-02T00:00:00Z"\npublished: "2024-01-01T00:00:00Z"\nsummary: A flaw\ndetails: ${JSON.stringify(record.details)}\naffected:\n  - package: {ecosystem: PyPI, name: widget}\n    versions: ["1.0"]\n`;
      const read = readImportFile('PYSEC-2024-1.yaml', new TextEncoder().encode(yaml), { settings, now: new Date('2026-11-24T12:00:00Z') });
      expect(read.diagnostics).toEqual([]);
      const converted = read.converted as NonNullable<typeof read.converted>;
      expect(converted.advisory.details).toBe('First.\n\n**Note:**\nSecond.');
      expect(converted.changes.map((c) => c.kind)).toContain('line-breaks');
      const plan = planImport([{ input: 'PYSEC-2024-1.yaml', converted }], {
        allocator: createIdAllocator(settings.id_prefix, []),
        aliasOwner: new Map(),
      });
      const planned = plan.planned[0] as (typeof plan.planned)[number];
      expect(parseFile(planned.file, new TextEncoder().encode(planned.text), 'advisory').diagnostics).toEqual([]);
    } finally {
      repo.cleanup();
    }
  });
});

import { describe, expect, test } from 'vitest';
import { MAX_FILE_BYTES, readYaml } from '../../src/core/yaml/read-yaml.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Reads text and returns the codes and positions of its diagnostics. */
function problems(text: string | Uint8Array) {
  const result = readYaml('advisories/2026/TST-2026-0001.yaml', typeof text === 'string' ? utf8(text) : text);
  return result.diagnostics.map((d) => ({ code: d.code, line: d.line, column: d.column }));
}

describe('readYaml refuses unsafe or ambiguous YAML with a code and a position', () => {
  test.each([
    ['invalid YAML', 'id: TST\nsummary: "unterminated\n', 'YAML_SYNTAX'],
    ['duplicate keys', 'id: a\nsummary: x\nid: b\n', 'YAML_DUPLICATE_KEY'],
    ['tab indentation', 'timeline:\n\treported: 2026-01-01T00:00:00Z\n', 'YAML_TAB_INDENT'],
    ['YAML 1.1 boolean', 'id: a\nwithdrawn: yes\n', 'YAML_AMBIGUOUS_SCALAR'],
    ['YAML 1.1 boolean (On)', 'id: a\nflag: On\n', 'YAML_AMBIGUOUS_SCALAR'],
    ['sexagesimal number', 'id: a\nversion: 1:20\n', 'YAML_AMBIGUOUS_SCALAR'],
    ['%YAML 1.1 directive', '%YAML 1.1\n---\nid: a\n', 'YAML_DIRECTIVE'],
    ['%TAG directive', '%TAG !e! tag:example.com,2000:\n---\nid: a\n', 'YAML_DIRECTIVE'],
    ['anchor and alias', 'a: &x [1, 2]\nb: *x\n', 'YAML_ANCHOR'],
    ['custom tag !js/function', 'id: !js/function "function () {}"\n', 'YAML_TAG'],
    ['!!binary tag', 'id: !!binary aGVsbG8=\n', 'YAML_TAG'],
    ['explicit !!str tag', 'id: !!str 123\n', 'YAML_TAG'],
    ['two documents', 'id: a\n---\nid: b\n', 'YAML_MULTIPLE_DOCUMENTS'],
    ['empty file', '', 'FILE_EMPTY'],
    ['only a comment', '# nothing here\n', 'FILE_EMPTY'],
    ['a list where a mapping belongs', '- id: a\n- id: b\n', 'YAML_NOT_MAPPING'],
    ['a bare scalar', 'just text\n', 'YAML_NOT_MAPPING'],
  ])('%s', (_name, text, code) => {
    const found = problems(text);
    expect(found.map((p) => p.code)).toContain(code);
    expect(readYaml('f.yaml', utf8(text)).yaml).toBeUndefined();
  });

  test('errors point at the offending line and column', () => {
    expect(problems('id: a\nsummary: x\nid: b\n')).toEqual([{ code: 'YAML_DUPLICATE_KEY', line: 3, column: 1 }]);
    expect(problems('id: a\naffected:\n  - withdrawn: no\n')).toEqual([{ code: 'YAML_AMBIGUOUS_SCALAR', line: 3, column: 16 }]);
    expect(problems('a: 1\nb: *nothing\n')[0]).toMatchObject({ code: 'YAML_ANCHOR', line: 2 });
  });

  test('quoted look-alikes and ordinary versions are fine', () => {
    expect(problems('a: "yes"\nb: "1:20"\nc: 1:2.30-1\nd: nobody\ne: 2026-12-01T14:00:00Z\n')).toEqual([]);
  });

  test('timestamps stay strings (YAML 1.2 core has no timestamp type)', () => {
    const { yaml } = readYaml('f.yaml', utf8('at: 2026-12-01T14:00:00Z\nday: 2026-12-01\n'));
    expect(yaml?.data).toEqual({ at: '2026-12-01T14:00:00Z', day: '2026-12-01' });
  });

  test('an alias bomb is refused before anything is expanded', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 9; i++)
      bomb.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`,
      );
    const found = problems(`${bomb.join('\n')}\n`);
    expect(found.every((p) => p.code === 'YAML_ANCHOR')).toBe(true);
    expect(found.length).toBeGreaterThan(10);
  });

  test('invalid UTF-8 names the first bad byte', () => {
    const bytes = new Uint8Array([...utf8('id: a\nsummary: caf'), 0xe9, ...utf8('\n')]);
    expect(problems(bytes)).toEqual([{ code: 'FILE_NOT_UTF8', line: 2, column: 13 }]);
  });

  test('a byte order mark is refused', () => {
    expect(problems(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('id: a\n')]))).toEqual([{ code: 'FILE_BOM', line: 1, column: 1 }]);
  });

  test('a 20 MB file is refused without being parsed', () => {
    const big = new Uint8Array(20 * 1024 * 1024).fill(0x61);
    const result = readYaml('big.yaml', big);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['FILE_TOO_LARGE']);
    expect(result.diagnostics[0]?.message).toContain(String(MAX_FILE_BYTES));
  });

  test('deep nesting is refused: flow brackets and block indentation', () => {
    expect(problems(`a: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`).map((p) => p.code)).toEqual(['YAML_TOO_DEEP']);
    let block = '';
    for (let i = 0; i < 40; i++) block += `${'  '.repeat(i)}k${i}:\n`;
    block += `${'  '.repeat(40)}v: 1\n`;
    expect(problems(block).map((p) => p.code)).toContain('YAML_TOO_DEEP');
  });

  test('brackets inside quotes or comments do not count as nesting', () => {
    expect(problems(`a: "${'['.repeat(100)}"\n# ${'{'.repeat(100)}\n`)).toEqual([]);
  });
});

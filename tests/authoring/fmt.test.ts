import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { dataToCanonicalYaml, formatAdvisoryText, formatFiles } from '../../src/core/authoring/index.ts';
import { listDataFiles } from '../../src/core/files.ts';
import { loadDatabase } from '../../src/core/index.ts';
import { advisoryPath, advisoryYaml, makeTestRepo, NOW, PROJECT_ROOT, type TestRepo } from '../helpers/test-repo.ts';

let repo: TestRepo | undefined;
afterEach(() => repo?.cleanup());

const read = (text: string) => parse(text, { version: '1.2', schema: 'core' });

/** The same advisory as a contributor might write it: keys out of order, flow style, single quotes, comments. */
const MESSY = `# Header: who wrote this and why.

timeline:   # when things happened
  published: 2026-03-02T10:00:00Z
  reported: 2026-03-01T09:00:00Z
# The id must match the file name.
id: TST-2026-0001
summary: 'widget: a test with a colon'
status: published # public now
affected:
- ranges: [{type: ECOSYSTEM, events: [{introduced: '0'}, {fixed: 1.2.3-1}]}]
  package: {name: widget}   # the source package
  versions: ['1.10', "yes", 1.2.0]
database_specific: {zeta: 1, alpha: [x, "y"]}
details: "line one\\nline two\\n"
# A comment at the very end.
`;

describe('formatting keeps data and comments', () => {
  test('every example advisory: parse → format → parse gives equal data, and formatting twice is stable', () => {
    const files = listDataFiles(PROJECT_ROOT).advisories;
    expect(files.length).toBeGreaterThanOrEqual(14);
    for (const file of files) {
      const original = readFileSync(join(PROJECT_ROOT, file), 'utf8');
      const once = formatAdvisoryText(file, original);
      expect(once.diagnostics).toEqual([]);
      expect(read(once.text ?? '')).toEqual(read(original));
      const twice = formatAdvisoryText(file, once.text ?? '');
      expect({ file, changed: twice.changed }).toEqual({ file, changed: false });
      // The examples are committed in canonical form, so CI's fmt --check passes on them.
      expect({ file, changed: once.changed }).toEqual({ file, changed: false });
    }
  });

  test('a messy file: schema key order, block style, quoting rules, every comment kept', () => {
    const out = formatAdvisoryText('advisories/2026/TST-2026-0001.yaml', MESSY);
    expect(out.changed).toBe(true);
    const text = out.text ?? '';
    expect(read(text)).toEqual(read(MESSY));
    for (const comment of [
      'Header: who wrote this',
      'when things happened',
      'The id must match',
      'public now',
      'the source package',
      'at the very end',
    ]) {
      expect(text).toContain(comment);
    }
    const keys = text
      .split('\n')
      .filter((l) => /^[a-z_]+:/.test(l))
      .map((l) => l.split(':')[0]);
    expect(keys).toEqual(['id', 'status', 'summary', 'details', 'affected', 'timeline', 'database_specific']);
    expect(text).toContain('  - package:\n      name: widget');
    expect(text).toContain('- fixed: "1.2.3-1"'); // versions always double-quoted
    expect(text).toContain('- "1.10"');
    expect(text).toContain('- "yes"'); // YAML 1.1 booleans stay quoted
    expect(text).toContain('summary: "widget: a test with a colon"');
    expect(text).toContain('details: |\n  line one\n  line two\n');
    expect(text).toContain('  reported: 2026-03-01T09:00:00Z\n  published: 2026-03-02T10:00:00Z');
    // Free-form objects keep their own key order.
    expect(text.indexOf('zeta: 1')).toBeLessThan(text.indexOf('alpha:'));
    expect(formatAdvisoryText('x.yaml', text).changed).toBe(false);
  });

  test('the writer used by import and new gives the same text as formatting the file', () => {
    const formatted = formatAdvisoryText('a.yaml', MESSY.replace(/#.*$/gm, '')).text ?? '';
    expect(dataToCanonicalYaml(read(MESSY))).toBe(formatted);
  });

  test('long values are folded at the line width without changing them', () => {
    const long = `${'word '.repeat(60).trim()}`;
    const text = advisoryYaml({ extra: `withdrawn_reason: ${long}\n` });
    const out = formatAdvisoryText('a.yaml', text).text ?? '';
    expect(Math.max(...out.split('\n').map((l) => l.length))).toBeLessThanOrEqual(100);
    expect(read(out).withdrawn_reason).toBe(long);
  });

  test('a file the safe reader rejects is left alone with its diagnostics', () => {
    const out = formatAdvisoryText('a.yaml', `${advisoryYaml()}aliases: &a [CVE-2026-0001]\n`);
    expect(out.text).toBeUndefined();
    expect(out.diagnostics.map((d) => d.code)).toContain('YAML_ANCHOR');
  });
});

describe('npm run fmt', () => {
  test('--check reports FMT_UNFORMATTED and changes nothing; fmt rewrites; then --check passes and check is clean', async () => {
    const path = advisoryPath('TST-2026-0001');
    repo = await makeTestRepo({ [path]: MESSY.replace('1.2.3-1', '"1.2.3-1"').replace('[\'1.10\', "yes", 1.2.0]', '["1.10", "1.2.0"]') });
    const before = repo.read(path);
    const run = (...args: string[]) => {
      try {
        return {
          code: 0,
          out: execFileSync(process.execPath, [join(PROJECT_ROOT, 'scripts/fmt.ts'), '--root', repo?.root ?? '', ...args], {
            encoding: 'utf8',
          }),
        };
      } catch (error) {
        const e = error as { status: number; stdout: string };
        return { code: e.status, out: e.stdout };
      }
    };
    const check = run('--check', '--format', 'github');
    expect(check.code).toBe(1);
    expect(check.out).toMatch(new RegExp(`::error file=${path},line=\\d+,col=1,title=FMT_UNFORMATTED::`));
    expect(check.out).toContain('FMT_UNFORMATTED');
    expect(repo.read(path)).toBe(before);

    const fix = run();
    expect(fix.code).toBe(0);
    expect(fix.out).toContain(`formatted ${path}`);
    expect(read(repo.read(path))).toEqual(read(before));
    expect(run('--check').code).toBe(0);
    expect(formatFiles(repo.root, undefined, { check: true }).changed).toEqual([]);
    expect(loadDatabase(repo.root, { now: NOW }).diagnostics).toEqual([]);
  });
});

import { describe, expect, test } from 'vitest';
import { parseFile } from '../../src/core/parse-file.ts';
import { advisoryYaml } from '../helpers/test-repo.ts';

const FILE = 'advisories/2026/TST-2026-0001.yaml';

/** Validates advisory text and returns what a contributor would see, minus the prose. */
function check(text: string) {
  return parseFile(FILE, new TextEncoder().encode(text), 'advisory').diagnostics.map((d) => ({
    code: d.code,
    at: `${d.line}:${d.column}`,
    pointer: d.pointer,
    message: d.message,
    hint: d.hint ?? '',
  }));
}

describe('schema problems are named, positioned and come with a fix', () => {
  test('the valid advisory has no problems', () => {
    expect(check(advisoryYaml())).toEqual([]);
  });

  test('an unknown field suggests the nearest known one and points at the key', () => {
    const found = check(advisoryYaml().replace('summary:', 'sumary:'));
    expect(found.map((p) => p.code)).toEqual(['SCHEMA_MISSING_FIELD', 'SCHEMA_UNKNOWN_FIELD']);
    const problem = found[1];
    expect(problem).toMatchObject({ code: 'SCHEMA_UNKNOWN_FIELD', at: '3:1', pointer: '/sumary' });
    expect(problem?.hint).toContain('Did you mean `summary`?');
  });

  test('an unknown nested field is pointed at inside its mapping', () => {
    const found = check(advisoryYaml({ extra: 'references:\n  - type: WEB\n    link: https://example.org\n' }));
    expect(found.find((p) => p.code === 'SCHEMA_MISSING_FIELD')).toMatchObject({ pointer: '/references/0', at: '16:5' });
    expect(found.find((p) => p.code === 'SCHEMA_UNKNOWN_FIELD')).toMatchObject({
      code: 'SCHEMA_UNKNOWN_FIELD',
      pointer: '/references/0/link',
      at: '17:5',
    });
  });

  test('a missing required field names the field and what it is for', () => {
    const [problem] = check(advisoryYaml().replace(/^summary:.*\n/m, ''));
    expect(problem).toMatchObject({ code: 'SCHEMA_MISSING_FIELD', at: '1:1' });
    expect(problem?.message).toContain('`summary`');
    expect(problem?.hint).toContain('title');
  });

  test('a published advisory must say when it was published', () => {
    const [problem] = check(advisoryYaml().replace(/^ {2}published:.*\n/m, ''));
    expect(problem).toMatchObject({ code: 'SCHEMA_MISSING_FIELD', pointer: '/timeline' });
    expect(problem?.message).toContain('published or withdrawn');
  });

  test('an instant without Z is TIME_NO_ZONE at the value', () => {
    for (const bad of ['2026-03-01T09:00:00', '2026-03-01', '2026-03-01T09:00:00+02:00', '2026-03-01 09:00']) {
      const [problem] = check(advisoryYaml({ reported: bad }));
      expect(problem, bad).toMatchObject({ code: 'TIME_NO_ZONE', pointer: '/timeline/reported', at: '13:13' });
    }
  });

  test('impossible instants are TIME_INVALID', () => {
    for (const bad of ['2026-02-30T10:00:00Z', '2026-12-31T23:59:60Z', '2026-13-01T00:00:00Z', '2026-04-31T00:00:00Z', 'next tuesday']) {
      const [problem] = check(advisoryYaml({ reported: bad }));
      expect(problem?.code, bad).toBe('TIME_INVALID');
    }
    expect(check(advisoryYaml({ reported: '2024-02-29T10:00:00Z' }))).toEqual([]);
  });

  test('javascript:, file: and http: links are refused with URL_SCHEME', () => {
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'http://example.org/', 'data:text/html,<script>']) {
      const [problem] = check(advisoryYaml({ extra: `references:\n  - type: WEB\n    url: "${url}"\n` }));
      expect(problem, url).toMatchObject({ code: 'URL_SCHEME', pointer: '/references/0/url' });
    }
    const [creds] = check(advisoryYaml({ extra: 'references:\n  - type: WEB\n    url: https://user:pw@example.org/\n' }));
    expect(creds?.code).toBe('URL_INVALID');
    expect(check(advisoryYaml({ extra: 'credits:\n  - name: A\n    contact: [mailto:a@example.org]\n' }))).toEqual([]);
  });

  test('a number where text belongs tells how to quote it', () => {
    const [problem] = check(advisoryYaml().replace('fixed: "1.2.3-1"', 'fixed: 1.10'));
    expect(problem).toMatchObject({ code: 'SCHEMA_TYPE', at: '11:20' });
    expect(problem?.hint).toContain('Quote the value');
  });

  test('a list where a mapping belongs, and a mapping where a list belongs', () => {
    expect(
      check(
        advisoryYaml()
          .replace('timeline:\n', 'timeline:\n  - x\n')
          .replace(/^ {2}(reported|published):.*\n/gm, ''),
      )[0],
    ).toMatchObject({ code: 'SCHEMA_TYPE', pointer: '/timeline' });
    expect(check(advisoryYaml({ extra: 'aliases: CVE-2026-1234\n' }))[0]).toMatchObject({
      code: 'SCHEMA_TYPE',
      pointer: '/aliases',
      hint: 'Write it as a list, one `- item` per line.',
    });
  });

  test('an enum typo suggests the right value', () => {
    const [problem] = check(advisoryYaml().replace('status: published', 'status: publised'));
    expect(problem).toMatchObject({ code: 'SCHEMA_ENUM', at: '2:9', hint: 'Did you mean `published`?' });
  });

  test('an invalid CVSS vector says which metric is wrong', () => {
    const vector = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:Q';
    const [problem] = check(advisoryYaml({ extra: `severity:\n  - type: CVSS_V3\n    score: ${vector}\n` }));
    expect(problem).toMatchObject({ code: 'CVSS_INVALID', pointer: '/severity/0/score' });
    expect(problem?.message).toContain('`A:Q` is not allowed');
    const [missing] = check(advisoryYaml({ extra: 'severity:\n  - type: CVSS_V3\n    score: CVSS:3.1/AV:N/AC:L\n' }));
    expect(missing?.message).toContain('base metrics missing');
  });

  test('a CVSS v4 vector under CVSS_V3 is refused', () => {
    const v4 = 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N';
    expect(check(advisoryYaml({ extra: `severity:\n  - type: CVSS_V3\n    score: ${v4}\n` }))[0]?.code).toBe('SCHEMA_PATTERN');
    expect(check(advisoryYaml({ extra: `severity:\n  - type: CVSS_V4\n    score: ${v4}\n` }))).toEqual([]);
  });

  test('an invalid purl is PURL_INVALID', () => {
    const text = advisoryYaml().replace('      name: widget\n', '      name: widget\n      purl: "not a purl"\n');
    expect(check(text)[0]).toMatchObject({ code: 'PURL_INVALID', pointer: '/affected/0/package/purl' });
  });

  test('withdrawn fields need status withdrawn, and status withdrawn needs them', () => {
    expect(check(advisoryYaml({ extra: 'withdrawn: 2026-04-01T00:00:00Z\n' }))[0]).toMatchObject({
      code: 'SCHEMA_CONSTRAINT',
      pointer: '/withdrawn',
    });
    expect(check(advisoryYaml({ status: 'withdrawn' }))[0]).toMatchObject({ code: 'SCHEMA_MISSING_FIELD' });
  });

  test('an embargoed advisory needs an embargo', () => {
    const [problem] = check(advisoryYaml({ status: 'embargoed' }));
    expect(problem).toMatchObject({ code: 'SCHEMA_MISSING_FIELD' });
    expect(problem?.message).toContain('`embargo`');
  });

  test('a range without introduced, and an event with two keys', () => {
    expect(check(advisoryYaml().replace('          - introduced: "0"\n', ''))[0]?.code).toBe('SCHEMA_CONSTRAINT');
    expect(check(advisoryYaml().replace('- fixed: "1.2.3-1"', '- fixed: "1.2.3-1"\n            limit: "2"'))[0]?.code).toBe('SCHEMA_COUNT');
  });

  test('a GIT range needs full commit hashes and a repo', () => {
    const text = advisoryYaml()
      .replace('type: ECOSYSTEM', 'type: GIT\n        repo: https://git.example.org/widget')
      .replace('fixed: "1.2.3-1"', 'fixed: "abc123"');
    expect(check(text)[0]).toMatchObject({ code: 'SCHEMA_PATTERN', pointer: '/affected/0/ranges/0/events/1/fixed' });
  });
});

test('every schema pattern is enforced by its own regular expression', () => {
  // AJV caches patterns by their string form; a shared key once made every pattern match anything.
  expect(check(advisoryYaml({ id: 'not an id' }))[0]).toMatchObject({ code: 'SCHEMA_PATTERN', pointer: '/id' });
  expect(check(advisoryYaml({ extra: 'aliases: ["CVE 2026 1"]\n' }))[0]).toMatchObject({ code: 'SCHEMA_PATTERN', pointer: '/aliases/0' });
  expect(check(advisoryYaml({ extra: 'coordinator: Not-A-Handle\n' }))[0]).toMatchObject({
    code: 'SCHEMA_PATTERN',
    pointer: '/coordinator',
  });
});

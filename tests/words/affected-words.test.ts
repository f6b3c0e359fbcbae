// Affected versions in words, over every shape an OSV range can take.
import { describe, expect, test } from 'vitest';
import { affectedInWords, rangeInWords, versionsInWords, versionsNamed } from '../../src/core/words/affected-words.ts';

const eco = (events: object[]) => ({ type: 'ECOSYSTEM' as const, events: events as [object, ...object[]] });

describe('rangeInWords', () => {
  test.each([
    ['introduced 0, fixed', [{ introduced: '0' }, { fixed: '3.0.15-1.ks3' }], 'affected before 3.0.15-1.ks3, fixed in 3.0.15-1.ks3'],
    ['introduced X, fixed', [{ introduced: '2.0' }, { fixed: '2.4.1' }], 'affected from 2.0 before 2.4.1, fixed in 2.4.1'],
    ['introduced 0 alone', [{ introduced: '0' }], 'every version affected, no fix yet'],
    ['introduced X alone', [{ introduced: '1.2' }], 'affected from 1.2 on, no fix yet'],
    ['last_affected', [{ introduced: '0' }, { last_affected: '1.9' }], 'affected up to and including 1.9, no fixed version named'],
    [
      'introduced X, last_affected',
      [{ introduced: '1.0' }, { last_affected: '1.9' }],
      'affected from 1.0 up to and including 1.9, no fixed version named',
    ],
    ['limit', [{ introduced: '0' }, { limit: '2.0' }], 'every version affected, no fix yet; only versions before 2.0 are covered'],
    [
      'several intervals',
      [{ introduced: '1.0' }, { fixed: '1.0.5' }, { introduced: '1.1' }, { fixed: '1.1.2' }],
      'affected from 1.0 before 1.0.5, fixed in 1.0.5; affected from 1.1 before 1.1.2, fixed in 1.1.2',
    ],
    ['a fix without introduced', [{ fixed: '4.0' }], 'affected before 4.0, fixed in 4.0'],
  ])('%s', (_name, events, words) => {
    expect(rangeInWords(eco(events))).toBe(words);
  });

  test('GIT ranges name the repository and shorten commit hashes', () => {
    const fix = 'a'.repeat(40);
    expect(rangeInWords({ type: 'GIT', repo: 'https://github.com/openssl/openssl', events: [{ introduced: '0' }, { fixed: fix }] })).toBe(
      `commits of https://github.com/openssl/openssl: affected before ${'a'.repeat(12)}, fixed in ${'a'.repeat(12)}`,
    );
  });

  test('SEMVER ranges read like ECOSYSTEM ones', () => {
    expect(rangeInWords({ type: 'SEMVER', events: [{ introduced: '1.0.0' }, { fixed: '1.0.3' }] })).toBe(
      'affected from 1.0.0 before 1.0.3, fixed in 1.0.3',
    );
  });
});

describe('versions lists', () => {
  test('one version, several, and a long list cut short', () => {
    expect(versionsInWords(['1.0'])).toBe('version 1.0 affected');
    expect(versionsInWords(['1.0', '1.1'])).toBe('versions 1.0, 1.1 affected');
    const many = Array.from({ length: 25 }, (_, i) => `1.${i}`);
    expect(versionsInWords(many)).toBe(`versions ${many.slice(0, 20).join(', ')} and 5 more affected`);
  });

  test('ranges and a versions list together give a line each; nothing named says so', () => {
    expect(affectedInWords({ ranges: [eco([{ introduced: '0' }, { fixed: '2' }])], versions: ['1'] })).toEqual([
      'affected before 2, fixed in 2',
      'version 1 affected',
    ]);
    expect(affectedInWords({})).toEqual(['no affected versions named']);
  });

  test('versionsNamed lists every version once, without the `0` of introduced', () => {
    expect(versionsNamed({ ranges: [eco([{ introduced: '0' }, { fixed: '2.0' }])], versions: ['1.0', '2.0'] })).toEqual(['2.0', '1.0']);
  });
});

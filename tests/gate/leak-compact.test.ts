// Ids run together in a binary file's printable runs (`cve20260042` in an
// image's metadata or the search index): the scan's trie over every compact
// form at once against the plainest search, each form looked for on its own in
// the lower-cased letters and digits. Forms share long prefixes (ids of one
// year), overlap, repeat and sit at the very start and end of the text.
import { describe, expect, test } from 'vitest';
import { random } from '../../bench/synthetic.ts';
import { buildMatcher, scanBytes, splitWords } from '../../src/core/leak-scan/index.ts';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function plainSearch(text: string, compact: Map<string, number>): number[] {
  const lower = text.toLowerCase().replace(/[^a-z0-9]+/g, '');
  return [...new Set([...compact].filter(([key]) => lower.includes(key)).map(([, needle]) => needle))].sort((a, b) => a - b);
}

describe('compact ids in binary files', () => {
  test('the trie finds exactly the forms a search for each alone finds', () => {
    const rand = random(41);
    const digits = (n: number) => Array.from({ length: n }, () => Math.floor(rand() * 10)).join('');
    // Needles the matcher knows nothing about, so every finding below is the compact search's.
    const matcher = buildMatcher([splitWords('zzzz qqqq')]);
    let hits = 0;
    for (let round = 0; round < 80; round++) {
      const compact = new Map<string, number>();
      for (let i = 0; i < 1 + Math.floor(rand() * 60); i++) {
        const key = `${rand() < 0.5 ? 'ksa' : 'cve'}202${Math.floor(rand() * 2)}${digits(1 + Math.floor(rand() * 4))}`;
        if (!compact.has(key)) compact.set(key, Math.floor(rand() * 20));
      }
      // A form no ASCII text can hold (compactForm keeps every script's letters) is never found.
      compact.set('ksä20260042', 99);
      const keys = [...compact.keys()];
      const parts = Array.from({ length: 40 }, () => {
        const r = rand();
        if (r < 0.3)
          return (keys[Math.floor(rand() * keys.length)] as string)
            .toUpperCase()
            .split('')
            .join(rand() < 0.5 ? '-' : '');
        if (r < 0.6) return `KSA-202${Math.floor(rand() * 2)}-${digits(3)}`;
        return rand() < 0.5 ? ` ${digits(4)} ` : 'CVE 2026 ksä20260042 ';
      });
      const text = parts.join(rand() < 0.5 ? '' : ' ');
      const bytes = Buffer.concat([PNG, Buffer.from([0, 0]), Buffer.from(text, 'latin1'), Buffer.from([0])]);
      const scan = scanBytes('img/x.png', bytes, { compact }, matcher);
      if (!('hits' in scan)) throw new Error('a PNG is readable');
      const expected = plainSearch((text.match(/[\x20-\x7e]{4,}/g) ?? []).join('\n'), compact);
      expect(scan.hits.map((h) => h.needle)).toEqual(expected);
      hits += expected.length;
    }
    expect(hits).toBeGreaterThan(200);
  });
});

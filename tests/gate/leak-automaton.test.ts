// The leak scan's automaton (matcher.ts) against the plainest possible search:
// every needle looked for on its own, word by word. Random needles and texts
// over a small vocabulary make shared prefixes, states with one child and with
// many, and long failure chains common — the layouts the scan's fast paths read.
import { describe, expect, test } from 'vitest';
import { random } from '../../bench/synthetic.ts';
import { buildMatcher, splitWords } from '../../src/core/leak-scan/matcher.ts';

const VOCAB = 'the a of heap buffer overflow read past end parser crafted packet KSA 2026 0042'.split(' ');

function naive(words: readonly string[], needles: readonly (readonly string[])[]): Set<number> {
  const found = new Set<number>();
  needles.forEach((needle, n) => {
    for (let i = 0; i + needle.length <= words.length; i++)
      if (needle.every((w, j) => words[i + j] === w)) {
        found.add(n);
        break;
      }
  });
  return found;
}

describe('automaton', () => {
  test('finds exactly what a search for each needle alone finds', () => {
    const rand = random(13);
    const pick = (n: number) => Array.from({ length: n }, () => VOCAB[Math.floor(rand() * VOCAB.length)] as string);
    let hits = 0;
    for (let round = 0; round < 40; round++) {
      const needles = Array.from({ length: 5 + Math.floor(rand() * 200) }, () => splitWords(pick(1 + Math.floor(rand() * 6)).join(' ')));
      const matcher = buildMatcher(needles);
      const text = pick(400).join(rand() < 0.5 ? ' ' : '-');
      const found = new Set<number>();
      matcher.scan(text, (n) => found.add(n));
      const expected = naive(splitWords(text), needles);
      expect([...found].sort((a, b) => a - b)).toEqual([...expected].sort((a, b) => a - b));
      hits += expected.size;
    }
    // The comparison means something only if needles were found (and missed).
    expect(hits).toBeGreaterThan(100);
  });

  test('a needle that is a suffix of another, and one inside a longer one, are both found', () => {
    const needles = ['heap buffer overflow', 'buffer overflow', 'read past the end of heap buffer overflow', 'overflow'].map((t) =>
      splitWords(t),
    );
    const matcher = buildMatcher(needles);
    const found = new Set<number>();
    matcher.scan('a read past the end of heap buffer overflow here', (n) => found.add(n));
    expect([...found].sort()).toEqual([0, 1, 2, 3]);
    const none = new Set<number>();
    matcher.scan('read past the end of heap buffer under', (n) => none.add(n));
    expect(none.size).toBe(0);
  });

  test('the reused buffer: a short text after a long one, and a scan inside a scan, read only their own text', () => {
    const matcher = buildMatcher([splitWords('heap buffer overflow'), splitWords('KSA-2026-0042')]);
    const seen = (text: string) => {
      const found: number[] = [];
      matcher.scan(text, (n) => found.push(n));
      return found;
    };
    expect(seen(`${'filler '.repeat(50_000)} heap buffer overflow`)).toEqual([0]);
    // The long text's end must not be read past this one's.
    expect(seen('heap buffer')).toEqual([]);
    const nested: number[][] = [];
    matcher.scan('heap buffer overflow and KSA-2026-0042', (n) => nested.push([n, ...seen('KSA 2026 0042 heap')]));
    expect(nested).toEqual([
      [0, 1],
      [1, 1],
    ]);
  });
});

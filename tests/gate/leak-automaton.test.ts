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

const pick = (rand: () => number, n: number) => Array.from({ length: n }, () => VOCAB[Math.floor(rand() * VOCAB.length)] as string);

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

  test('markup read in the same pass as the words: the same as splitting the text first, whatever the tags, comments, invisible and look-alike characters', () => {
    // The scan reads the text outside markup as one word stream (inline tags and comments do not end a word,
    // block tags do) and everything between `<` and its close as a second; the reference splits first with
    // regular expressions, then searches each stream's words for each needle alone.
    const rand = random(29);
    const any = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T;
    const spoil = (word: string) => {
      // An invisible character, a look-alike or a mathematical letter inside the word, or an inline tag splitting it.
      const at = 1 + Math.floor(rand() * Math.max(1, word.length - 1));
      const piece = any(['\u00ad', '\u200b', '<b>', '</em>', '<!-- x -->', '<span class="k">', '']);
      const mixed = `${word.slice(0, at)}${piece}${word.slice(at)}`;
      return mixed.replace(/a/, () => any(['a', 'а', 'ａ'])).replace(/K/, () => any(['K', '𝐊', 'Ｋ']));
    };
    const pieces = [
      () => spoil(any(VOCAB)),
      () => any(VOCAB),
      () => any([' ', ' ', '-', '\n', ' < ', ' <3 ', ' > ']),
      () => any(['<p>', '</p>', '<div>', '</li>', '<br/>', '<b>', '</b>', '<em>', '<code>', '<!--', '-->', '<!-->', '<!-- note -->']),
      () => `<a href="/${any(VOCAB)}-${any(VOCAB)}" title="${any(VOCAB)} ${any(VOCAB)}">`,
      () => `<!-- ${any(VOCAB)} ${any(VOCAB)} -->`,
    ];
    const INLINE_TAGS = new Set(['a', 'b', 'em', 'code', 'span']);
    const streams = (text: string): [string[], string[]] => {
      let body = '';
      const markup: string[] = [];
      const open = /<(?=[A-Za-z/!?])/g;
      let i = 0;
      for (let m = open.exec(text); m; m = open.exec(text)) {
        if (m.index < i) continue;
        body += text.slice(i, m.index);
        const comment = text.startsWith('<!--', m.index);
        const close = comment ? text.indexOf('-->', m.index + 4) : text.indexOf('>', m.index + 1);
        const end = close === -1 ? text.length : close;
        const inside = text.slice(m.index + 1, end);
        // `<` is only a separator inside markup (splitWords would take `<a …>` in a comment for a tag).
        markup.push(...splitWords(inside.replace(/</g, ' ')));
        const name = /^\/?([A-Za-z0-9:-]*)/.exec(inside)?.[1]?.toLowerCase() ?? '';
        if (!comment && !INLINE_TAGS.has(name)) body += ' ';
        i = close === -1 ? text.length : close + (comment ? 3 : 1);
        open.lastIndex = i;
      }
      body += text.slice(i);
      return [splitWords(body.replace(/</g, ' ')), markup];
    };
    let hits = 0;
    for (let round = 0; round < 60; round++) {
      const needles = Array.from({ length: 5 + Math.floor(rand() * 100) }, () =>
        splitWords(pick(rand, 1 + Math.floor(rand() * 4)).join(' ')),
      );
      const matcher = buildMatcher(needles);
      const text = Array.from({ length: 300 }, () => (any(pieces) as () => string)()).join(rand() < 0.5 ? '' : ' ');
      const found = new Set<number>();
      matcher.scan(text, (n) => found.add(n));
      const [body, markup] = streams(text);
      const expected = new Set([...naive(body, needles), ...naive(markup, needles)]);
      expect(
        [...found].sort((a, b) => a - b),
        text,
      ).toEqual([...expected].sort((a, b) => a - b));
      hits += expected.size;
    }
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

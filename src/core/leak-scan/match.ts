import type { LeakNeedles, NeedleOwner } from './needles.ts';
import { type Word, words } from './text.ts';

export interface Leak {
  owner: NeedleOwner;
  /** Offset in the scanned text where the needle starts. */
  at: number;
}

const RUN = /[\p{L}\p{N}_.:-]+/gu;
const SEPARATORS = /[_.:-]/;

/** `_ . : -` separate the parts of an id inside a longer token. */
function isSeparator(code: number): boolean {
  return code === 0x5f || code === 0x2e || code === 0x3a || code === 0x2d;
}

/**
 * Every needle in `text`. An id or alias counts only whole, between
 * separators (`KSA-2026-0013` in `ksa-2026-0013.json` or `x_KSA-2026-0013`,
 * not in `KSA-2026-00130`); phrases count as whole word sequences.
 */
export function findLeaks(text: string, needles: LeakNeedles, binary = false): Leak[] {
  const out: Leak[] = [];
  if (binary && needles.compact.size > 0) {
    const lower = text.toLowerCase();
    for (let i = 0; i < lower.length; i++) {
      for (const length of needles.compactLengths) {
        if (i + length > lower.length) break;
        const owner = needles.compact.get(lower.slice(i, i + length));
        if (owner) out.push({ owner, at: i });
      }
    }
  }
  if (needles.tokens.size > 0) {
    const lower = text.toLowerCase();
    const shortest = needles.tokenLengths[0] ?? 0;
    for (const m of lower.matchAll(RUN)) {
      const run = m[0];
      if (run.length < shortest) continue;
      if (!SEPARATORS.test(run)) {
        // Most runs are plain words: the only candidate is the whole run.
        const owner = needles.tokens.get(run);
        if (owner) out.push({ owner, at: m.index });
        continue;
      }
      // Needles start after a separator (or at the run's start) and end before one (or at its end).
      for (let s = 0; s < run.length; s++) {
        if (s > 0 && !isSeparator(run.charCodeAt(s - 1))) continue;
        if (isSeparator(run.charCodeAt(s))) continue;
        for (const length of needles.tokenLengths) {
          const e = s + length;
          if (e > run.length) break;
          if (e < run.length && !isSeparator(run.charCodeAt(e))) continue;
          const owner = needles.tokens.get(run.slice(s, e));
          if (owner) out.push({ owner, at: m.index + s });
        }
      }
    }
  }
  if (needles.phrases.size > 0) {
    const list = words(text);
    for (let i = 0; i + 1 < list.length; i++) {
      const first = (list[i] as Word).word;
      // Building the two-word key only for words that start some phrase keeps the scan from allocating per word.
      if (!needles.firstWords.has(first)) continue;
      const bucket = needles.phrases.get(`${first} ${(list[i + 1] as Word).word}`);
      if (!bucket) continue;
      for (const phrase of bucket) if (matchesWordsAt(list, i, phrase.words)) out.push({ owner: phrase.owner, at: (list[i] as Word).at });
    }
  }
  return out;
}

function matchesWordsAt(list: readonly Word[], at: number, phrase: readonly string[]): boolean {
  if (at + phrase.length > list.length) return false;
  for (let j = 0; j < phrase.length; j++) if ((list[at + j] as Word).word !== phrase[j]) return false;
  return true;
}

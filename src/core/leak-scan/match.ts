import { type LeakNeedles, matchesAt, type NeedleOwner } from './needles.ts';
import { words } from './text.ts';

export interface Leak {
  owner: NeedleOwner;
  /** Offset in the scanned text where the needle starts. */
  at: number;
}

const RUN = /[\p{L}\p{N}_.:-]+/gu;
const SEPARATOR = /[_.:-]/;

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
      for (let s = 0; s < run.length; s++) {
        if (s > 0 && !SEPARATOR.test(run[s - 1] as string)) continue;
        if (SEPARATOR.test(run[s] as string)) continue;
        for (const length of needles.tokenLengths) {
          const e = s + length;
          if (e > run.length) break;
          if (e < run.length && !SEPARATOR.test(run[e] as string)) continue;
          const owner = needles.tokens.get(run.slice(s, e));
          if (owner) out.push({ owner, at: m.index + s });
        }
      }
    }
  }
  if (needles.phrases.size > 0) {
    const list = words(text);
    const plain = list.map((w) => w.word);
    for (let i = 0; i + 1 < plain.length; i++) {
      const bucket = needles.phrases.get(`${plain[i]} ${plain[i + 1]}`);
      if (!bucket) continue;
      for (const phrase of bucket) if (matchesAt(plain, i, phrase.words)) out.push({ owner: phrase.owner, at: list[i]?.at ?? 0 });
    }
  }
  return out;
}

import { foldConfusables } from './confusables.ts';

/**
 * How the scan reads each character, decided once per code unit and kept in
 * a table, so the hot loop does one lookup per character instead of whole-text
 * passes of toLowerCase, NFKD and regular expressions:
 *
 *  - a positive number: a letter or digit, as the code unit it folds to (lower
 *    case, compatibility form, accent removed, look-alike from another script
 *    replaced: `Ａ`, `á`, Cyrillic `а` all read as `a`);
 *  - SEPARATOR: anything else between words (space, punctuation, every dash);
 *  - IGNORE: characters a reader does not see and that must not split a word
 *    (zero-width, bidi controls, soft hyphen, combining marks, control codes);
 *  - EXPAND: one character that reads as several (`ﬁ`, `①`, `㎒`), see expansion();
 *  - SURROGATE: the first half of a character outside the BMP (𝐊, tag characters).
 */
export const SEPARATOR = 0;
export const IGNORE = -1;
export const EXPAND = -3;
export const SURROGATE = -4;
const UNKNOWN = -2;

export const CLASS = new Int32Array(65536).fill(UNKNOWN);
for (let c = 0; c < 0x80; c++) {
  if (c >= 0x41 && c <= 0x5a) CLASS[c] = c + 32;
  else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) CLASS[c] = c;
  else if ((c >= 0x01 && c <= 0x08) || (c >= 0x0e && c <= 0x1f) || c === 0x7f) CLASS[c] = IGNORE;
  else CLASS[c] = SEPARATOR;
}
for (let c = 0xd800; c < 0xdc00; c++) CLASS[c] = SURROGATE;
for (let c = 0xdc00; c < 0xe000; c++) CLASS[c] = SEPARATOR;

const expansions = new Map<number, Int32Array>();
const INVISIBLE = /^[\p{Default_Ignorable_Code_Point}\p{M}\p{Cc}]$/u;
const STRIP = /[\p{Default_Ignorable_Code_Point}\p{M}\p{Cc}]/gu;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** The folded codes of one character (a code point), computed on first sight. */
export function foldCodePoint(cp: number): Int32Array {
  const ch = String.fromCodePoint(cp);
  if (INVISIBLE.test(ch)) return new Int32Array(0);
  const folded = foldConfusables(ch.toLowerCase().normalize('NFKD').replace(STRIP, ''));
  const out: number[] = [];
  for (const part of folded) {
    const code = part.codePointAt(0) as number;
    if (code < 0x80) out.push(CLASS[code] === IGNORE ? SEPARATOR : (CLASS[code] as number));
    else if (WORD_CHAR.test(part)) for (let i = 0; i < part.length; i++) out.push(part.charCodeAt(i));
    else out.push(SEPARATOR);
  }
  return Int32Array.from(out);
}

/** The class of a BMP code unit, filling the table on first sight. */
export function classOf(c: number): number {
  const known = CLASS[c] as number;
  if (known !== UNKNOWN) return known;
  const codes = foldCodePoint(c);
  let value: number;
  if (codes.length === 0) value = IGNORE;
  else if (codes.length === 1) value = codes[0] as number;
  else {
    expansions.set(c, codes);
    value = EXPAND;
  }
  CLASS[c] = value;
  return value;
}

/** What an EXPAND code unit reads as. */
export function expansion(c: number): Int32Array {
  return expansions.get(c) as Int32Array;
}

const astral = new Map<number, Int32Array>();

/** What a character outside the BMP reads as (cached). */
export function foldAstral(cp: number): Int32Array {
  let codes = astral.get(cp);
  if (!codes) {
    codes = foldCodePoint(cp);
    astral.set(cp, codes);
  }
  return codes;
}

import { decodeHTML } from 'entities';
import { foldConfusables } from './confusables.ts';

/**
 * Output text the way the leak scan compares it with the needles: every
 * encoding a page, feed or script may use to write a character is decoded,
 * so that `KSA%2D2026%2D0013`, `KSA&hyphen;2026`, `KSA\u{2D}2026`,
 * `KSA-<b>2026</b>-0013`, `KSA-2026-00<!-- -->13`, a zero-width space or a
 * Cyrillic А inside an id all read as the id they spell.
 *
 * The result is one or two texts: what a reader sees (markup removed) and,
 * when there is markup, the insides of the tags (attributes such as `href`
 * or `title` are public too). Together they are about as long as the input,
 * so the scan still reads each character about once.
 */
export function normalisedTexts(raw: string): string[] {
  let text = decodeRounds(raw);
  if (!text.includes('<')) return [foldText(text)];
  text = text.replace(COMMENT, '');
  const insides: string[] = [];
  text = text.replace(TAG, (tag: string, name: string | undefined) => {
    insides.push(tag.slice(1, -1));
    // Inline elements do not separate words on the page (`00<b>13</b>` reads 0013); block ones do.
    return name && INLINE.has(name.toLowerCase()) ? '' : ' ';
  });
  return insides.length > 0 ? [foldText(text), foldText(insides.join(' '))] : [foldText(text)];
}

/**
 * Decodes escapes, percent-encoding and character references until nothing
 * changes (at most a few rounds: `%26hyphen%3B` is `&hyphen;` is `‐`).
 */
function decodeRounds(raw: string): string {
  let text = raw;
  for (let round = 0; round < 4; round++) {
    const before = text.length;
    if (text.includes('\\')) text = text.replace(ESCAPE, unescapeOne);
    if (text.includes('%')) text = text.replace(PERCENT, decodePercent);
    if (text.includes('&')) text = decodeHTML(text);
    // Every decoding step shortens the text; the same length means nothing was decoded.
    if (text.length === before) break;
  }
  return text;
}

/** JavaScript and JSON escapes: `\x41`, `\u0041`, `\u{41}`, `\n`, `\"`, `\/`, `\-`. */
const ESCAPE = /\\(u\{[0-9a-fA-F]{1,6}\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[\s\S])/g;

function unescapeOne(_: string, body: string): string {
  const c = body.charCodeAt(0);
  if (body.length > 1) {
    const hex = body[1] === '{' ? body.slice(2, -1) : body.slice(1);
    const code = Number.parseInt(hex, 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
  }
  // `\n`, `\t` and friends separate words; any other escaped character stands for itself.
  if (c === 0x6e || c === 0x72 || c === 0x74 || c === 0x62 || c === 0x66 || c === 0x76) return ' ';
  return body;
}

const PERCENT = /(?:%[0-9a-fA-F]{2})+/g;

function decodePercent(run: string): string {
  return Buffer.from(run.replace(/%/g, ''), 'hex').toString('utf8');
}

const COMMENT = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[|\]\]>/g;
const TAG = /<[/!?]?([a-zA-Z][\w:-]*)?[^<>]*>/g;
/** Elements a browser lays out inline: removing their tags must not split a word. */
const INLINE = new Set(
  'a abbr b bdi bdo big cite code data del dfn em font i ins kbd mark q s samp small span strike strong sub sup time tt u var wbr'.split(
    ' ',
  ),
);

const NOT_ASCII = /[^\x00-\x7f]/;
/** Control characters other than white space: a browser shows nothing for them, so they must not split a word. */
const CONTROLS = /[\x01-\x08\x0e-\x1f\x7f]/g;
/** Invisible characters (zero-width, bidi controls, soft hyphen, C0 and C1 controls, …) and combining marks. */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{M}\x01-\x08\x0e-\x1f\x7f-\x9f]/gu;

/**
 * Letters as a reader takes them: lower case, compatibility forms (full-width
 * `ＫＳＡ`, ligatures, mathematical letters) as their plain letters (NFKD),
 * accents, invisible and control characters and look-alikes from other scripts folded
 * away. ASCII text is returned as it is: the matcher folds ASCII case itself.
 */
export function foldText(text: string): string {
  if (!NOT_ASCII.test(text)) return text.search(CONTROLS) === -1 ? text : text.replace(CONTROLS, '');
  return foldConfusables(text.toLowerCase().normalize('NFKD').replace(INVISIBLE, ''));
}

import { decodeHTML } from 'entities';

/**
 * Output text with every encoding a page, feed or script may use to write a
 * character decoded, so `KSA%2D2026%2D0042`, `KSA&hyphen;2026`,
 * `KSA\u{2D}2026` or `KSA\x2d2026` read as what they spell. Repeated until
 * nothing changes (at most a few rounds: `%26hyphen%3B` is `&hyphen;` is `‐`).
 * Markup, case, look-alikes and invisible characters are the matcher's part
 * (matcher.ts, fold.ts), in the same pass that matches.
 */
export function decodeText(raw: string): string {
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

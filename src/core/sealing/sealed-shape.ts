/**
 * The one rule for what a sealed file may be, shared by `npm run seal` (which
 * checks its own output with it), `npm run check` and the gate: exactly one
 * OpenPGP message, either binary or one armored block with no armor headers
 * and nothing before or after it. Armor headers (`Comment:`, `Version:` …)
 * and surrounding text are plaintext that no key protects, so a draft's id or
 * summary written there would be public; OpenPGP.js ignores both when it
 * reads the message, so only a rule on the bytes sees them.
 */
export type SealedShape = { ok: true; input: { armoredMessage: string } | { binaryMessage: Uint8Array } } | { ok: false; message: string };

const BEGIN = '-----BEGIN PGP MESSAGE-----';
/** Blank line right after BEGIN (no headers), base64 lines, an optional `=CRC24` line, END, one optional final newline. */
const EXACT_ARMOR =
  /^-----BEGIN PGP MESSAGE-----\r?\n\r?\n(?:[A-Za-z0-9+/]+={0,2}\r?\n)+(?:=[A-Za-z0-9+/]{4}\r?\n)?-----END PGP MESSAGE-----(?:\r?\n)?$/;

export function sealedShape(bytes: Uint8Array): SealedShape {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not text. An OpenPGP packet header always has its top bit set; anything else is neither form.
    if ((bytes[0] ?? 0) & 0x80) return { ok: true, input: { binaryMessage: bytes } };
    return { ok: false, message: 'It is neither a binary OpenPGP message nor UTF-8 armored text.' };
  }
  if (EXACT_ARMOR.test(text)) return { ok: true, input: { armoredMessage: text } };
  return { ok: false, message: whyNotExact(text) };
}

/** Says what is wrong without echoing any of it: the extra text may be the very thing the seal hides. */
function whyNotExact(text: string): string {
  const begins = text.split(BEGIN).length - 1;
  const anyBlock = text.match(/^-----BEGIN PGP [A-Z ,0-9/]+-----$/gm)?.length ?? 0;
  if (begins === 0) return anyBlock > 0 ? 'It holds an armored block that is not a PGP MESSAGE.' : 'It is not an OpenPGP message.';
  if (begins > 1 || anyBlock > 1) return `It holds ${Math.max(begins, anyBlock)} armored blocks, not one message.`;
  const start = text.indexOf(BEGIN);
  if (text.slice(0, start).length > 0) return `It has ${text.slice(0, start).length} character(s) of text before the armored message.`;
  const lines = text.slice(start).split(/\r?\n/);
  if (lines[1] !== '') {
    // Only a standard header name is named: any other key could itself be the hidden text.
    const key = /^(Version|Comment|Hash|Charset|MessageID):/i.exec(lines[1] ?? '')?.[1];
    return `Its armor carries ${key ? `a \`${key}:\` header` : 'an armor header'}, which is plaintext outside the encryption.`;
  }
  const end = text.indexOf('-----END PGP MESSAGE-----');
  if (end < 0) return 'Its armored message has no END line.';
  const after = text.slice(end + '-----END PGP MESSAGE-----'.length).replace(/^\r?\n/, '');
  if (after.length > 0) return `It has ${after.length} character(s) of text after the armored message.`;
  return 'Its armored body holds lines that are not base64.';
}

/** A word of normalised text with where it starts in the source, for line numbers. */
export interface Word {
  word: string;
  at: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Lower-cased words (letters and digits), ignoring punctuation and markup, so
 * `out-of-bounds` in YAML matches `out-of-bounds` split across HTML tags or
 * `out of bounds` in a feed.
 */
export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.toLowerCase().matchAll(WORD)) out.push({ word: m[0], at: m.index });
  return out;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '' };

/**
 * The text a reader or a crawler would see: tags removed, character
 * references and JavaScript/JSON escapes decoded, so `KSA&#x2D;2026` or
 * `CVE\u002d2026` cannot hide an id from the scan.
 */
export function decodedText(raw: string): string {
  return (
    raw
      .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
      .replace(/\\\//g, '/')
      // JSON and JavaScript string escapes: `past\nthe` must read as two words.
      .replace(/\\[nrtbf]/g, ' ')
      .replace(/\\"/g, '"')
      .replace(/<[^>]*>/g, ' ')
      .replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
        if (ref.startsWith('#x')) return safeChar(Number.parseInt(ref.slice(2), 16)) ?? whole;
        if (ref.startsWith('#')) return safeChar(Number.parseInt(ref.slice(1), 10)) ?? whole;
        return ENTITIES[ref.toLowerCase()] ?? whole;
      })
      .replace(/\u00ad|\u200b|\u200c|\u200d|\u2060|\ufeff/g, '')
  );
}

function safeChar(code: number): string | undefined {
  return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

/** Printable ASCII runs of 4 or more characters, like `strings(1)`, for binary files. */
export function printableRuns(bytes: Uint8Array): string {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= bytes.length; i++) {
    const b = i < bytes.length ? (bytes[i] as number) : 0;
    const printable = b >= 0x20 && b < 0x7f;
    if (printable && start < 0) start = i;
    if (!printable && start >= 0) {
      if (i - start >= 4) out.push(Buffer.from(bytes.subarray(start, i)).toString('latin1'));
      start = -1;
    }
  }
  return out.join('\n');
}

/** 1-based line of an offset, from the offsets where lines start. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

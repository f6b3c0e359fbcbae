import type { Matcher } from './matcher.ts';
import type { LeakNeedles } from './needles.ts';
import { decodeText } from './normalise.ts';
import { readContent, readOutputFile } from './read-content.ts';
import { lineStarts } from './text.ts';

/** One needle found in a file: its index in LeakNeedles.needles, and the line when the file's own text shows it. */
export interface Hit {
  needle: number;
  line?: number;
}

export type FileScan = { hits: Hit[] } | { unreadable: string };

/** A file's scan and its size in bytes (0 when it could not be read). */
export interface PathScan {
  scan: FileScan;
  size: number;
}

/** Reads one output file (never through a symbolic link) and scans it; a file that cannot be read is unreadable, not skipped. */
export function scanPath(path: string, needles: Pick<LeakNeedles, 'compact'>, matcher: Matcher): PathScan {
  let bytes: Uint8Array;
  try {
    bytes = readOutputFile(path);
  } catch (error) {
    return { scan: { unreadable: `The file cannot be read (${(error as Error).message})` }, size: 0 };
  }
  return { scan: scanBytes(path, bytes, needles, matcher), size: bytes.byteLength };
}

/**
 * Scans one file's bytes: decides how to read them (readContent), normalises
 * the text and runs the matcher once over it. Each needle is reported once per
 * file; for plain text the line is found afterwards, only for what was found.
 */
export function scanBytes(path: string, bytes: Uint8Array, needles: Pick<LeakNeedles, 'compact'>, matcher: Matcher): FileScan {
  const content = readContent(path, bytes);
  if (content.kind === 'unreadable') return { unreadable: content.why };
  // Nothing to look for: only whether the file is readable mattered.
  if (matcher.needles === 0) return { hits: [] };
  const found = new Set<number>();
  const collect = (needle: number) => found.add(needle);
  matcher.scan(decodeText(content.text), collect);
  if (content.kind === 'binary') for (const needle of compactHits(content.text, needles)) found.add(needle);
  if (found.size === 0) return { hits: [] };
  const lines = content.kind === 'text' && content.lines ? linesOf(content.text, found, matcher) : new Map<number, number>();
  return {
    hits: [...found]
      .sort((a, b) => a - b)
      .map((needle): Hit => {
        const line = lines.get(needle);
        return line === undefined ? { needle } : { needle, line };
      }),
  };
}

/** The first line on which each needle appears whole (a needle spread over lines gets none). */
function linesOf(text: string, wanted: ReadonlySet<number>, matcher: Matcher): Map<number, number> {
  const out = new Map<number, number>();
  const starts = lineStarts(text);
  for (let i = 0; i < starts.length && out.size < wanted.size; i++) {
    const line = text.slice(starts[i], starts[i + 1] ?? text.length);
    matcher.scan(decodeText(line), (needle) => {
      if (wanted.has(needle) && !out.has(needle)) out.set(needle, i + 1);
    });
  }
  return out;
}

/** Needles found in a file's path (a page named after a secret id leaks as surely as its text). */
export function namesIn(path: string, matcher: Matcher): number[] {
  if (matcher.needles === 0) return [];
  const out = new Set<number>();
  matcher.scan(decodeText(path), (needle) => out.add(needle));
  return [...out];
}

/** Ids and aliases run together (`cve20260042`) anywhere in a binary file's printable runs (ASCII). */
function compactHits(text: string, needles: Pick<LeakNeedles, 'compact'>): number[] {
  if (needles.compact.size === 0) return [];
  let trie = tries.get(needles.compact);
  if (!trie) {
    trie = compactTrie(needles.compact);
    tries.set(needles.compact, trie);
  }
  // The text's letters and digits, lower case, in a row (what `toLowerCase().replace(/[^a-z0-9]+/g, '')` gives).
  const row = new Uint8Array(text.length);
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const slot = ALNUM_SLOT[text.charCodeAt(i)];
    if (slot !== undefined && slot >= 0) row[length++] = slot;
  }
  // From every position, down the trie as far as the text follows it: every key that occurs is met at its start.
  const out = new Set<number>();
  const { next, ends } = trie;
  for (let start = 0; start < length; start++) {
    let node = 0;
    for (let i = start; i < length; i++) {
      node = next[node * 36 + (row[i] as number)] as number;
      if (node === 0) break;
      const needle = ends[node] as number;
      if (needle >= 0) out.add(needle);
    }
  }
  return [...out];
}

interface CompactTrie {
  /** Per node, its child for each of the 36 letters and digits (0: none; node 0 is the root). */
  next: Int32Array;
  /** Per node, the needle whose compact form ends there, or -1. */
  ends: Int32Array;
}

const tries = new WeakMap<Map<string, number>, CompactTrie>();

/** a–z and 0–9 as 0–35, upper-case letters as their lower case, -1 for everything else (ASCII only: the text is printable runs). */
const ALNUM_SLOT = Int8Array.from({ length: 128 }, (_, c) =>
  c >= 0x61 && c <= 0x7a ? c - 0x61 : c >= 0x41 && c <= 0x5a ? c - 0x41 : c >= 0x30 && c <= 0x39 ? 26 + c - 0x30 : -1,
);

function compactTrie(compact: Map<string, number>): CompactTrie {
  const next: number[] = new Array(36).fill(0);
  const ends: number[] = [-1];
  for (const [key, needle] of compact) {
    // A key with any other character (compactForm keeps every script's letters) can never be in an ASCII row.
    if (key.length === 0 || ![...key].every((ch) => /^[a-z0-9]$/.test(ch))) continue;
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const slot = ALNUM_SLOT[key.charCodeAt(i)] as number;
      let child = next[node * 36 + slot] as number;
      if (child === 0) {
        child = ends.length;
        ends.push(-1);
        for (let j = 0; j < 36; j++) next.push(0);
        next[node * 36 + slot] = child;
      }
      node = child;
    }
    // The map holds each key once; the first needle of a key is the one reported, as before.
    if (ends[node] === -1) ends[node] = needle;
  }
  return { next: Int32Array.from(next), ends: Int32Array.from(ends) };
}

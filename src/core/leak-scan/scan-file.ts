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
  const out: number[] = [];
  const lower = text.toLowerCase().replace(NOT_ALNUM, '');
  for (const [key, needle] of needles.compact) if (lower.includes(key)) out.push(needle);
  return out;
}

const NOT_ALNUM = /[^a-z0-9]+/g;

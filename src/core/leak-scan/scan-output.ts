import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { type Diagnostic, diagnostic, sortDiagnostics } from '../diagnostics.ts';
import { findLeaks, type Leak } from './match.ts';
import type { LeakNeedles } from './needles.ts';
import { decodedText, lineAt, lineStarts, printableRuns } from './text.ts';

export interface ScanResult {
  diagnostics: Diagnostic[];
  filesScanned: number;
}

/** One file's content as the scan reads it. */
interface Readable {
  text: string;
  /** Raw text keeps line numbers; decompressed or binary content does not. */
  lines: boolean;
  binary?: boolean;
}

const utf8 = new TextDecoder('utf-8');

/**
 * Scans every file under `dir` (HTML, XML, JSON, text, scripts, the search
 * index — gzip and brotli files are decompressed first, binary files are read
 * as their printable runs) and its path for the needles. A file that cannot be
 * read or decompressed is a finding: the scan cannot vouch for it.
 * `display` is the folder paths in diagnostics are relative to.
 */
export function scanOutput(dir: string, needles: LeakNeedles, display = dir): ScanResult {
  const result: ScanResult = { diagnostics: [], filesScanned: 0 };
  const files: string[] = [];
  const unreadable = (path: string, why: string) =>
    result.diagnostics.push(
      diagnostic(
        'LEAK_SCAN_UNREADABLE',
        relative(display, path) || path,
        '',
        `${why}, so the leak scan cannot tell whether it leaks.`,
        'Find out why the build wrote it; remove it or make it readable.',
      ),
    );
  const walk = (folder: string) => {
    let names: string[];
    try {
      names = readdirSync(folder).sort();
    } catch (error) {
      unreadable(folder, `The folder cannot be read (${(error as Error).message})`);
      return;
    }
    for (const name of names) {
      const path = join(folder, name);
      const stat = lstatSync(path);
      if (stat.isSymbolicLink()) unreadable(path, 'This is a symbolic link, which the scan does not follow');
      else if (stat.isDirectory()) walk(path);
      else if (stat.isFile()) files.push(path);
      else unreadable(path, 'This is not a regular file');
    }
  };
  try {
    if (!lstatSync(dir).isDirectory()) throw new Error('not a folder');
    walk(dir);
  } catch {
    // Reported below as no output.
  }
  if (files.length === 0) {
    result.diagnostics.push(
      diagnostic(
        'LEAK_SCAN_NO_OUTPUT',
        relative(display, dir) || dir,
        '',
        `There are no files to scan in ${dir}; an empty scan proves nothing.`,
        'Build the site first (npm run build), or name the folder the build wrote.',
      ),
    );
    return result;
  }

  for (const path of files) {
    const rel = relative(display, path);
    let readable: Readable[];
    try {
      readable = read(path, readFileSync(path));
    } catch (error) {
      unreadable(path, `The file cannot be read or decompressed (${(error as Error).message})`);
      continue;
    }
    result.filesScanned++;
    const found = new Map<string, Diagnostic>();
    const record = (leak: Leak, line: number | undefined, where: string) => {
      const key = `${leak.owner.id}|${leak.owner.kind}`;
      if (found.has(key)) return;
      const what =
        leak.owner.kind === 'id'
          ? `the id ${leak.owner.id}`
          : `${leak.owner.kind === 'details' ? `text from the details (“${leak.owner.text}”)` : `the ${leak.owner.kind} ${quote(leak.owner.text)}`} of ${leak.owner.id}`;
      found.set(
        key,
        diagnostic(
          'LEAK_FOUND',
          rel,
          '',
          `${where}${what}, which is ${leak.owner.state} and must not be published (${leak.owner.file}).`,
          'Do not deploy this output. Make the page, feed or export that wrote it read only the publishable set.',
          line ? { line, column: 1 } : undefined,
        ),
      );
    };
    for (const leak of findLeaks(rel, needles)) record(leak, undefined, 'The file name contains ');
    for (const { text, lines, binary } of readable) {
      const starts = lines ? lineStarts(text) : undefined;
      for (const leak of findLeaks(text, needles, binary)) record(leak, starts ? lineAt(starts, leak.at) : undefined, 'The file contains ');
    }
    result.diagnostics.push(...found.values());
  }
  result.diagnostics = sortDiagnostics(result.diagnostics);
  return result;
}

/** The texts to scan in one file: raw and decoded for text, printable runs for binary. */
function read(path: string, bytes: Uint8Array): Readable[] {
  let content = bytes;
  let compressed = false;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    content = gunzipSync(bytes);
    compressed = true;
  } else if (path.endsWith('.br')) {
    content = brotliDecompressSync(bytes);
    compressed = true;
  }
  if (isBinary(content)) return [{ text: printableRuns(content), lines: false, binary: true }];
  const text = utf8.decode(content);
  const decoded = decodedText(text);
  const out: Readable[] = [{ text, lines: !compressed }];
  if (decoded !== text) out.push({ text: decoded, lines: false });
  return out;
}

/** NUL bytes or many invalid UTF-8 sequences in the first 8 KiB: not text. */
function isBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return true;
  const text = utf8.decode(head);
  let bad = 0;
  for (const ch of text) if (ch === '\ufffd') bad++;
  return bad > head.length / 100;
}

function quote(text: string): string {
  return text.includes(' ') ? `“${text}”` : text;
}

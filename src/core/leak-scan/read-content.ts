import { isAscii, isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { printableRuns } from './text.ts';

/**
 * An output file's bytes, opened without following a symbolic link (the walk
 * saw a regular file; one swapped for a link since fails here with ELOOP
 * rather than being read through) and refused when it is not a regular file
 * by the time it is open.
 */
export function readOutputFile(path: string): Uint8Array {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    // One fstat for both the type and the size (readFileSync would make its own).
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new Error('it is no longer a regular file');
    const bytes = Buffer.allocUnsafe(stat.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return read === bytes.length ? bytes : bytes.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** One file's content as the scan reads it, or why it cannot. */
export type Content =
  /** UTF-8 text; `lines` when offsets are the file's own (not decompressed), so findings can name a line. */
  | { kind: 'text'; text: string; lines: boolean }
  /** A binary format the scan knows: only its printable runs can hold text. */
  | { kind: 'binary'; text: string; format: string }
  | { kind: 'unreadable'; why: string };

/**
 * Decides how to read a file, failing closed: UTF-8 text is read as text;
 * gzip and brotli are decompressed once and their content judged the same way
 * (a compressed file inside is not opened again: unreadable); binary formats
 * the site legitimately ships (images, fonts, WebAssembly, the search index)
 * are read as their printable runs. Anything else — UTF-16, raw zlib, text
 * with NUL characters, an unknown binary — is unreadable, because
 * the scan cannot tell what a reader or program would decode from it.
 */
export function readContent(path: string, bytes: Uint8Array): Content {
  if (isGzip(bytes) || path.endsWith('.br')) {
    let inner: Uint8Array;
    try {
      inner = isGzip(bytes) ? gunzipSync(bytes) : brotliDecompressSync(bytes);
    } catch (error) {
      return { kind: 'unreadable', why: `It cannot be decompressed (${(error as Error).message})` };
    }
    if (isGzip(inner))
      return { kind: 'unreadable', why: 'It is compressed data inside compressed data, which the scan does not open twice' };
    if (startsWith(inner, PAGEFIND)) return { kind: 'binary', text: printableRuns(inner), format: 'Pagefind index' };
    const content = judge(inner);
    return content.kind === 'text' ? { ...content, lines: false } : content;
  }
  return judge(bytes);
}

function judge(bytes: Uint8Array): Content {
  const format = binaryFormat(bytes);
  if (format) return { kind: 'binary', text: printableRuns(bytes), format };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return { kind: 'unreadable', why: 'It is UTF-16 text, which the scan does not read; the build writes UTF-8' };
  // Validated and decoded by Node's SIMD routines; pure ASCII is read as one-byte text.
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ascii = isAscii(buffer);
  if (!ascii && !isUtf8(buffer)) {
    if (isZlib(bytes)) return { kind: 'unreadable', why: 'It looks like raw zlib data, which the scan does not open' };
    return { kind: 'unreadable', why: 'It is neither UTF-8 text nor a binary format the scan knows' };
  }
  const text = buffer.toString(ascii ? 'latin1' : 'utf8');
  if (text.includes('\0'))
    return {
      kind: 'unreadable',
      why: 'It holds NUL characters (UTF-16 without a byte-order mark, or binary data), so it is not plain text',
    };
  return { kind: 'text', text, lines: true };
}

const PAGEFIND = Buffer.from('pagefind_dcd');

/** Binary formats a static site ships, by their magic numbers. */
const MAGIC: [string, number[], number][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 0],
  ['JPEG image', [0xff, 0xd8, 0xff], 0],
  ['GIF image', [0x47, 0x49, 0x46, 0x38], 0],
  ['WebP image', [0x57, 0x45, 0x42, 0x50], 8],
  ['AVIF image', [0x66, 0x74, 0x79, 0x70, 0x61, 0x76, 0x69, 0x66], 4],
  ['icon', [0x00, 0x00, 0x01, 0x00], 0],
  ['WOFF font', [0x77, 0x4f, 0x46, 0x46], 0],
  ['WOFF2 font', [0x77, 0x4f, 0x46, 0x32], 0],
  ['WebAssembly module', [0x00, 0x61, 0x73, 0x6d], 0],
];

function binaryFormat(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, PAGEFIND)) return 'Pagefind index';
  for (const [name, magic, offset] of MAGIC) if (startsWith(bytes, magic, offset)) return name;
  return undefined;
}

function startsWith(bytes: Uint8Array, magic: ArrayLike<number>, offset = 0): boolean {
  if (bytes.length < offset + magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[offset + i] !== magic[i]) return false;
  return true;
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** A zlib header: deflate method, and a check value that makes the first two bytes a multiple of 31. */
function isZlib(bytes: Uint8Array): boolean {
  const cmf = bytes[0] as number;
  const flg = bytes[1] as number;
  return bytes.length >= 2 && (cmf & 0x0f) === 8 && cmf >> 4 <= 7 && ((cmf << 8) | flg) % 31 === 0;
}

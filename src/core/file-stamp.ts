import { type BigIntStats, statSync } from 'node:fs';

/**
 * What the file system says about a file without reading it: size, times to
 * the nanosecond, inode and device. A check with one file changed reads and
 * hashes only the files whose stamp differs from the one the parse cache
 * remembers with their hash; all others take the remembered hash.
 *
 * The stamp is a hint that must never hide an edit, so it includes ctime: an
 * edit that keeps the size and puts the old mtime back (touch -d, utimes)
 * still sets ctime to the current time, and no program can set ctime back.
 * A rename or re-creation changes the inode. What remains is git's "racy"
 * case: a file changed again within the same timestamp tick as the stamp was
 * taken in gets the same times. So a stamp is only remembered when both its
 * times are older than RACY_MARGIN_NS before the clock was read at the start
 * of the run; any later write then gets a later ctime. Newer files are hashed
 * every run until their stamp is old enough.
 */
export interface FileStamp {
  /** `size/mtimeNs/ctimeNs/ino/dev`, all decimal: what is stored and compared. */
  id: string;
  mtimeNs: bigint;
  ctimeNs: bigint;
}

/**
 * Two seconds: above the coarsest timestamp resolution of common file systems
 * (FAT's two seconds, one second on older ones) and above the kernel's coarse
 * clock lagging the one Date.now() reads.
 */
export const RACY_MARGIN_NS = 2_000_000_000n;

/** The current time as the file system writes it, in nanoseconds; read once before any file is stamped. */
export function stampClockNs(): bigint {
  return BigInt(Date.now()) * 1_000_000n;
}

/** The stamp of a file; throws like statSync when it cannot be read. */
export function fileStamp(path: string): FileStamp {
  return stampOf(statSync(path, { bigint: true }));
}

/**
 * The stamp an id was made from (stamp-files.ts keeps ids alone). An id of any
 * other shape gives times in the future, which isSettled never remembers.
 */
export function stampFromId(id: string): FileStamp {
  const fields = id.split('/');
  const valid = fields.length === 5 && fields.every((field) => /^\d+$/.test(field));
  const never = 1n << 80n;
  return { id, mtimeNs: valid ? BigInt(fields[1] as string) : never, ctimeNs: valid ? BigInt(fields[2] as string) : never };
}

function stampOf(s: BigIntStats): FileStamp {
  return { id: `${s.size}/${s.mtimeNs}/${s.ctimeNs}/${s.ino}/${s.dev}`, mtimeNs: s.mtimeNs, ctimeNs: s.ctimeNs };
}

/**
 * Whether a stamp taken after `clockNs` was read may be remembered: both times
 * lie at least RACY_MARGIN_NS before it. Times in the future (a skewed clock)
 * are never remembered.
 */
export function isSettled(stamp: FileStamp, clockNs: bigint): boolean {
  const limit = clockNs - RACY_MARGIN_NS;
  return stamp.mtimeNs < limit && stamp.ctimeNs < limit;
}

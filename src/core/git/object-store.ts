import { closeSync, existsSync, fstatSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { applyDelta } from './pack-delta.ts';
import { findInIndex, idsWithPrefix, type PackIndex, parsePackIndex, sortedOffsets } from './pack-index.ts';
import type { GitRepo } from './repo.ts';

export type ObjectType = 'commit' | 'tree' | 'blob' | 'tag';

export interface RawObject {
  type: ObjectType;
  content: Buffer;
}

/**
 * A synchronous read-only object reader for walks over thousands of commits:
 * loose objects and pack files (index v1 and v2, ofs and ref deltas of any
 * depth), alternates and worktrees, inflated with Node's native zlib.
 * isomorphic-git's public API costs a stat of the git dir, a JavaScript
 * inflate and a hash check per object, which made a 5,000-commit walk take
 * minutes; this reader is what keeps it within seconds, and being synchronous
 * it serves the site build, whose data loading is synchronous. Packs are read
 * by offset through a file descriptor, never whole, so a pack over 2 GiB (the
 * largest Buffer Node reads in one go) costs only the objects read. Objects are
 * trusted as the local repository's own. A missing object throws an error with
 * code NotFoundError.
 */
export interface ObjectStore {
  read(oid: string): RawObject;
  /** Every object id that starts with this hex prefix (an abbreviated id). */
  expand(prefix: string): string[];
}

const TYPES: Record<number, ObjectType> = { 1: 'commit', 2: 'tree', 3: 'blob', 4: 'tag' };
const OFS_DELTA = 6;
const REF_DELTA = 7;
/** Packs are read in aligned windows of this size; at most MAX_WINDOWS of them are kept per repository. */
const WINDOW = 1 << 20;
const MAX_WINDOWS = 32;
/** First read of a pack entry: enough for nearly every commit and tree. */
const FIRST_READ = 4096;
/** The most bytes zlib can turn `size` bytes into, whatever its settings (zlib's deflateBound without knowing them), plus its header and checksum. */
const deflateBound = (size: number) => size + Math.ceil(size / 8) + Math.ceil(size / 64) + 5 + 6 + 64;
/** git's own limit on a delta chain is 4095 (`--depth`); a longer one means a loop in damaged data. */
const MAX_CHAIN = 10_000;

interface Pack {
  path: string;
  /** Position among the store's packs. */
  number: number;
  index: PackIndex;
  fd?: number;
  /** The byte after the last object (the pack's trailing checksum starts there). */
  end?: number;
  offsets?: Float64Array;
}

export class NotFoundError extends Error {
  readonly code = 'NotFoundError';
}

/** Thrown for a repository whose format this reader does not implement (see GitRepo.unsupported). */
export class UnsupportedRepositoryError extends Error {
  readonly code = 'UnsupportedRepositoryError';
}

/** The objects folders of a repository: its own (the common dir for a worktree) and its alternates. */
export function objectDirs(repo: GitRepo): string[] {
  const dirs = [join(repo.commondir, 'objects')];
  for (let i = 0; i < dirs.length && i < 16; i++) {
    const alternates = join(dirs[i] as string, 'info/alternates');
    if (!existsSync(alternates)) continue;
    for (const line of readFileSync(alternates, 'utf8').split('\n')) {
      const path = line.trim();
      if (!path || path.startsWith('#')) continue;
      const dir = isAbsolute(path) ? path : resolve(dirs[i] as string, path);
      if (!dirs.includes(dir)) dirs.push(dir);
    }
  }
  return dirs;
}

// A store lives as long as its repository handle; its pack files close when it is collected.
const closeOnCollect = new FinalizationRegistry<Pack[]>((packs) => {
  for (const pack of packs) if (pack.fd !== undefined) closeSync(pack.fd);
});

export function openObjectStore(repo: GitRepo): ObjectStore {
  if (repo.unsupported)
    throw new UnsupportedRepositoryError(`Watchkeeper cannot read the git repository at ${repo.dir}: ${repo.unsupported}.`);
  const dirs = objectDirs(repo);
  const packs: Pack[] = [];
  for (const dir of dirs) {
    let names: string[] = [];
    try {
      names = readdirSync(join(dir, 'pack')).filter((n) => n.endsWith('.idx'));
    } catch {
      // No pack folder: every object is loose.
    }
    for (const name of names) {
      // An index that cannot be read throws: its objects must not silently read as missing.
      const index = parsePackIndex(readFileSync(join(dir, 'pack', name)), join(dir, 'pack', name));
      packs.push({ path: join(dir, 'pack', name.replace(/\.idx$/, '.pack')), number: packs.length, index });
    }
  }

  const findInPack = (key: Buffer): { pack: Pack; offset: number } | undefined => {
    for (const pack of packs) {
      const i = findInIndex(pack.index, key);
      if (i >= 0) return { pack, offset: pack.index.offsetAt(i) };
    }
    return undefined;
  };

  /** How many bytes the entry at `offset` can span: up to the next object, or the pack's trailing checksum. */
  const spanAt = (pack: Pack, offset: number): number => {
    if (pack.fd === undefined) {
      pack.fd = openSync(pack.path, 'r');
      pack.end = fstatSync(pack.fd).size - 20;
      pack.offsets = sortedOffsets(pack.index);
    }
    const offsets = pack.offsets as Float64Array;
    let lo = 0;
    let hi = offsets.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((offsets[mid] as number) <= offset) lo = mid + 1;
      else hi = mid;
    }
    const next = lo < offsets.length ? (offsets[lo] as number) : (pack.end as number);
    if (next <= offset) throw new Error(`${pack.path} has no object at offset ${offset}.`);
    return next - offset;
  };

  /** `length` bytes of the pack from `offset`, by positioned reads (a read is capped at 1 GiB). */
  const readDirect = (pack: Pack, offset: number, length: number): Buffer => {
    const bytes = Buffer.allocUnsafe(length);
    for (let got = 0; got < length; ) {
      const n = readSync(pack.fd as number, bytes, got, Math.min(length - got, 1 << 30), offset + got);
      if (n === 0) throw new Error(`${pack.path} ends before the object at offset ${offset}.`);
      got += n;
    }
    return bytes;
  };

  // A walk reads thousands of small objects that git packed near each other;
  // reading aligned windows of the pack (and keeping the recent ones) turns a
  // read call per object into one per window.
  const windows = new Map<number, Buffer>();
  const readRange = (pack: Pack, offset: number, length: number): Buffer => {
    const w = Math.floor(offset / WINDOW);
    const start = w * WINDOW;
    if (offset + length > start + WINDOW) return readDirect(pack, offset, length);
    // One key space for all packs: pack number × 2^32 windows (a window per MiB covers 4 PiB).
    const key = pack.number * 2 ** 32 + w;
    let window = windows.get(key);
    if (window) {
      windows.delete(key);
    } else {
      window = readDirect(pack, start, Math.min(WINDOW, (pack.end as number) + 20 - start));
      if (windows.size >= MAX_WINDOWS) windows.delete(windows.keys().next().value as number);
    }
    windows.set(key, window);
    if (offset + length > start + window.length) throw new Error(`${pack.path} ends before the object at offset ${offset}.`);
    return window.subarray(offset - start, offset - start + length);
  };

  // Delta chains share bases; keep recent ones so a chain is not re-inflated for each object.
  const bases = new Map<string, RawObject>();
  const remember = (key: string, object: RawObject) => {
    bases.set(key, object);
    if (bases.size > 256) bases.delete(bases.keys().next().value as string);
  };

  /** Reads the object at a pack offset, following its delta chain iteratively (deep chains cannot overflow the stack). */
  const readPacked = (pack: Pack, offset: number): RawObject => {
    const chain: { key: string; delta: Buffer }[] = [];
    let base: RawObject | undefined;
    let at = { pack, offset };
    while (!base) {
      const key = `${at.pack.path}:${at.offset}`;
      base = bases.get(key);
      if (base) break;
      if (chain.length > MAX_CHAIN) throw new Error(`${pack.path} has a delta chain longer than ${MAX_CHAIN} at offset ${offset}.`);
      // One read of a few KiB holds a commit or tree whole; a bigger object's
      // length is bounded by zlib's worst case for its size, read on demand.
      const span = spanAt(at.pack, at.offset);
      let data = readRange(at.pack, at.offset, Math.min(span, FIRST_READ));
      let pos = 0;
      let c = data[pos++] as number;
      const kind = (c >> 4) & 7;
      let size = c & 0x0f;
      for (let shift = 4; c & 0x80; shift += 7) {
        c = data[pos++] as number;
        size += (c & 0x7f) * 2 ** shift;
      }
      const needed = Math.min(span, pos + 20 + deflateBound(size));
      if (needed > data.length) data = readRange(at.pack, at.offset, needed);
      // Inflating into one chunk of the known size avoids growing and joining chunks.
      const chunkSize = Math.max(64, Math.min(size + 1, 1 << 24));
      if (kind === OFS_DELTA) {
        c = data[pos++] as number;
        let back = c & 0x7f;
        while (c & 0x80) {
          c = data[pos++] as number;
          back = (back + 1) * 128 + (c & 0x7f);
        }
        chain.push({ key, delta: inflateSync(data.subarray(pos), { chunkSize }) });
        if (back <= 0 || back > at.offset)
          throw new Error(`${at.pack.path} has a delta whose base lies outside the pack (offset ${at.offset}).`);
        at = { pack: at.pack, offset: at.offset - back };
      } else if (kind === REF_DELTA) {
        const baseOid = data.subarray(pos, pos + 20);
        chain.push({ key, delta: inflateSync(data.subarray(pos + 20), { chunkSize }) });
        const packed = findInPack(baseOid);
        if (packed) at = packed;
        // A thin pack's base may be loose (or in an alternate); read it through the store.
        else base = store.read(baseOid.toString('hex'));
      } else {
        const type = TYPES[kind];
        if (!type) throw new Error(`unknown object type ${kind} in ${at.pack.path} at offset ${at.offset}`);
        base = { type, content: inflateSync(data.subarray(pos), { chunkSize }) };
        remember(key, base);
      }
    }
    let result = base;
    for (let i = chain.length - 1; i >= 0; i--) {
      const link = chain[i] as { key: string; delta: Buffer };
      result = { type: result.type, content: applyDelta(result.content, link.delta) };
      remember(link.key, result);
    }
    return result;
  };

  const readLoose = (oid: string): RawObject | undefined => {
    for (const dir of dirs) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(join(dir, oid.slice(0, 2), oid.slice(2)));
      } catch {
        continue;
      }
      // Git objects rarely inflate to more than four times their size; one chunk of that avoids joining chunks without wasting memory.
      const raw = inflateSync(bytes, { chunkSize: Math.min(Math.max(1024, bytes.length * 4), 1 << 24) });
      const space = raw.indexOf(0x20);
      const nul = raw.indexOf(0, space);
      return { type: raw.toString('latin1', 0, space) as ObjectType, content: raw.subarray(nul + 1) };
    }
    return undefined;
  };

  // A walk reads each commit's trees twice (as the child, then as the next
  // commit's parent); a short memory of recent trees and commits halves that.
  const recent = new Map<string, RawObject>();
  const store: ObjectStore = {
    read(oid) {
      const hit = recent.get(oid);
      if (hit) return hit;
      const key = Buffer.from(oid, 'hex');
      if (key.length !== 20 || oid.length !== 40) throw new NotFoundError(`${oid} is not a SHA-1 git object id.`);
      // Packs first: in a clone nearly everything is packed, and an index lookup is cheaper than a failed open.
      const packed = findInPack(key);
      const object = packed ? readPacked(packed.pack, packed.offset) : readLoose(oid);
      if (!object) throw new NotFoundError(`The git object ${oid} is not in this repository.`);
      if (object.type !== 'blob') {
        recent.set(oid, object);
        if (recent.size > 64) recent.delete(recent.keys().next().value as string);
      }
      return object;
    },
    expand(prefix) {
      const hex = prefix.toLowerCase();
      if (!/^[0-9a-f]{4,40}$/.test(hex)) return [];
      const found = new Set<string>();
      for (const pack of packs) for (const oid of idsWithPrefix(pack.index, hex)) found.add(oid);
      for (const dir of dirs) {
        let names: string[] = [];
        try {
          names = readdirSync(join(dir, hex.slice(0, 2)));
        } catch {
          continue;
        }
        for (const name of names) if ((hex.slice(0, 2) + name).startsWith(hex) && name.length === 38) found.add(hex.slice(0, 2) + name);
      }
      return [...found].sort();
    },
  };
  closeOnCollect.register(store, packs);
  return store;
}

export function isNotFound(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === 'NotFoundError' || code === 'ENOENT';
}

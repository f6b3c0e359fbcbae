import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import type { GitRepo } from './repo.ts';

export type ObjectType = 'commit' | 'tree' | 'blob' | 'tag';

export interface RawObject {
  type: ObjectType;
  content: Buffer;
}

/**
 * A synchronous read-only object reader for walks over thousands of commits:
 * loose objects and pack files (index v2, ofs/ref deltas), alternates and
 * worktrees, inflated with Node's native zlib. isomorphic-git's public API
 * costs a stat of the git dir, a JavaScript inflate and a hash check per
 * object, which made a 5,000-commit walk take minutes; this reader is what
 * keeps it within seconds, and being synchronous it serves the site build,
 * whose data loading is synchronous. Objects are trusted as the local
 * repository's own. A missing object throws an error with code NotFoundError.
 */
export interface ObjectStore {
  read(oid: string): RawObject;
}

const TYPES: Record<number, ObjectType> = { 1: 'commit', 2: 'tree', 3: 'blob', 4: 'tag' };
const OFS_DELTA = 6;
const REF_DELTA = 7;

interface Pack {
  path: string;
  oids: Buffer;
  offsets: Buffer;
  large: Buffer;
  fanout: Uint32Array;
  data?: Buffer;
}

export class NotFoundError extends Error {
  readonly code = 'NotFoundError';
}

/** The objects folders of a repository: its own (the common dir for a worktree) and its alternates. */
export function objectDirs(repo: GitRepo): string[] {
  let common = repo.gitdir;
  const commondir = join(repo.gitdir, 'commondir');
  if (existsSync(commondir)) common = resolve(repo.gitdir, readFileSync(commondir, 'utf8').trim());
  const dirs = [join(common, 'objects')];
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

export function openObjectStore(repo: GitRepo): ObjectStore {
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
      const idx = readFileSync(join(dir, 'pack', name));
      // Index version 2 is git's format since 1.5.2; an older one is skipped (its objects then read as missing).
      if (idx.readUInt32BE(0) !== 0xff744f63 || idx.readUInt32BE(4) !== 2) continue;
      const fanout = new Uint32Array(256);
      for (let i = 0; i < 256; i++) fanout[i] = idx.readUInt32BE(8 + i * 4);
      const count = fanout[255] as number;
      const oidsAt = 8 + 1024;
      const offsetsAt = oidsAt + count * 24;
      packs.push({
        path: join(dir, 'pack', name.replace(/\.idx$/, '.pack')),
        oids: idx.subarray(oidsAt, oidsAt + count * 20),
        offsets: idx.subarray(offsetsAt, offsetsAt + count * 4),
        large: idx.subarray(offsetsAt + count * 4),
        fanout,
      });
    }
  }

  const findInPack = (oid: string): { pack: Pack; offset: number } | undefined => {
    const key = Buffer.from(oid, 'hex');
    if (key.length !== 20) return undefined;
    const first = key[0] as number;
    for (const pack of packs) {
      let lo = first === 0 ? 0 : (pack.fanout[first - 1] as number);
      let hi = (pack.fanout[first] as number) - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const cmp = key.compare(pack.oids, mid * 20, mid * 20 + 20);
        if (cmp === 0) {
          let offset = pack.offsets.readUInt32BE(mid * 4);
          if (offset & 0x80000000) offset = Number(pack.large.readBigUInt64BE((offset & 0x7fffffff) * 8));
          return { pack, offset };
        }
        if (cmp < 0) hi = mid - 1;
        else lo = mid + 1;
      }
    }
    return undefined;
  };

  // Delta chains share bases; keep recent ones so a chain is not re-inflated for each object.
  const bases = new Map<string, RawObject>();
  const readPacked = (pack: Pack, offset: number): RawObject => {
    const key = `${pack.path}:${offset}`;
    const hit = bases.get(key);
    if (hit) return hit;
    pack.data ??= readFileSync(pack.path);
    const data = pack.data;
    let pos = offset;
    let c = data[pos++] as number;
    const kind = (c >> 4) & 7;
    let size = c & 0x0f;
    for (let shift = 4; c & 0x80; shift += 7) {
      c = data[pos++] as number;
      size += (c & 0x7f) * 2 ** shift;
    }
    // Inflating into one chunk of the known size avoids growing and joining chunks.
    const chunkSize = Math.max(64, Math.min(size + 1, 1 << 24));
    let result: RawObject;
    if (kind === OFS_DELTA || kind === REF_DELTA) {
      let base: RawObject;
      if (kind === OFS_DELTA) {
        c = data[pos++] as number;
        let back = c & 0x7f;
        while (c & 0x80) {
          c = data[pos++] as number;
          back = (back + 1) * 128 + (c & 0x7f);
        }
        base = readPacked(pack, offset - back);
      } else {
        base = store.read(data.toString('hex', pos, pos + 20));
        pos += 20;
      }
      result = { type: base.type, content: applyDelta(base.content, inflateSync(data.subarray(pos), { chunkSize })) };
    } else {
      const type = TYPES[kind];
      if (!type) throw new Error(`unknown object type ${kind} in ${pack.path} at offset ${offset}`);
      result = { type, content: inflateSync(data.subarray(pos), { chunkSize }) };
    }
    bases.set(key, result);
    if (bases.size > 256) bases.delete(bases.keys().next().value as string);
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
      // Packs first: in a clone nearly everything is packed, and an index lookup is cheaper than a failed open.
      const packed = findInPack(oid);
      const object = packed ? readPacked(packed.pack, packed.offset) : readLoose(oid);
      if (!object) throw new NotFoundError(`The git object ${oid} is not in this repository.`);
      if (object.type !== 'blob') {
        recent.set(oid, object);
        if (recent.size > 64) recent.delete(recent.keys().next().value as string);
      }
      return object;
    },
  };
  return store;
}

/** Applies a git delta (pack format: base size, result size, then copy and insert instructions) to its base. */
function applyDelta(base: Buffer, delta: Buffer): Buffer {
  let pos = 0;
  const varint = () => {
    let value = 0;
    let shift = 0;
    let c: number;
    do {
      c = delta[pos++] as number;
      value += (c & 0x7f) * 2 ** shift;
      shift += 7;
    } while (c & 0x80);
    return value;
  };
  varint();
  const out = Buffer.allocUnsafe(varint());
  let at = 0;
  while (pos < delta.length) {
    const op = delta[pos++] as number;
    if (op & 0x80) {
      let offset = 0;
      let size = 0;
      for (let i = 0; i < 4; i++) if (op & (1 << i)) offset += (delta[pos++] as number) * 2 ** (8 * i);
      for (let i = 0; i < 3; i++) if (op & (0x10 << i)) size += (delta[pos++] as number) * 2 ** (8 * i);
      if (size === 0) size = 0x10000;
      base.copy(out, at, offset, offset + size);
      at += size;
    } else if (op > 0) {
      delta.copy(out, at, pos, pos + op);
      pos += op;
      at += op;
    } else {
      throw new Error('invalid delta instruction 0');
    }
  }
  if (at !== out.length) throw new Error('delta result has the wrong size');
  return out;
}

export function isNotFound(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === 'NotFoundError' || code === 'ENOENT';
}

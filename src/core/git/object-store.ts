import * as fs from 'node:fs';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import git from 'isomorphic-git';
import type { GitRepo } from './repo.ts';

export type ObjectType = 'commit' | 'tree' | 'blob' | 'tag';

export interface RawObject {
  type: ObjectType;
  content: Uint8Array;
}

/**
 * A fast read-only object reader for walks over thousands of commits: loose
 * objects and pack files are read with Node's native zlib, without the
 * per-call overhead of isomorphic-git's public API (a stat of the git dir, a
 * JavaScript inflate and a hash check per object). Objects it cannot find
 * itself (alternates, unusual layouts) come from isomorphic-git, so it is
 * never less complete. Objects are trusted as the local repository's own.
 */
export interface ObjectStore {
  read(oid: string): Promise<RawObject>;
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
  count: number;
  data?: Buffer;
}

export function openObjectStore(repo: GitRepo): ObjectStore {
  let packs: Pack[] | undefined;
  const deltaBases = new Map<string, RawObject>();

  const loadPacks = (): Pack[] => {
    if (packs) return packs;
    packs = [];
    let names: string[] = [];
    try {
      names = readdirSync(join(repo.gitdir, 'objects/pack')).filter((n) => n.endsWith('.idx'));
    } catch {
      // No pack folder: every object is loose.
    }
    for (const name of names) {
      const idx = readFileSync(join(repo.gitdir, 'objects/pack', name));
      // Only index version 2 (git's default since 1.5.2); anything else goes to the fallback.
      if (idx.readUInt32BE(0) !== 0xff744f63 || idx.readUInt32BE(4) !== 2) continue;
      const fanout = new Uint32Array(256);
      for (let i = 0; i < 256; i++) fanout[i] = idx.readUInt32BE(8 + i * 4);
      const count = fanout[255] as number;
      const oidsAt = 8 + 1024;
      const offsetsAt = oidsAt + count * 20 + count * 4;
      packs.push({
        path: join(repo.gitdir, 'objects/pack', name.replace(/\.idx$/, '.pack')),
        oids: idx.subarray(oidsAt, oidsAt + count * 20),
        offsets: idx.subarray(offsetsAt, offsetsAt + count * 4),
        large: idx.subarray(offsetsAt + count * 4),
        fanout,
        count,
      });
    }
    return packs;
  };

  const findInPack = (oid: string): { pack: Pack; offset: number } | undefined => {
    const key = Buffer.from(oid, 'hex');
    if (key.length !== 20) return undefined;
    for (const pack of loadPacks()) {
      const first = key[0] as number;
      let lo = first === 0 ? 0 : (pack.fanout[first - 1] as number);
      let hi = (pack.fanout[first] as number) - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const cmp = pack.oids.compare(key, 0, 20, mid * 20, mid * 20 + 20);
        if (cmp === 0) {
          let offset = pack.offsets.readUInt32BE(mid * 4);
          if (offset & 0x80000000) offset = Number(pack.large.readBigUInt64BE((offset & 0x7fffffff) * 8));
          return { pack, offset };
        }
        if (cmp > 0) hi = mid - 1;
        else lo = mid + 1;
      }
    }
    return undefined;
  };

  const readPacked = async (pack: Pack, offset: number): Promise<RawObject> => {
    pack.data ??= readFileSync(pack.path);
    const data = pack.data;
    let pos = offset;
    let c = data[pos++] as number;
    const kind = (c >> 4) & 7;
    while (c & 0x80) c = data[pos++] as number;
    if (kind === OFS_DELTA || kind === REF_DELTA) {
      let base: RawObject;
      const cacheKey = `${pack.path}:${offset}`;
      if (kind === OFS_DELTA) {
        c = data[pos++] as number;
        let back = c & 0x7f;
        while (c & 0x80) {
          c = data[pos++] as number;
          back = (back + 1) * 128 + (c & 0x7f);
        }
        base = await readPackedCached(pack, offset - back);
      } else {
        base = await store.read(data.toString('hex', pos, pos + 20));
        pos += 20;
      }
      const result = { type: base.type, content: applyDelta(base.content, inflateSync(data.subarray(pos))) };
      remember(cacheKey, result);
      return result;
    }
    const type = TYPES[kind];
    if (!type) throw new Error(`unknown object type ${kind} in ${pack.path} at ${offset}`);
    return { type, content: inflateSync(data.subarray(pos)) };
  };

  // Delta chains share bases; keep recent ones so a chain is not re-inflated per object.
  const readPackedCached = async (pack: Pack, offset: number): Promise<RawObject> => {
    const key = `${pack.path}:${offset}`;
    const hit = deltaBases.get(key);
    if (hit) return hit;
    const result = await readPacked(pack, offset);
    remember(key, result);
    return result;
  };
  const remember = (key: string, value: RawObject) => {
    deltaBases.set(key, value);
    if (deltaBases.size > 512) deltaBases.delete(deltaBases.keys().next().value as string);
  };

  // A walk reads each commit's trees twice (as the child, then as the next
  // commit's parent); a short memory of recent trees and commits halves that.
  const recent = new Map<string, RawObject>();
  const store: ObjectStore = {
    async read(oid) {
      const hit = recent.get(oid);
      if (hit) return hit;
      const object = await readUncached(oid);
      if (object.type !== 'blob') {
        recent.set(oid, object);
        if (recent.size > 64) recent.delete(recent.keys().next().value as string);
      }
      return object;
    },
  };
  const readUncached = async (oid: string): Promise<RawObject> => {
    // Packs first: in a clone nearly everything is packed, and a failed
    // loose-file open costs more than an index lookup.
    const packed = findInPack(oid);
    if (packed) return readPackedCached(packed.pack, packed.offset);
    const path = join(repo.gitdir, 'objects', oid.slice(0, 2), oid.slice(2));
    const loose = existsSync(path) ? readFileSync(path) : undefined;
    if (loose) {
      const raw = inflateSync(loose);
      const space = raw.indexOf(0x20);
      const nul = raw.indexOf(0, space);
      const type = raw.toString('latin1', 0, space) as ObjectType;
      return { type, content: raw.subarray(nul + 1) };
    }
    // Alternates or anything else unusual: let isomorphic-git find it (it throws NotFoundError when absent).
    const { type, object } = await git.readObject({ fs, dir: repo.dir, gitdir: repo.gitdir, oid, format: 'content', cache: repo.cache });
    return { type: type as ObjectType, content: object as Uint8Array };
  };
  return store;
}

/** Applies a git delta (pack format) to its base. */
function applyDelta(base: Uint8Array, delta: Uint8Array): Uint8Array {
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
  varint(); // base size
  const out = new Uint8Array(varint());
  let at = 0;
  while (pos < delta.length) {
    const op = delta[pos++] as number;
    if (op & 0x80) {
      let offset = 0;
      let size = 0;
      for (let i = 0; i < 4; i++) if (op & (1 << i)) offset |= (delta[pos++] as number) << (8 * i);
      for (let i = 0; i < 3; i++) if (op & (0x10 << i)) size |= (delta[pos++] as number) << (8 * i);
      if (size === 0) size = 0x10000;
      out.set(base.subarray(offset >>> 0, (offset >>> 0) + size), at);
      at += size;
    } else if (op > 0) {
      out.set(delta.subarray(pos, pos + op), at);
      pos += op;
      at += op;
    } else {
      throw new Error('invalid delta instruction 0');
    }
  }
  return out;
}

/** A not-found error shaped like isomorphic-git's, so callers handle both the same way. */
export function isNotFound(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === 'NotFoundError' || code === 'ENOENT';
}

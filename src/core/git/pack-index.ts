/**
 * A pack index (`pack-*.idx`): which objects a pack holds and at which byte
 * offset. Both formats git has written are read: version 2 (git ≥ 1.5.2,
 * magic `\377tOc`, with a 64-bit offset table for packs over 2 GiB) and
 * version 1 (no magic; `git index-pack --index-version=1` still writes it).
 * Offsets are plain numbers: exact up to 2^53 bytes, far beyond any pack.
 */
export interface PackIndex {
  /** Number of objects. */
  count: number;
  /** fanout[b] = number of objects whose first id byte is ≤ b. */
  fanout: Uint32Array;
  /** The object ids, 20 bytes each, sorted. */
  oids: Buffer;
  /** Byte offset of object i in the pack. */
  offsetAt(i: number): number;
}

const MAGIC = 0xff744f63;
const FANOUT_BYTES = 256 * 4;

/** Parses an index file's bytes; throws on a version or size it does not know, never returns a partial index. */
export function parsePackIndex(idx: Buffer, name: string): PackIndex {
  const v2 = idx.length >= 8 && idx.readUInt32BE(0) === MAGIC;
  if (v2 && idx.readUInt32BE(4) !== 2)
    throw new Error(`${name} is a pack index of version ${idx.readUInt32BE(4)}, which Watchkeeper cannot read.`);
  const fanoutAt = v2 ? 8 : 0;
  if (idx.length < fanoutAt + FANOUT_BYTES) throw new Error(`${name} is too short to be a pack index.`);
  const fanout = new Uint32Array(256);
  for (let i = 0; i < 256; i++) fanout[i] = idx.readUInt32BE(fanoutAt + i * 4);
  const count = fanout[255] as number;
  const tableAt = fanoutAt + FANOUT_BYTES;
  if (!v2) {
    // Version 1: count entries of (4-byte offset, 20-byte id), then two 20-byte checksums.
    if (idx.length < tableAt + count * 24 + 40) throw new Error(`${name} is truncated (version 1 index of ${count} objects).`);
    const oids = Buffer.allocUnsafe(count * 20);
    const offsets = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      const at = tableAt + i * 24;
      offsets[i] = idx.readUInt32BE(at);
      idx.copy(oids, i * 20, at + 4, at + 24);
    }
    return { count, fanout, oids, offsetAt: (i) => offsets[i] as number };
  }
  // Version 2: ids, CRCs, 4-byte offsets (high bit set: index into the 8-byte table), 8-byte offsets, checksums.
  const offsetsAt = tableAt + count * 24;
  const largeAt = offsetsAt + count * 4;
  if (idx.length < largeAt + 40) throw new Error(`${name} is truncated (version 2 index of ${count} objects).`);
  const oids = idx.subarray(tableAt, tableAt + count * 20);
  const offsetAt = (i: number): number => {
    const small = idx.readUInt32BE(offsetsAt + i * 4);
    if (!(small & 0x80000000)) return small;
    const at = largeAt + (small & 0x7fffffff) * 8;
    if (at + 8 > idx.length - 40) throw new Error(`${name} names a large offset outside its table.`);
    return Number(idx.readBigUInt64BE(at));
  };
  return { count, fanout, oids, offsetAt };
}

/** The position of a 20-byte id in the index, or -1. */
export function findInIndex(index: PackIndex, key: Buffer): number {
  const first = key[0] as number;
  let lo = first === 0 ? 0 : (index.fanout[first - 1] as number);
  let hi = (index.fanout[first] as number) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const cmp = key.compare(index.oids, mid * 20, mid * 20 + 20);
    if (cmp === 0) return mid;
    if (cmp < 0) hi = mid - 1;
    else lo = mid + 1;
  }
  return -1;
}

/** The ids in the index that start with a hex prefix (an abbreviated id). */
export function idsWithPrefix(index: PackIndex, prefix: string): string[] {
  const low = Buffer.from(prefix.padEnd(40, '0'), 'hex');
  const first = low[0] as number;
  let lo = first === 0 ? 0 : (index.fanout[first - 1] as number);
  let hi = index.fanout[first] as number;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (low.compare(index.oids, mid * 20, mid * 20 + 20) > 0) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < index.count; i++) {
    const oid = index.oids.toString('hex', i * 20, i * 20 + 20);
    if (!oid.startsWith(prefix)) break;
    out.push(oid);
  }
  return out;
}

/** Every object offset in ascending order: an object's bytes end where the next one starts. */
export function sortedOffsets(index: PackIndex): Float64Array {
  const offsets = new Float64Array(index.count);
  for (let i = 0; i < index.count; i++) offsets[i] = index.offsetAt(i);
  return offsets.sort();
}

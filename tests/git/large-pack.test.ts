// A pack over 2 GiB cannot be read whole (Node's largest single read), and its
// index keeps offsets past 2^31 in the 64-bit table of index version 2. Rather
// than write 4 GiB, this builds a sparse pack file: one blob near the start,
// an offset delta against it placed beyond 4 GiB, and the index git would
// write for them. The reader must find both by offset through a descriptor.
import { createHash } from 'node:crypto';
import { closeSync, ftruncateSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { openObjectStore } from '../../src/core/git/object-store.ts';
import { parsePackIndex } from '../../src/core/git/pack-index.ts';
import { openRepo } from '../../src/core/git/repo.ts';
import { cleanupRealGit, tempFolder } from '../helpers/real-git.ts';

afterAll(cleanupRealGit);

const blobId = (content: Buffer) => createHash('sha1').update(`blob ${content.length}\0`).update(content).digest();

/** A pack entry header: type and size in git's little-endian varint. */
function entryHeader(type: number, size: number): Buffer {
  const bytes = [(type << 4) | (size & 0x0f)];
  let rest = Math.floor(size / 16);
  while (rest > 0) {
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] as number) | 0x80;
    bytes.push(rest % 128);
    rest = Math.floor(rest / 128);
  }
  return Buffer.from(bytes);
}

/** An offset delta's distance back to its base, in git's big-endian "offset encoding" (each continuation adds one). */
function ofsDistance(distance: number): Buffer {
  const bytes = [distance % 128];
  let rest = Math.floor(distance / 128);
  while (rest > 0) {
    rest -= 1;
    bytes.unshift(0x80 | (rest % 128));
    rest = Math.floor(rest / 128);
  }
  return Buffer.from(bytes);
}

const varint = (n: number) => {
  const out: number[] = [];
  do {
    out.push((n & 0x7f) | (n >= 0x80 ? 0x80 : 0));
    n = Math.floor(n / 128);
  } while (n > 0);
  return Buffer.from(out);
};

describe('packs over 2 GiB', () => {
  it('reads objects at offsets past 4 GiB through the 64-bit offset table, with an offset delta spanning them', () => {
    const root = join(tempFolder(), 'big');
    const packDir = join(root, '.git/objects/pack');
    mkdirSync(packDir, { recursive: true });

    const base = Buffer.from('id: TST-2026-0001\nstatus: draft\n');
    const added = Buffer.from('summary: far away\n');
    const target = Buffer.concat([base, added]);
    // Delta: base size, result size, copy all of the base, insert the new line.
    const delta = Buffer.concat([varint(base.length), varint(target.length), Buffer.from([0x90, base.length, added.length]), added]);

    const baseAt = 12;
    const deltaAt = 2 ** 32 + 4096; // beyond what a 32-bit offset (or a whole-file read) can reach
    const first = Buffer.concat([entryHeader(3, base.length), deflateSync(base)]);
    const second = Buffer.concat([entryHeader(6, delta.length), ofsDistance(deltaAt - baseAt), deflateSync(delta)]);
    const packPath = join(packDir, 'pack-big.pack');
    const fd = openSync(packPath, 'w');
    writeSync(fd, Buffer.concat([Buffer.from('PACK'), Buffer.from([0, 0, 0, 2, 0, 0, 0, 2])]), 0, 12, 0);
    writeSync(fd, first, 0, first.length, baseAt);
    writeSync(fd, second, 0, second.length, deltaAt);
    ftruncateSync(fd, deltaAt + second.length + 20); // 20 bytes of trailing checksum (not checked by the reader)
    closeSync(fd);

    // Index version 2: fanout, sorted ids, CRCs, 4-byte offsets (high bit: 64-bit table), the 64-bit table, checksums.
    const entries = [
      { oid: blobId(base), offset: baseAt },
      { oid: blobId(target), offset: deltaAt },
    ].sort((x, y) => x.oid.compare(y.oid));
    const fanout = Buffer.alloc(1024);
    for (let b = 0; b < 256; b++) fanout.writeUInt32BE(entries.filter((e) => (e.oid[0] as number) <= b).length, b * 4);
    const large: Buffer[] = [];
    const small = entries.map((e) => {
      const word = Buffer.alloc(4);
      if (e.offset < 2 ** 31) word.writeUInt32BE(e.offset);
      else {
        word.writeUInt32BE((0x80000000 | large.length) >>> 0);
        const wide = Buffer.alloc(8);
        wide.writeBigUInt64BE(BigInt(e.offset));
        large.push(wide);
      }
      return word;
    });
    const idx = Buffer.concat([
      Buffer.from([0xff, 0x74, 0x4f, 0x63, 0, 0, 0, 2]),
      fanout,
      ...entries.map((e) => e.oid),
      Buffer.alloc(4 * entries.length),
      ...small,
      ...large,
      Buffer.alloc(40),
    ]);
    writeFileSync(join(packDir, 'pack-big.idx'), idx);

    const index = parsePackIndex(idx, 'pack-big.idx');
    expect([0, 1].map((i) => index.offsetAt(i)).sort((x, y) => x - y)).toEqual([baseAt, deltaAt]);

    const store = openObjectStore(openRepo(root) as NonNullable<ReturnType<typeof openRepo>>);
    expect(store.read(blobId(target).toString('hex'))).toEqual({ type: 'blob', content: target });
    expect(store.read(blobId(base).toString('hex'))).toEqual({ type: 'blob', content: base });
  });

  it('refuses an index whose large offset points outside its 64-bit table', () => {
    const fanout = Buffer.alloc(1024);
    for (let b = 0; b < 256; b++) fanout.writeUInt32BE(1, b * 4);
    const idx = Buffer.concat([
      Buffer.from([0xff, 0x74, 0x4f, 0x63, 0, 0, 0, 2]),
      fanout,
      Buffer.alloc(20),
      Buffer.alloc(4),
      Buffer.from([0x80, 0, 0, 5]),
      Buffer.alloc(40),
    ]);
    expect(() => parsePackIndex(idx, 'bad.idx').offsetAt(0)).toThrow(/large offset outside its table/);
  });
});

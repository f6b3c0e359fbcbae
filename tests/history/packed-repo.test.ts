// The history walk reads git objects itself (loose and packed) for speed; these
// tests hold it to what isomorphic-git reads from the same repositories.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import git from 'isomorphic-git';
import { afterEach, describe, expect, it } from 'vitest';
import { openObjectStore } from '../../src/core/git/object-store.ts';
import { openRepo } from '../../src/core/git/repo.ts';
import { loadHistory } from '../../src/core/history/walk-history.ts';
import { advisoryPath, advisoryYaml, makeTestRepo, type TestRepo } from '../helpers/test-repo.ts';
import { commitWith, day } from './git-fixtures.ts';

const repos: TestRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

function looseOids(gitdir: string): string[] {
  const objects = join(gitdir, 'objects');
  return readdirSync(objects)
    .filter((d) => /^[0-9a-f]{2}$/.test(d))
    .flatMap((d) => readdirSync(join(objects, d)).map((f) => d + f));
}

const plain = (history: ReturnType<typeof loadHistory>) => ({ ...history, byId: [...history.byId.entries()].sort() });

describe('packed repositories', () => {
  it('gives the same history from a pack file as from loose objects', async () => {
    const r = await makeTestRepo({}, { git: true });
    repos.push(r);
    const a = 'TST-2026-0001';
    r.write({ [`advisories/2025/${a}.yaml`]: advisoryYaml({ id: a, status: 'draft' }) });
    const base = await r.commit('draft', day('2026-03-01'));
    r.write({ [`advisories/2025/${a}.yaml`]: advisoryYaml({ id: a, published: '2026-03-03T09:00:00Z' }) });
    const side = await commitWith(r, 'publish on a branch', day('2026-03-03'), { parents: [base], noUpdateBranch: true });
    r.write({
      [`advisories/2025/${a}.yaml`]: advisoryYaml({ id: a, status: 'draft' }),
      [advisoryPath('TST-2026-0002')]: advisoryYaml({ id: 'TST-2026-0002' }),
    });
    const main = await commitWith(r, 'another', day('2026-03-04'));
    r.remove(`advisories/2025/${a}.yaml`);
    r.write({ [advisoryPath(a)]: advisoryYaml({ id: a, published: '2026-03-03T09:00:00Z' }) });
    await commitWith(r, 'merge and move', day('2026-03-06'), { parents: [main, side] });

    const loose = loadHistory(r.root);
    expect(loose.byId.get(a)?.revisions.map((v) => v.change)).toEqual(['added', 'modified', 'renamed']);

    const gitdir = join(r.root, '.git');
    const oids = looseOids(gitdir);
    const { filename } = await git.packObjects({ fs, dir: r.root, oids, write: true });
    await git.indexPack({ fs, dir: r.root, filepath: `.git/objects/pack/${filename}` });
    for (const d of readdirSync(join(gitdir, 'objects')).filter((d) => /^[0-9a-f]{2}$/.test(d)))
      rmSync(join(gitdir, 'objects', d), { recursive: true });
    expect(looseOids(gitdir)).toEqual([]);

    expect(plain(loadHistory(r.root))).toEqual(plain(loose));
  });

  it('applies offset and reference deltas as git writes them', async () => {
    const r = await makeTestRepo({}, { git: true });
    repos.push(r);
    const base = Buffer.from('status: published\n'.repeat(40));
    const target = Buffer.concat([base, Buffer.from('fixed: 2026-05-06T08:00:00Z\n')]);
    const oidOf = (content: Buffer) => createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
    const varint = (n: number) => {
      const out: number[] = [];
      do {
        let byte = n & 0x7f;
        n >>>= 7;
        if (n) byte |= 0x80;
        out.push(byte);
      } while (n);
      return out;
    };
    const tail = target.subarray(base.length);
    // Copy the whole base (offset 0, two size bytes), then insert the new line.
    const delta = Buffer.from([
      ...varint(base.length),
      ...varint(target.length),
      0x80 | 0x10 | 0x20,
      base.length & 0xff,
      base.length >> 8,
      tail.length,
      ...tail,
    ]);
    const header = (type: number, size: number) => {
      const out = [(type << 4) | (size & 0x0f) | (size > 15 ? 0x80 : 0)];
      for (let rest = size >> 4; rest; rest >>= 7) out.push((rest & 0x7f) | (rest >> 7 ? 0x80 : 0));
      return Buffer.from(out);
    };
    const first = Buffer.concat([header(3, base.length), deflateSync(base)]);
    const ofs = Buffer.concat([
      header(6, delta.length),
      Buffer.from([first.length]) /* distance back to the base; one byte while under 128 */,
      deflateSync(delta),
    ]);
    const ref = Buffer.concat([header(7, delta.length), Buffer.from(oidOf(base), 'hex'), deflateSync(delta)]);
    for (const [name, second] of [
      ['ofs', ofs],
      ['ref', ref],
    ] as const) {
      const body = Buffer.concat([Buffer.from('PACK'), Buffer.from([0, 0, 0, 2, 0, 0, 0, 2]), first, second]);
      const pack = Buffer.concat([body, createHash('sha1').update(body).digest()]);
      const dir = join(r.root, '.git/objects/pack');
      mkdirSync(dir, { recursive: true });
      for (const f of readdirSync(dir)) rmSync(join(dir, f));
      writeFileSync(join(dir, `pack-${name}.pack`), pack);
      const { oids } = await git.indexPack({ fs, dir: r.root, filepath: `.git/objects/pack/pack-${name}.pack` });
      expect(oids.sort()).toEqual([oidOf(base), oidOf(target)].sort());
      const store = openObjectStore(openRepo(r.root) as NonNullable<ReturnType<typeof openRepo>>);
      expect(store.read(oidOf(target))).toEqual({ type: 'blob', content: target });
      expect(store.read(oidOf(base)).content.equals(base)).toBe(true);
    }
  });
});

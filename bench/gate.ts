// Benchmark: the embargo gate on a repository of N advisories written in
// N/2 commits (the issue's target: 10,000 advisories, 5,000 commits, a change
// of one file, under 1 s). The fixture is written as one packfile, the way a
// CI checkout (`fetch-depth: 0`) receives history: objects deflated with
// node:zlib and tree versions stored as deltas, written directly (building
// 5,000 commits through isomorphic-git's loose-object writers takes minutes).
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';
import { runGate } from '../src/core/gate/index.ts';
import { timeProcess } from './check.ts';
import { syntheticAdvisory, syntheticId } from './synthetic.ts';

export async function run(projectRoot: string, sizes: number[]): Promise<void> {
  for (const n of sizes) {
    const root = mkdtempSync(join(tmpdir(), 'watchkeeper-bench-gate-'));
    try {
      // Built in a child process: Linux carries a parent's peak RSS across
      // fork+exec, so a fixture built here would inflate the gate's figure.
      const built = performance.now();
      const fixture = JSON.parse(
        execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--fixture', root, String(n)], {
          cwd: projectRoot,
          encoding: 'utf8',
        }),
      ) as Fixture;
      const buildSeconds = (performance.now() - built) / 1000;
      for (const [label, head] of [
        ['branch at tip', 'feature'],
        [`branch ${fixture.behind} commits behind`, 'old-feature'],
      ] as const) {
        const args = ['scripts/gate.ts', '--root', root, '--base', 'main', '--head', head, '--format', 'json'];
        const cold = timeProcess(projectRoot, args);
        const runs = [0, 1, 2].map(() => timeGate(projectRoot, args)).sort((a, b) => a.wall - b.wall);
        const median = runs[1] as { wall: number; cpu: number };
        const started = performance.now();
        const result = await runGate({ root, base: 'main', head, now: new Date('2026-11-24T12:00:00Z') });
        const warm = (performance.now() - started) / 1000;
        console.log(
          `gate   ${String(n).padStart(6)} advisories ${String(fixture.commits).padStart(5)} commits  ${label.padEnd(26)} ` +
            `cold ${median.wall.toFixed(2)} s (cpu ${median.cpu.toFixed(2)} s, median of 3)  in-process ${(warm * 1000).toFixed(0)} ms  ` +
            `peak ${cold.peakMiB} MiB  (${result.changes.length} changed, ${result.diagnostics.length} findings; fixture ${buildSeconds.toFixed(1)} s)`,
        );
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
}

/**
 * Wall and CPU time (user + system) of one gate process. CPU time shows the
 * cost on an idle machine when other work shares the cores.
 */
function timeGate(projectRoot: string, args: string[]): { wall: number; cpu: number } {
  const hook = `data:text/javascript,${encodeURIComponent("process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write('CPU_US=' + (u.user + u.system) + '\\n'); });")}`;
  const started = performance.now();
  const child = spawnSync(process.execPath, ['--import', hook, ...args], { cwd: projectRoot, encoding: 'utf8', maxBuffer: 1 << 26 });
  const wall = (performance.now() - started) / 1000;
  return { wall, cpu: Number(/CPU_US=(\d+)/.exec(child.stderr)?.[1] ?? Number.NaN) / 1e6 };
}

interface Fixture {
  commits: number;
  behind: number;
}

/**
 * A repository at `root` whose main branch ends with `n` advisories after
 * n/2 commits (the first holds half of them, each later one adds one), plus
 * `feature` (one advisory edited on top of main) and `old-feature` (the same
 * edit on a commit far behind main).
 */
export function writeGateFixture(root: string, projectRoot: string, n: number): Fixture {
  const pack = new PackWriter();
  const settings = pack.add('blob', readFileSync(join(projectRoot, 'watchkeeper.yaml')));
  const years = new Map<string, Map<string, string>>();
  const put = (i: number, text: string) => {
    const { id, year } = syntheticId(i);
    const folder = years.get(String(year)) ?? new Map<string, string>();
    years.set(String(year), folder);
    folder.set(`${id}.yaml`, pack.add('blob', Buffer.from(text)));
    return String(year);
  };
  const yearTrees = new Map<string, string>();
  const writeYear = (year: string) =>
    yearTrees.set(year, pack.addTree(`advisories/${year}`, entriesOf(years.get(year) ?? new Map(), '100644')));
  const writeRoot = () => {
    const advisories = pack.addTree('advisories', entriesOf(yearTrees, '40000'));
    return pack.addTree('', [
      ['40000', 'advisories', advisories],
      ['100644', 'watchkeeper.yaml', settings],
    ]);
  };
  const commitCount = Math.max(1, Math.floor(n / 2));
  const first = n - (commitCount - 1);
  for (let i = 0; i < first; i++) put(i, syntheticAdvisory(i));
  for (const year of years.keys()) writeYear(year);
  const start = Date.UTC(2016, 0, 1) / 1000;
  const commitAt = (tree: string, parents: string[], k: number) =>
    pack.add(
      'commit',
      Buffer.from(
        `tree ${tree}\n${parents.map((p) => `parent ${p}\n`).join('')}author Bench <bench@example.invalid> ${start + k * 3600} +0000\n` +
          `committer Bench <bench@example.invalid> ${start + k * 3600} +0000\n\ncommit ${k}\n`,
      ),
    );
  const chain: string[] = [commitAt(writeRoot(), [], 0)];
  for (let k = 1; k < commitCount; k++) {
    writeYear(put(first + k - 1, syntheticAdvisory(first + k - 1)));
    chain.push(commitAt(writeRoot(), [chain[k - 1] as string], k));
  }
  const main = chain.at(-1) as string;
  // The feature edits one advisory that exists at every point of history.
  const edit = (parent: string, k: number) => {
    writeYear(put(0, `${syntheticAdvisory(0)}coordinator: amara\n`));
    return commitAt(writeRoot(), [parent], k);
  };
  const feature = edit(main, commitCount);
  const behind = Math.min(1000, commitCount - 1);
  const oldBase = chain[commitCount - 1 - behind] as string;
  // Rebuild the old snapshot's trees for the old branch (advisories added later are absent there).
  for (let i = first + commitCount - 1 - behind; i < n; i++) {
    const { id, year } = syntheticId(i);
    years.get(String(year))?.delete(`${id}.yaml`);
  }
  for (const year of years.keys()) writeYear(year);
  const oldFeature = edit(oldBase, commitCount + 1);

  const name = pack.write(join(root, '.git', 'objects', 'pack'));
  mkdirSync(join(root, '.git', 'refs', 'heads'), { recursive: true });
  writeFileSync(join(root, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  writeFileSync(join(root, '.git', 'config'), '[core]\n\trepositoryformatversion = 0\n\tbare = false\n');
  for (const [ref, oid] of [
    ['main', main],
    ['feature', feature],
    ['old-feature', oldFeature],
  ]) {
    writeFileSync(join(root, '.git', 'refs', 'heads', ref as string), `${oid}\n`);
  }
  if (!name) throw new Error('empty pack');
  return { commits: commitCount, behind };
}

function entriesOf(map: Map<string, string>, mode: string): [string, string, string][] {
  return [...map].map(([path, oid]) => [mode, path, oid]);
}

const TYPES = { commit: 1, tree: 2, blob: 3 } as const;
const OFS_DELTA = 6;
/** Keep delta chains short, as git does (a full copy every so many versions). */
const KEYFRAME_EVERY = 50;

/** Writes a version-2 packfile and its index; tree versions become OFS_DELTAs against the last full copy of the same path. */
class PackWriter {
  private chunks: Buffer[] = [];
  private offset = 12;
  private index: { oid: Buffer; offset: number; crc: number }[] = [];
  private seen = new Set<string>();
  private keyframes = new Map<string, { offset: number; content: Buffer; versions: number }>();

  add(type: keyof typeof TYPES, content: Buffer): string {
    const oid = createHash('sha1').update(`${type} ${content.length}\0`).update(content).digest();
    const hex = oid.toString('hex');
    if (this.seen.has(hex)) return hex;
    this.seen.add(hex);
    this.push(oid, Buffer.concat([header(TYPES[type], content.length), deflateSync(content, { level: 1 })]));
    return hex;
  }

  addTree(path: string, entries: [string, string, string][]): string {
    entries.sort(([ma, a], [mb, b]) => compareTreeNames(a, ma, b, mb));
    const content = Buffer.concat(
      entries.map(([mode, name, oid]) => Buffer.concat([Buffer.from(`${mode} ${name}\0`), Buffer.from(oid, 'hex')])),
    );
    const oid = createHash('sha1').update(`tree ${content.length}\0`).update(content).digest();
    const hex = oid.toString('hex');
    if (this.seen.has(hex)) return hex;
    const key = this.keyframes.get(path);
    if (!key || key.versions >= KEYFRAME_EVERY) {
      const at = this.offset;
      this.add('tree', content);
      this.keyframes.set(path, { offset: at, content, versions: 0 });
      return hex;
    }
    key.versions++;
    this.seen.add(hex);
    const delta = makeDelta(key.content, content);
    const back = ofsEncode(this.offset - key.offset);
    this.push(oid, Buffer.concat([header(OFS_DELTA, delta.length), back, deflateSync(delta, { level: 1 })]));
    return hex;
  }

  /** Writes pack-<sha>.pack and .idx under `dir`; returns the pack name. */
  write(dir: string): string {
    mkdirSync(dir, { recursive: true });
    const head = Buffer.alloc(12);
    head.write('PACK', 0, 'latin1');
    head.writeUInt32BE(2, 4);
    head.writeUInt32BE(this.index.length, 8);
    const body = Buffer.concat([head, ...this.chunks]);
    const packSum = createHash('sha1').update(body).digest();
    const name = `pack-${packSum.toString('hex')}`;
    writeFileSync(join(dir, `${name}.pack`), Buffer.concat([body, packSum]));
    const sorted = [...this.index].sort((a, b) => Buffer.compare(a.oid, b.oid));
    const fanout = Buffer.alloc(256 * 4);
    for (let b = 0, i = 0; b < 256; b++) {
      while (i < sorted.length && (sorted[i]?.oid[0] ?? 256) <= b) i++;
      fanout.writeUInt32BE(i, b * 4);
    }
    const crcs = Buffer.alloc(sorted.length * 4);
    const offsets = Buffer.alloc(sorted.length * 4);
    sorted.forEach((e, i) => {
      crcs.writeUInt32BE(e.crc >>> 0, i * 4);
      offsets.writeUInt32BE(e.offset, i * 4);
    });
    const idx = Buffer.concat([
      Buffer.from([0xff, 0x74, 0x4f, 0x63, 0, 0, 0, 2]),
      fanout,
      ...sorted.map((e) => e.oid),
      crcs,
      offsets,
      packSum,
    ]);
    writeFileSync(join(dir, `${name}.idx`), Buffer.concat([idx, createHash('sha1').update(idx).digest()]));
    return name;
  }

  private push(oid: Buffer, entry: Buffer): void {
    this.index.push({ oid, offset: this.offset, crc: crc32(entry) });
    this.chunks.push(entry);
    this.offset += entry.length;
  }
}

/** Git orders tree entries by name, with a folder compared as if its name ended in '/'. */
function compareTreeNames(a: string, modeA: string, b: string, modeB: string): number {
  const ka = modeA === '40000' ? `${a}/` : a;
  const kb = modeB === '40000' ? `${b}/` : b;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function header(type: number, size: number): Buffer {
  const bytes = [(type << 4) | (size & 15)];
  let rest = size >>> 4;
  while (rest > 0) {
    bytes[bytes.length - 1] = (bytes.at(-1) as number) | 0x80;
    bytes.push(rest & 0x7f);
    rest >>>= 7;
  }
  return Buffer.from(bytes);
}

function ofsEncode(distance: number): Buffer {
  let n = distance;
  const bytes = [n & 0x7f];
  n >>>= 7;
  while (n > 0) {
    n--;
    bytes.unshift(0x80 | (n & 0x7f));
    n >>>= 7;
  }
  return Buffer.from(bytes);
}

function varint(n: number): number[] {
  const out: number[] = [];
  let rest = n;
  do {
    let byte = rest & 0x7f;
    rest >>>= 7;
    if (rest > 0) byte |= 0x80;
    out.push(byte);
  } while (rest > 0);
  return out;
}

/** A git delta: copy the common prefix and suffix from the base, insert the middle. */
function makeDelta(base: Buffer, target: Buffer): Buffer {
  let prefix = 0;
  const max = Math.min(base.length, target.length);
  while (prefix < max && base[prefix] === target[prefix]) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && base[base.length - 1 - suffix] === target[target.length - 1 - suffix]) suffix++;
  const out: number[] = [...varint(base.length), ...varint(target.length)];
  const copy = (offset: number, size: number) => {
    for (let done = 0; done < size; ) {
      const chunk = Math.min(0xffff, size - done);
      const at = offset + done;
      out.push(
        0x80 | 0x0f | 0x30,
        at & 0xff,
        (at >>> 8) & 0xff,
        (at >>> 16) & 0xff,
        (at >>> 24) & 0xff,
        chunk & 0xff,
        (chunk >>> 8) & 0xff,
      );
      done += chunk;
    }
  };
  copy(0, prefix);
  for (let i = prefix; i < target.length - suffix; i += 127) {
    const slice = target.subarray(i, Math.min(i + 127, target.length - suffix));
    out.push(slice.length, ...slice);
  }
  copy(base.length - suffix, suffix);
  return Buffer.from(out);
}

// Run as `node bench/gate.ts --fixture ROOT N` by run() above.
if (process.argv[2] === '--fixture' && process.argv[1] === fileURLToPath(import.meta.url)) {
  const [root, n] = process.argv.slice(3);
  process.stdout.write(JSON.stringify(writeGateFixture(root as string, process.cwd(), Number(n))));
}

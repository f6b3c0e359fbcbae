// Benchmark: the history walk over a repository of N advisories written in
// N/2 commits (the target: 10,000 advisories, 5,000 commits, < 5 s).
// The fixture is written with isomorphic-git's low-level object writers (no
// git binary) and grows like a real tracker: advisories are numbered in time
// order, 1,000 a year over ten years, so a commit writes into the current
// year's folder. Every commit adds one published advisory and one draft and
// publishes the previous commit's draft (so the walk must read old versions
// to find each first-published commit), and every tenth commit also amends
// an advisory from an earlier year.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import git from 'isomorphic-git';
import { cachedHistory } from '../src/core/history/history-cache.ts';
import type { History } from '../src/core/history/types.ts';
import { loadHistory } from '../src/core/history/walk-history.ts';
import { syntheticAdvisory } from './synthetic.ts';

export async function run(projectRoot: string, sizes: number[]): Promise<void> {
  for (const n of sizes) {
    const root = mkdtempSync(join(tmpdir(), 'watchkeeper-bench-history-'));
    try {
      const built = performance.now();
      const commits = await writeHistoryFixture(root, n);
      const buildSeconds = (performance.now() - built) / 1000;
      const started = performance.now();
      const cpu = process.cpuUsage();
      const history = loadHistory(root);
      const seconds = (performance.now() - started) / 1000;
      const used = process.cpuUsage(cpu);
      const rss = Math.round(process.memoryUsage().rss / 2 ** 20);
      console.log(
        `history ${String(n).padStart(6)} advisories ${String(commits).padStart(5)} commits  walk ${seconds.toFixed(2)} s (cpu ${((used.user + used.system) / 1e6).toFixed(2)} s)  ` +
          `(${history.byId.size} advisories dated, fixture built in ${buildSeconds.toFixed(1)} s)  rss ${rss} MiB`,
      );
      await cachedRuns(root, commits);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
    packed(projectRoot, n);
  }
}

/**
 * The history cache (src/core/history/history-cache.ts) on the same fixture:
 * the first walk that writes it, the same HEAD again, and HEAD moved by one
 * commit that amends one advisory (the rebuild's case), each compared with a
 * fresh walk of the same HEAD.
 */
async function cachedRuns(root: string, commits: number): Promise<void> {
  const cacheDir = join(root, '.bench-cache');
  const timed = (label: string, walk: () => History) => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const history = walk();
    const used = process.cpuUsage(cpu);
    const seconds = (performance.now() - started) / 1000;
    const equal = JSON.stringify([...history.byId]) === JSON.stringify([...loadHistory(root).byId]);
    console.log(
      `history ${String(commits).padStart(5)} commits  ${label.padEnd(38)} ${seconds.toFixed(2)} s (cpu ${((used.user + used.system) / 1e6).toFixed(2)} s)  equal to a fresh walk: ${equal ? 'yes' : 'NO'}`,
    );
  };
  timed('cached, first (walks and writes)', () => cachedHistory(root, {}, cacheDir));
  timed('cached, same HEAD (reads the file)', () => cachedHistory(root, {}, cacheDir));
  await amendOneAdvisory(root);
  timed('cached, HEAD one commit on (extends)', () => cachedHistory(root, {}, cacheDir));
}

/** Commits a change to the first advisory of the first year on top of HEAD (isomorphic-git's object writers: the fixture has no work tree). */
async function amendOneAdvisory(dir: string): Promise<void> {
  const head = await git.resolveRef({ fs, dir, ref: 'HEAD' });
  const { commit } = await git.readCommit({ fs, dir, oid: head });
  const entries = async (oid: string) => (await git.readTree({ fs, dir, oid })).tree;
  const top = await entries(commit.tree);
  const advisories = top.find((e) => e.path === 'advisories');
  if (!advisories) throw new Error('the fixture has no advisories folder');
  const years = await entries(advisories.oid);
  const year = years[0];
  if (!year) throw new Error('the fixture has no year folder');
  const files = await entries(year.oid);
  const file = files[0];
  if (!file) throw new Error('the fixture has no advisory');
  const { blob } = await git.readBlob({ fs, dir, oid: file.oid });
  file.oid = await git.writeBlob({
    fs,
    dir,
    blob: new TextEncoder().encode(`${new TextDecoder().decode(blob)}credits:\n  - name: The rebuild\n`),
  });
  year.oid = await git.writeTree({ fs, dir, tree: files });
  advisories.oid = await git.writeTree({ fs, dir, tree: years });
  const tree = await git.writeTree({ fs, dir, tree: top });
  const who = { ...commit.committer, timestamp: commit.committer.timestamp + 3600 };
  const oid = await git.writeCommit({
    fs,
    dir,
    commit: { message: 'amend one advisory\n', tree, parent: [head], author: who, committer: who },
  });
  await git.writeRef({ fs, dir, ref: 'refs/heads/main', value: oid, force: true });
}

/**
 * The same walk over a packed repository with delta-compressed trees, as a
 * clone receives it: bench/gate.ts writes such a fixture (one packfile), so
 * it is reused rather than written twice. Skipped if that writer is absent.
 */
function packed(projectRoot: string, n: number): void {
  const root = mkdtempSync(join(tmpdir(), 'watchkeeper-bench-history-packed-'));
  try {
    const out = execFileSync(process.execPath, [join(projectRoot, 'bench/gate.ts'), '--fixture', root, String(n)], {
      cwd: projectRoot,
      encoding: 'utf8',
    });
    const { commits } = JSON.parse(out) as { commits: number };
    const started = performance.now();
    const cpu = process.cpuUsage();
    const history = loadHistory(root);
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    console.log(
      `history ${String(n).padStart(6)} advisories ${String(commits).padStart(5)} commits  walk ${seconds.toFixed(2)} s (cpu ${((used.user + used.system) / 1e6).toFixed(2)} s)  ` +
        `packed with deltas (bench/gate.ts fixture, ${history.byId.size} advisories dated)`,
    );
  } catch (error) {
    console.log(`history ${String(n).padStart(6)} advisories  packed: skipped (${(error as Error).message.split('\n')[0]})`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Writes the fixture repository at `root`; returns the number of commits. */
export async function writeHistoryFixture(root: string, advisories: number): Promise<number> {
  const dir = root;
  await git.init({ fs, dir, defaultBranch: 'main' });
  const settings = await git.writeBlob({ fs, dir, blob: new TextEncoder().encode('name: Bench\n') });
  const years = new Map<string, Map<string, string>>();
  const blob = (text: string) => git.writeBlob({ fs, dir, blob: new TextEncoder().encode(text) });
  const perYear = Math.max(1, Math.ceil(advisories / 10));
  const idOf = (i: number) => {
    const year = 2016 + Math.floor(i / perYear);
    return { id: `KSA-${year}-${String((i % perYear) + 1).padStart(5, '0')}`, year };
  };
  const text = (i: number) => syntheticAdvisory(i).replace(/^id: .*$/m, `id: ${idOf(i).id}`);
  const draft = (i: number) =>
    text(i)
      .replace('status: published', 'status: draft')
      .replace(/\n {2}published: .*\n/, '\n');
  const put = (i: number, oid: string) => {
    const { id, year } = idOf(i);
    const folder = years.get(String(year)) ?? new Map<string, string>();
    years.set(String(year), folder);
    folder.set(`${id}.yaml`, oid);
    return String(year);
  };
  const treeOids = new Map<string, string>();
  let parent: string | undefined;
  const start = Date.UTC(2016, 0, 1) / 1000;
  const commits = Math.ceil(advisories / 2);
  for (let k = 0; k < commits; k++) {
    const touched = new Set<string>();
    touched.add(put(2 * k, await blob(draft(2 * k))));
    if (2 * k + 1 < advisories) touched.add(put(2 * k + 1, await blob(text(2 * k + 1))));
    if (k > 0) touched.add(put(2 * (k - 1), await blob(text(2 * (k - 1)))));
    if (k % 10 === 9) {
      const old = (k * 7919) % (2 * k);
      touched.add(put(old, await blob(`${text(old)}credits:\n  - name: Amended in commit ${k}\n`)));
    }
    for (const year of touched) {
      const entries = [...(years.get(year) ?? [])].map(([path, oid]) => ({ mode: '100644', path, oid, type: 'blob' as const }));
      treeOids.set(year, await git.writeTree({ fs, dir, tree: entries }));
    }
    const advisoriesTree = await git.writeTree({
      fs,
      dir,
      tree: [...treeOids].map(([path, oid]) => ({ mode: '040000', path, oid, type: 'tree' as const })),
    });
    const tree = await git.writeTree({
      fs,
      dir,
      tree: [
        { mode: '040000', path: 'advisories', oid: advisoriesTree, type: 'tree' },
        { mode: '100644', path: 'watchkeeper.yaml', oid: settings, type: 'blob' },
      ],
    });
    const who = { name: 'Bench', email: 'bench@example.invalid', timestamp: start + k * 3600, timezoneOffset: 0 };
    parent = await git.writeCommit({
      fs,
      dir,
      commit: { message: `advisories ${2 * k} and ${2 * k + 1}\n`, tree, parent: parent ? [parent] : [], author: who, committer: who },
    });
  }
  if (parent) await git.writeRef({ fs, dir, ref: 'refs/heads/main', value: parent, force: true });
  return commits;
}

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { random } from '../../bench/synthetic.ts';
import { cachedHistory, historyCacheFile, readHistoryCache } from '../../src/core/history/history-cache.ts';
import type { History } from '../../src/core/history/types.ts';
import { loadHistory } from '../../src/core/history/walk-history.ts';
import { advisoryYaml, SETTINGS_YAML } from '../helpers/test-repo.ts';

// The history cache must give exactly what a fresh walk gives, on every step
// of a real repository's life (made by the git binary), whatever the cache
// file holds.

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  roots.push(dir);
  return dir;
}

/** A repository driven by the git binary, with commit times that move one hour per commit. */
function gitRepo() {
  const root = tempDir('watchkeeper-history-cache-');
  let clock = Date.UTC(2026, 0, 1) / 1000;
  const git = (...args: string[]) => {
    clock += 3600;
    const date = `${clock} +0000`;
    return execFileSync('git', ['-C', root, '-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', ...args], {
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    }).trim();
  };
  git('init', '-q', '-b', 'main');
  writeFileSync(join(root, 'watchkeeper.yaml'), SETTINGS_YAML);
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  const commit = (message: string) => {
    git('add', '-A');
    git('commit', '-q', '--allow-empty', '-m', message);
    return git('rev-parse', 'HEAD');
  };
  return { root, git, write, commit };
}

/** The walk as plain data, key order included (a cache must not change an output byte). */
const plain = (h: History) => JSON.stringify({ ...h, byId: [...h.byId.entries()] });

interface Advisory {
  id: string;
  year: string;
  status: 'draft' | 'published';
  version: number;
  fixed: boolean;
}

const text = (a: Advisory) =>
  advisoryYaml({
    id: a.id,
    status: a.status,
    extra: `${a.fixed ? '  fixed: 2026-04-01T00:00:00Z\n' : ''}credits:\n  - name: Version ${a.version}\n`,
  });
const pathOf = (a: Advisory) => `advisories/${a.year}/${a.id}.yaml`;

describe('history cache', () => {
  it('equals a fresh walk on every step of random histories (add, amend, reformat, publish, fix, rename, delete, merge, rewrite)', () => {
    for (const seed of [1, 2, 3]) {
      const rand = random(seed);
      const repo = gitRepo();
      const cacheDir = tempDir('watchkeeper-history-cache-dir-');
      const live = new Map<string, Advisory>();
      let next = 1;
      const pick = (exclude: ReadonlySet<string> = new Set()) => {
        const ids = [...live.keys()].filter((id) => !exclude.has(id));
        return ids.length === 0 ? undefined : live.get(ids[Math.floor(rand() * ids.length)] as string);
      };
      /** One random change to the working tree; returns the id it touched. */
      const change = (exclude: ReadonlySet<string> = new Set(), addOnly = false): string => {
        const a = addOnly ? undefined : pick(exclude);
        const op = a ? Math.floor(rand() * 7) : 0;
        if (!a || op === 0) {
          const added: Advisory = {
            id: `TST-2026-${String(next++).padStart(4, '0')}`,
            year: '2026',
            status: rand() < 0.5 ? 'draft' : 'published',
            version: 0,
            fixed: false,
          };
          live.set(added.id, added);
          repo.write(pathOf(added), text(added));
          return added.id;
        }
        if (op === 1) a.version++;
        if (op === 2) a.status = 'published';
        if (op === 3) a.fixed = true;
        if (op === 4) {
          // A rename: the same id in another folder.
          rmSync(join(repo.root, pathOf(a)));
          a.year = a.year === '2026' ? '2025' : '2026';
        }
        if (op === 5) {
          // A reformat: bytes change, data does not.
          repo.write(pathOf(a), `# reformatted ${rand()}\n${text(a)}`);
          return a.id;
        }
        if (op === 6) {
          rmSync(join(repo.root, pathOf(a)));
          live.delete(a.id);
          return a.id;
        }
        repo.write(pathOf(a), text(a));
        return a.id;
      };

      let extended = 0;
      for (let step = 0; step < 24; step++) {
        const kind = step < 2 ? 0 : Math.floor(rand() * 10);
        if (kind <= 5) {
          change();
          if (rand() < 0.3) change();
          repo.commit(`step ${step}`);
        } else if (kind <= 7) {
          // A side branch merged with --no-ff, while main moved on elsewhere.
          const side = new Set<string>();
          repo.git('checkout', '-q', '-b', `side-${step}`);
          side.add(change());
          repo.commit(`side ${step}`);
          if (rand() < 0.5) {
            side.add(change(side));
            repo.commit(`side ${step} again`);
          }
          repo.git('checkout', '-q', 'main');
          if (rand() < 0.5) {
            change(side, true);
            repo.commit(`main ${step}`);
          }
          repo.git('merge', '-q', '--no-ff', '-m', `merge ${step}`, `side-${step}`);
        } else if (kind === 8) {
          // A rewritten HEAD: the cached commit is no longer an ancestor.
          change();
          repo.git('add', '-A');
          repo.git('commit', '-q', '--amend', '--allow-empty', '-m', `amended ${step}`);
        } else {
          // Main fast-forwarded to a branch that merged main into itself: the
          // cached commit is an ancestor, but not on the first-parent line.
          const base = repo.git('rev-parse', 'HEAD');
          repo.git('checkout', '-q', '-b', `topic-${step}`, 'HEAD~1');
          // Without a commit of its own, the cached commit still ends the walk's
          // first stretch (where its own walk put it) but now lands by the merge.
          if (rand() < 0.5) {
            change(new Set(), true);
            repo.commit(`topic ${step}`);
          }
          repo.git('merge', '-q', '--no-ff', '-m', `merge main into topic ${step}`, base);
          repo.git('checkout', '-q', 'main');
          repo.git('merge', '-q', '--ff-only', `topic-${step}`);
        }
        const before = readHistoryCache(historyCacheFile(cacheDir, repo.root, 'advisories'), repo.root, 'advisories');
        const fresh = loadHistory(repo.root);
        const cached = cachedHistory(repo.root, {}, cacheDir);
        expect(plain(cached), `seed ${seed} step ${step}`).toBe(plain(fresh));
        if (before && before.head !== fresh.head) extended++;
        // The same HEAD again: served from the file, still equal.
        expect(plain(cachedHistory(repo.root, {}, cacheDir))).toBe(plain(fresh));
      }
      expect(extended).toBeGreaterThan(10);
    }
  }, 300_000); // Three histories of real git commits: about 30 s alone, several times that on a loaded machine.

  it('extends the cached walk rather than walking again, and walks afresh when HEAD is not a first-parent descendant', () => {
    const repo = gitRepo();
    const cacheDir = tempDir('watchkeeper-history-cache-dir-');
    const a: Advisory = { id: 'TST-2026-0001', year: '2026', status: 'published', version: 0, fixed: false };
    const b: Advisory = { id: 'TST-2026-0002', year: '2026', status: 'published', version: 0, fixed: false };
    repo.write(pathOf(a), text(a));
    repo.write(pathOf(b), text(b));
    repo.commit('two advisories');
    cachedHistory(repo.root, {}, cacheDir);
    // Mark an entry in the cache file that the next commit does not touch: if the
    // walk is extended, the mark survives; if it walked afresh, it would not.
    const file = historyCacheFile(cacheDir, repo.root, 'advisories');
    const marked = JSON.parse(readFileSync(file, 'utf8'));
    marked.entries.find((e: { id: string }) => e.id === a.id).revisions[0].subject = 'from the cache';
    writeFileSync(file, JSON.stringify(marked));
    b.version++;
    repo.write(pathOf(b), text(b));
    repo.commit('amend b');
    const extended = cachedHistory(repo.root, {}, cacheDir);
    expect(extended.byId.get(a.id)?.revisions[0]?.subject).toBe('from the cache');
    expect(extended.byId.get(b.id)?.revisions.map((r) => r.subject)).toEqual(['two advisories', 'amend b']);
    // A rewritten HEAD does not descend from the cached commit: the mark is gone.
    repo.git('commit', '-q', '--amend', '-m', 'amend b, reworded');
    expect(plain(cachedHistory(repo.root, {}, cacheDir))).toBe(plain(loadHistory(repo.root)));
  });

  it('ignores a corrupt, foreign or other-version cache file and walks afresh', () => {
    const repo = gitRepo();
    const cacheDir = tempDir('watchkeeper-history-cache-dir-');
    const a: Advisory = { id: 'TST-2026-0001', year: '2026', status: 'published', version: 0, fixed: false };
    repo.write(pathOf(a), text(a));
    repo.commit('one advisory');
    const file = historyCacheFile(cacheDir, repo.root, 'advisories');
    cachedHistory(repo.root, {}, cacheDir);
    const good = JSON.parse(readFileSync(file, 'utf8'));
    good.entries[0].revisions[0].subject = 'from the cache';
    const attacks: unknown[] = [
      'not json {',
      { ...good, version: 'another version of the code' },
      { ...good, root: '/somewhere/else' },
      { ...good, folder: 'vulns' },
      { ...good, head: 'HEAD' },
      { ...good, head: '0'.repeat(40) },
      { ...good, commits: 2 },
      { ...good, commits: -1 },
      { ...good, entries: [{ id: a.id }] },
      { ...good, entries: [...good.entries, ...good.entries] },
      { ...good, entries: 'none' },
      null,
    ];
    for (const attack of attacks) {
      writeFileSync(file, typeof attack === 'string' ? attack : JSON.stringify(attack));
      const history = cachedHistory(repo.root, {}, cacheDir);
      expect(history.byId.get(a.id)?.revisions[0]?.subject, JSON.stringify(attack).slice(0, 80)).toBe('one advisory');
      expect(plain(history)).toBe(plain(loadHistory(repo.root)));
    }
    // Unchanged HEAD, intact file: the file is what is served.
    writeFileSync(file, JSON.stringify(good));
    expect(cachedHistory(repo.root, {}, cacheDir).byId.get(a.id)?.revisions[0]?.subject).toBe('from the cache');
  });

  it('stores no shallow history: its diagnostics are computed afresh', () => {
    const repo = gitRepo();
    const cacheDir = tempDir('watchkeeper-history-cache-dir-');
    for (let i = 1; i <= 3; i++) {
      const a: Advisory = { id: `TST-2026-000${i}`, year: '2026', status: 'published', version: 0, fixed: false };
      repo.write(pathOf(a), text(a));
      repo.commit(`advisory ${i}`);
    }
    const clone = tempDir('watchkeeper-history-cache-clone-');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.root}`, clone]);
    const history = cachedHistory(clone, {}, cacheDir);
    expect(history.shallow).toBe(true);
    expect(plain(history)).toBe(plain(loadHistory(clone)));
    expect(readHistoryCache(historyCacheFile(cacheDir, clone, 'advisories'), clone, 'advisories')).toBeUndefined();
  });
});

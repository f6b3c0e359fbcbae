// Repositories made by Debian's real `git` binary, for the tests of Watchkeeper's
// own object reader: real packs (deltas of any depth, ref deltas, several packs,
// a multi-pack-index, index v1), shallow and partial clones. Every commit has a
// fixed date, so runs are reproducible.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { advisoryYaml, SETTINGS_YAML } from './test-repo.ts';

export interface RealGitRepo {
  root: string;
  git(...args: string[]): string;
  write(files: Record<string, string>): void;
  /** Commits everything in the working tree at `epoch` seconds; returns the commit id. */
  commit(message: string, epoch: number): string;
}

const folders: string[] = [];

/** A temp folder removed by cleanupRealGit(). */
export function tempFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wk-real-git-'));
  folders.push(dir);
  return dir;
}

export function cleanupRealGit(): void {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Runs git in `cwd` with no user or system config, so the machine's settings change nothing. */
export function runGit(cwd: string, args: string[], epoch = 1_772_000_000): string {
  const home = join(tmpdir(), 'wk-real-git-home');
  mkdirSync(home, { recursive: true });
  const date = `@${epoch} +0000`;
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: home,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_AUTHOR_NAME: 'Ada Tester',
      GIT_AUTHOR_EMAIL: 'ada@example.org',
      GIT_COMMITTER_NAME: 'Ada Tester',
      GIT_COMMITTER_EMAIL: 'ada@example.org',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    },
  });
}

/** A new repository made with `git init` (extra init flags such as `--object-format=sha256`). */
export function realGitRepo(initFlags: string[] = [], root = join(tempFolder(), 'repo')): RealGitRepo {
  mkdirSync(root, { recursive: true });
  runGit(root, ['init', '-q', '-b', 'main', ...initFlags]);
  return openRealGit(root);
}

/** A handle on an existing repository made by git (a clone). */
export function openRealGit(root: string): RealGitRepo {
  return {
    root,
    git: (...args) => runGit(root, args),
    write(files) {
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
      }
    },
    commit(message, epoch) {
      runGit(root, ['add', '-A'], epoch);
      runGit(root, ['commit', '-q', '--allow-empty', '-m', message], epoch);
      return runGit(root, ['rev-parse', 'HEAD']).trim();
    },
  };
}

const DAY = 86_400;
const START = 1_772_355_600; // 2026-03-01T09:00:00Z

/** A long details block revised one more line each round: each version is closest to the one before, so git chains their deltas. */
const details = (round: number) =>
  `details: |\n${Array.from({ length: 80 }, (_, i) => `  Line ${i} of the analysis${i <= round ? `, revised in round ${i}` : ''}.`).join('\n')}\n`;

/**
 * A tracker history with what the walk and the gate must get right: adds,
 * edits, a rename across year folders, a deletion, a side branch merged
 * cleanly, a merge that resolves a conflict with new content, a mode-only change, a non-advisory file in advisories/, and many edits of one file
 * (for delta chains). Returns the commit ids, oldest first.
 */
export function buildTrackerHistory(repo: RealGitRepo, edits = 12): string[] {
  const a = 'TST-2026-0001';
  const b = 'TST-2026-0002';
  const c = 'TST-2026-0003';
  const shas: string[] = [];
  let t = START;
  const next = () => {
    t += DAY;
    return t;
  };
  repo.write({
    'watchkeeper.yaml': SETTINGS_YAML,
    'advisories/README.md': 'Advisories live here.\n',
    [`advisories/2026/${a}.yaml`]: advisoryYaml({ id: a, status: 'draft', extra: details(0) }),
  });
  shas.push(repo.commit('first draft', next()));
  repo.write({
    [`advisories/2026/${a}.yaml`]: advisoryYaml({ id: a, published: '2026-03-03T10:00:00Z', extra: details(1) }),
    [`advisories/2026/${b}.yaml`]: advisoryYaml({ id: b, status: 'draft', package: 'gadget' }),
  });
  shas.push(repo.commit('publish one, draft two', next()));
  repo.write({ [`advisories/2025/${c}.yaml`]: advisoryYaml({ id: c, published: '2026-03-04T10:00:00Z', package: 'doohickey' }) });
  shas.push(repo.commit('three, filed under 2025', next()));
  repo.git('checkout', '-q', '-b', 'side');
  repo.write({
    [`advisories/2025/${c}.yaml`]: advisoryYaml({ id: c, published: '2026-03-04T10:00:00Z', package: 'doohickey', extra: details(2) }),
  });
  shas.push(repo.commit('details for three on a branch', next()));
  repo.git('checkout', '-q', 'main');
  repo.write({ [`advisories/2026/${b}.yaml`]: advisoryYaml({ id: b, status: 'draft', package: 'gadget', extra: details(3) }) });
  shas.push(repo.commit('details for two', next()));
  runGit(repo.root, ['merge', '-q', '--no-ff', '-m', 'merge side', 'side'], next());
  shas.push(repo.git('rev-parse', 'HEAD').trim());
  // An "evil" merge: both sides changed three and the resolution is neither, so the merge itself changed it.
  const three = (round: number) => advisoryYaml({ id: c, published: '2026-03-04T10:00:00Z', package: 'doohickey', extra: details(round) });
  repo.git('checkout', '-q', '-b', 'fix');
  repo.write({ [`advisories/2025/${c}.yaml`]: three(5) });
  shas.push(repo.commit('fix three on a branch', next()));
  repo.git('checkout', '-q', 'main');
  repo.write({ [`advisories/2025/${c}.yaml`]: three(6).replace('Line 0', 'First line') });
  shas.push(repo.commit('fix three on main', next()));
  try {
    runGit(repo.root, ['merge', '-q', '--no-ff', 'fix'], next());
  } catch {
    // The conflict is the point; it is resolved by hand below.
  }
  repo.write({ [`advisories/2025/${c}.yaml`]: three(7) });
  shas.push(repo.commit('merge fix, resolving three by hand', t));
  repo.git('mv', `advisories/2025/${c}.yaml`, `advisories/2026/${c}.yaml`);
  repo.git('rm', '-q', `advisories/2026/${b}.yaml`);
  shas.push(repo.commit('move three, drop the draft two', next()));
  // A mode-only change: git lists it as modified, and so must the walk and the gate.
  chmodSync(join(repo.root, `advisories/2026/${c}.yaml`), 0o755);
  shas.push(repo.commit('make three executable by mistake', next()));
  for (let round = 4; round < 4 + edits; round++) {
    repo.write({ [`advisories/2026/${a}.yaml`]: advisoryYaml({ id: a, published: '2026-03-03T10:00:00Z', extra: details(round) }) });
    shas.push(repo.commit(`revise one (${round})`, next()));
  }
  return shas;
}

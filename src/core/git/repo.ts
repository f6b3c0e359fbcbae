import type * as fs from 'node:fs';
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** An open repository for read-only plumbing. */
export interface GitRepo {
  /** The working tree root. */
  dir: string;
  /** The .git directory (resolved from a `.git` file for worktrees and submodules): HEAD and per-worktree refs. */
  gitdir: string;
  /** The directory shared by all worktrees (`commondir`): objects, refs, packed-refs, shallow, config. Equals gitdir outside worktrees. */
  commondir: string;
  /**
   * Why this reader cannot read the repository (SHA-256 object format,
   * reftable refs, an unknown extension), or undefined when it can. Every
   * read refuses such a repository; callers turn this into a diagnostic.
   */
  unsupported?: string;
}

/** Opens the repository whose working tree is `root`, or returns undefined when `root` has no `.git`. */
export function openRepo(root: string): GitRepo | undefined {
  const dotgit = join(root, '.git');
  let stat: fs.Stats;
  try {
    stat = statSync(dotgit);
  } catch {
    return undefined;
  }
  let gitdir = dotgit;
  if (stat.isFile()) {
    // A worktree or submodule: `.git` is a file naming the real directory.
    const match = /^gitdir:\s*(.+?)\s*$/m.exec(readFileSync(dotgit, 'utf8'));
    if (!match?.[1]) return undefined;
    gitdir = match[1].startsWith('/') ? match[1] : join(root, match[1]);
  }
  let commondir = gitdir;
  try {
    commondir = resolve(gitdir, readFileSync(join(gitdir, 'commondir'), 'utf8').trim());
  } catch {
    // No commondir file: not a linked worktree.
  }
  const unsupported = unsupportedFormat(readConfig(commondir));
  return { dir: root, gitdir, commondir, ...(unsupported ? { unsupported } : {}) };
}

/** The `[core]` and `[extensions]` keys of a git config file, lower-cased as git compares them. */
function readConfig(commondir: string): Map<string, string> {
  const out = new Map<string, string>();
  let text = '';
  try {
    text = readFileSync(join(commondir, 'config'), 'utf8');
  } catch {
    return out;
  }
  let section = '';
  for (const raw of text.split('\n')) {
    const line = raw.replace(/[;#].*$/, '').trim();
    const header = /^\[\s*([A-Za-z0-9.-]+)(?:\s+"[^"]*")?\s*\]$/.exec(line);
    if (header?.[1]) {
      section = header[1].toLowerCase();
      continue;
    }
    const pair = /^([A-Za-z][A-Za-z0-9-]*)\s*(?:=\s*(.*))?$/.exec(line);
    if (pair?.[1] && (section === 'core' || section === 'extensions')) {
      out.set(`${section}.${pair[1].toLowerCase()}`, (pair[2] ?? 'true').replace(/^"(.*)"$/, '$1').trim());
    }
  }
  return out;
}

// Extensions that change nothing this reader relies on. A partial clone's missing
// objects are found object by object and reported where they are needed.
const HARMLESS_EXTENSIONS = new Set(['noop', 'noop-v1', 'partialclone', 'preciousobjects', 'worktreeconfig']);

/**
 * Git refuses a repository with an extension it does not know; so does this
 * reader, because an extension changes how objects or refs are stored and a
 * reader that ignored it would see a wrong or empty history.
 */
function unsupportedFormat(config: Map<string, string>): string | undefined {
  const objectFormat = (config.get('extensions.objectformat') ?? 'sha1').toLowerCase();
  if (objectFormat !== 'sha1') {
    return `it uses the ${objectFormat} object format (extensions.objectFormat), and Watchkeeper reads only SHA-1 repositories`;
  }
  const refStorage = (config.get('extensions.refstorage') ?? 'files').toLowerCase();
  if (refStorage !== 'files') {
    return `it stores its refs as ${refStorage} (extensions.refStorage), and Watchkeeper reads only the files ref format (refs/ and packed-refs)`;
  }
  const version = Number(config.get('core.repositoryformatversion') ?? '0');
  if (version > 1) return `its core.repositoryformatversion is ${version}, newer than git's format 1 that Watchkeeper reads`;
  if (version === 1) {
    for (const key of config.keys()) {
      const name = key.slice('extensions.'.length);
      if (key.startsWith('extensions.') && !HARMLESS_EXTENSIONS.has(name) && name !== 'objectformat' && name !== 'refstorage') {
        return `it enables the git extension ${name}, which Watchkeeper does not know`;
      }
    }
  }
  return undefined;
}

/**
 * The commits where a shallow clone's history was cut (the `shallow` file).
 * Their parents are named but absent, so anything they seem to "add" may be
 * older. Empty for a full clone.
 */
export function shallowBoundary(repo: GitRepo): Set<string> {
  try {
    const text = readFileSync(join(repo.commondir, 'shallow'), 'utf8');
    return new Set(text.split('\n').filter((line) => /^[0-9a-f]{40,64}$/.test(line)));
  } catch {
    return new Set();
  }
}

/** True when the repository is a shallow clone (its history is cut somewhere). */
export function isShallow(repo: GitRepo): boolean {
  return shallowBoundary(repo).size > 0;
}

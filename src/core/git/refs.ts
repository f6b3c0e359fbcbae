import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isNotFound, type ObjectStore } from './object-store.ts';
import type { GitRepo } from './repo.ts';

/**
 * Resolves a ref to a commit id synchronously, the way git does: a full id as
 * is, HEAD and symbolic refs followed, then refs/<name>, refs/tags/<name>,
 * refs/heads/<name>, refs/remotes/<name>, loose files before packed-refs,
 * annotated tags peeled. Undefined when it names no commit (e.g. an empty
 * repository's HEAD).
 */
export function resolveCommitSync(repo: GitRepo, store: ObjectStore, ref = 'HEAD'): string | undefined {
  let common = repo.gitdir;
  const commondir = join(repo.gitdir, 'commondir');
  if (existsSync(commondir)) common = resolve(repo.gitdir, readFileSync(commondir, 'utf8').trim());
  const packed = new Map<string, string>();
  const packedFile = join(common, 'packed-refs');
  if (existsSync(packedFile)) {
    for (const line of readFileSync(packedFile, 'utf8').split('\n')) {
      const m = /^([0-9a-f]{40,64}) (\S+)$/.exec(line);
      if (m) packed.set(m[2] as string, m[1] as string);
    }
  }
  const lookup = (name: string, depth: number): string | undefined => {
    if (depth > 8) return undefined;
    // HEAD and other per-worktree refs live in the git dir; shared refs in the common dir.
    for (const dir of [repo.gitdir, common]) {
      const file = join(dir, name);
      if (!existsSync(file)) continue;
      const text = readFileSync(file, 'utf8').trim();
      if (text.startsWith('ref: ')) return lookup(text.slice(5).trim(), depth + 1);
      if (/^[0-9a-f]{40,64}$/.test(text)) return text;
    }
    return packed.get(name);
  };
  let oid: string | undefined;
  if (/^[0-9a-f]{40}$/.test(ref)) oid = ref;
  else {
    for (const name of [ref, `refs/${ref}`, `refs/tags/${ref}`, `refs/heads/${ref}`, `refs/remotes/${ref}`, `refs/remotes/${ref}/HEAD`]) {
      if (name.includes('..') || name.startsWith('/')) continue;
      oid = lookup(name, 0);
      if (oid) break;
    }
  }
  // Peel annotated tags down to the commit.
  for (let i = 0; oid && i < 8; i++) {
    let object: ReturnType<ObjectStore['read']>;
    try {
      object = store.read(oid);
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
    if (object.type === 'commit') return oid;
    if (object.type !== 'tag') return undefined;
    oid = /^object ([0-9a-f]{40,64})$/m.exec(object.content.toString('latin1'))?.[1];
  }
  return undefined;
}

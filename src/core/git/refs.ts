import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawObject } from './object-store.ts';
import { MissingObjectError, readObject, storeOf, UnreadableObjectError } from './objects.ts';
import type { GitRepo } from './repo.ts';

/**
 * THE ref resolver: a ref to a commit id, the way git does it — a full id as
 * is, HEAD and symbolic refs followed, then refs/<name>, refs/tags/<name>,
 * refs/heads/<name>, refs/remotes/<name>, refs/remotes/<name>/HEAD; loose ref
 * files before packed-refs; per-worktree refs (HEAD) from the worktree's git
 * dir, shared ones from the common dir; annotated tags peeled. Undefined when
 * it names no commit (e.g. an empty repository's HEAD).
 */
export function resolveRef(repo: GitRepo, ref = 'HEAD'): string | undefined {
  storeOf(repo); // refuses a repository format this reader does not implement, before reading any ref
  const packed = new Map<string, string>();
  const packedFile = join(repo.commondir, 'packed-refs');
  if (existsSync(packedFile)) {
    for (const line of readFileSync(packedFile, 'utf8').split('\n')) {
      const m = /^([0-9a-f]{40}) (\S+)$/.exec(line);
      if (m) packed.set(m[2] as string, m[1] as string);
    }
  }
  const lookup = (name: string, depth: number): string | undefined => {
    if (depth > 8) return undefined;
    for (const dir of [repo.gitdir, repo.commondir]) {
      const file = join(dir, name);
      if (!existsSync(file)) continue;
      const text = readFileSync(file, 'utf8').trim();
      if (text.startsWith('ref: ')) return lookup(text.slice(5).trim(), depth + 1);
      if (/^[0-9a-f]{40}$/.test(text)) return text;
    }
    return packed.get(name);
  };
  let oid: string | undefined;
  if (/^[0-9a-f]{40}$/.test(ref)) oid = ref;
  else {
    for (const name of [ref, `refs/${ref}`, `refs/tags/${ref}`, `refs/heads/${ref}`, `refs/remotes/${ref}`, `refs/remotes/${ref}/HEAD`]) {
      if (name.split('/').includes('..') || name.startsWith('/')) continue;
      oid = lookup(name, 0);
      if (oid) break;
    }
  }
  return oid ? peelToCommit(repo, oid) : undefined;
}

/** Follows annotated tags down to the commit they name; undefined for a missing object or one that is not a commit. */
export function peelToCommit(repo: GitRepo, start: string): string | undefined {
  let oid: string | undefined = start;
  for (let i = 0; oid && i < 8; i++) {
    let object: RawObject;
    try {
      object = readObject(repo, oid);
    } catch (error) {
      if (error instanceof MissingObjectError && !(error instanceof UnreadableObjectError)) return undefined;
      throw error;
    }
    const type = object.type;
    if (type === 'commit') return oid;
    if (type !== 'tag') return undefined;
    oid = /^object ([0-9a-f]{40})$/m.exec(object.content.toString('latin1'))?.[1];
  }
  return undefined;
}

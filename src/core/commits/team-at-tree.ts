import { type GitRepo, readBlobBytes, readTreeEntries, type TreeEntry } from '../git/index.ts';
import { loadDatabase } from '../load.ts';
import type { RotationTerm, TeamMember } from '../model.ts';
import { SETTINGS_FILE } from '../settings.ts';
import { type TeamKey, teamKeysFrom } from '../signing/team-keys.ts';

/** The team as one commit's tree records it: roster, terms and published keys. */
export interface TeamAtTree {
  members: TeamMember[];
  terms: RotationTerm[];
  keys: TeamKey[];
}

const REGULAR = new Set(['100644', '100755']);

/**
 * Reads the roster, terms and keys from a tree (not the working tree), through
 * the same loader as everything else. The commit check uses the team of the
 * base branch's tip, in the spirit of `guix git authenticate`: a change cannot
 * authorise itself by adding its author's key or term, and a branch made from
 * an old commit cannot bring back a key revoked or removed since.
 */
export async function teamAtTree(repo: GitRepo, tree: string, now: Date): Promise<TeamAtTree> {
  const top = await readTreeEntries(repo, tree);
  const bytes = new Map<string, Uint8Array>();
  const rotations: string[] = [];
  const keys: string[] = [];
  const settings = top.find((e) => e.path === SETTINGS_FILE && REGULAR.has(e.mode));
  if (settings) bytes.set(SETTINGS_FILE, await readBlobBytes(repo, settings.oid));
  const walk = async (entry: TreeEntry, rel: string): Promise<void> => {
    if (entry.type === 'tree') {
      for (const child of await readTreeEntries(repo, entry.oid)) await walk(child, `${rel}/${child.path}`);
      return;
    }
    // Links and submodules are refused by the loader's own listing; here they are simply not read.
    if (entry.type !== 'blob' || !REGULAR.has(entry.mode)) return;
    if (/^rotations\/keys\/[^/]+\.asc$/.test(rel)) keys.push(rel);
    else if (/^rotations\/(.+\/)?[^/]+\.yaml$/.test(rel)) rotations.push(rel);
    else return;
    bytes.set(rel, await readBlobBytes(repo, entry.oid));
  };
  const rotationsEntry = top.find((e) => e.path === 'rotations' && e.type === 'tree');
  if (rotationsEntry) await walk(rotationsEntry, 'rotations');
  rotations.sort();
  keys.sort();
  const db = loadDatabase(repo.dir, {
    now,
    prepared: { files: { advisories: [], rotations, keys, triage: [], releases: [], diagnostics: [] }, bytes },
  });
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const teamKeys = await teamKeysFrom(db.members, keys, db.settings.contact.key_fingerprint, async (file) => {
    const b = bytes.get(file);
    return b ? decoder.decode(b) : undefined;
  });
  return { members: db.members, terms: db.terms, keys: teamKeys };
}

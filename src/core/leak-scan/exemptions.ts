import { MissingObjectError, openRepo, readBlobBytes } from '../git/index.ts';
import type { AdvisoryHistory, History } from '../history/types.ts';
import type { HistoryFolder } from '../history/walk-history.ts';
import { buildMatcher } from './matcher.ts';
import type { LeakNeedles } from './needles.ts';
import { decodeText } from './normalise.ts';

const decoder = new TextDecoder();

/**
 * Boilerplate that a publishable advisory and a secret one share ("Update to
 * the fixed version") is not a leak when it is provably older than the secret:
 * present in a version of a publishable advisory that landed on the branch
 * before the secret advisory's file first appeared. Order is the history
 * walk's landing order, not commit dates, which anyone can set. Without
 * history, or when the secret's first commit is not in it (a shallow clone, a
 * file not yet committed), nothing is exempt: the scan fails closed. Ids are
 * never exempt. `history` is called only when something was found, so a clean
 * scan never walks history.
 *
 * Triage records (vulns/) follow the same rule: their first commit comes from
 * the walk of vulns/, and versions of publishable records count as older text
 * like versions of publishable advisories.
 *
 * Returns the indexes (into needles.needles) of the exempt needles among `found`.
 */
export function olderTextExemptions(
  root: string,
  needles: LeakNeedles,
  secretIds: ReadonlySet<string>,
  history: (folder: HistoryFolder) => History,
): (found: ReadonlySet<number>) => ReadonlySet<number> {
  return (found) => {
    const exempt = new Set<number>();
    const candidates = [...found].filter((i) => needles.needles[i] && needles.needles[i].owner.kind !== 'id');
    if (candidates.length === 0) return exempt;
    // One walk per data folder, each only when needed: a triage record's first commit is in vulns/'s history.
    const walks = new Map<HistoryFolder, History>();
    const walkOf = (folder: HistoryFolder) => {
      if (!walks.has(folder)) walks.set(folder, history(folder));
      return walks.get(folder) as History;
    };
    const folderOf = (i: number): HistoryFolder => (needles.needles[i]?.owner.file.startsWith('vulns/') ? 'vulns' : 'advisories');
    const firstOf = new Map<string, number>();
    for (const i of candidates) {
      const walk = walkOf(folderOf(i));
      if (!walk.available) continue;
      const id = needles.needles[i]?.owner.id.toUpperCase() as string;
      const entry = walk.byId.get(id);
      if (!entry || entry.truncated || entry.revisions.length === 0) continue;
      firstOf.set(`${folderOf(i)}:${id}`, Math.min(...entry.revisions.map((r) => r.landedOrder)));
    }
    const ownerKey = (i: number) => `${folderOf(i)}:${needles.needles[i]?.owner.id.toUpperCase()}`;
    const usable = candidates.filter((i) => firstOf.has(ownerKey(i)));
    if (usable.length === 0) return exempt;
    const latest = Math.max(...firstOf.values());
    const repo = openRepo(root);
    if (!repo) return exempt;
    const matcher = buildMatcher(usable.map((i) => needles.needles[i]?.words as string[]));
    // Sources: every version of a publishable advisory or triage record that landed before the secret appeared.
    const sources: [HistoryFolder, string, AdvisoryHistory][] = [];
    for (const folder of ['advisories', 'vulns'] as const) {
      const walk = walkOf(folder);
      if (walk.available) for (const [id, entry] of walk.byId) sources.push([folder, id, entry]);
    }
    for (const [folder, id, entry] of sources) {
      if (secretIds.has(id)) continue;
      for (const revision of entry.revisions) {
        if (!revision.blob || revision.landedOrder >= latest) continue;
        let bytes: Uint8Array;
        try {
          bytes = readBlobBytes(repo, revision.blob);
        } catch (error) {
          // A version this clone lacks proves nothing older: it exempts nothing (fail closed).
          if (error instanceof MissingObjectError) continue;
          throw error;
        }
        const text = decoder.decode(bytes);
        matcher.scan(decodeText(text), (k) => {
          const needle = usable[k] as number;
          const owner = ownerKey(needle);
          if (owner !== `${folder}:${id}` && revision.landedOrder < (firstOf.get(owner) as number)) exempt.add(needle);
        });
      }
    }
    return exempt;
  };
}

import { isPublishable, publishableAdvisories } from './embargo/publishable.ts';
import { type AdvisoryFacts, advisoryFacts } from './export/facts.ts';
import { type AdvisoryDates, advisoryDates, historyOnce } from './history/history-once.ts';
import type { History } from './history/types.ts';
import type { Advisory, Database } from './model.ts';

/** Why an entry is shown although it is not public: only ever set in a preview. */
export type PreviewMark = 'draft' | 'embargoed' | 'scheduled';

/** One advisory as readers see it: data, derived facts and dates, computed once. */
export interface PublishedEntry {
  advisory: Advisory;
  facts: AdvisoryFacts;
  dates: AdvisoryDates;
  /** Set only in a preview, for an advisory that is not publishable; pages show a banner. */
  preview?: PreviewMark;
}

/**
 * The publishable part of a Database, with the indexes a reader looks things
 * up by. Database's own byId/byAlias/byPackage hold everything loaded,
 * embargoed advisories included, for the checks; these hold only what may be
 * shown, so a page, feed or export that looks up here cannot reach a secret.
 */
export interface PublishedView {
  /** The publishable set (publishableAdvisories), newest first: feeds and exports read only this. */
  published: PublishedEntry[];
  /** What pages list: the publishable set, plus marked previews when asked for. */
  entries: PublishedEntry[];
  /** Upper-cased id → entry. */
  byId: Map<string, PublishedEntry>;
  /** Upper-cased alias (CVE, GHSA, …) → entries that list it. */
  byAlias: Map<string, PublishedEntry[]>;
  /** Upstream vulnerability ids (OSV `upstream`, upper case) that are no entry's alias, to the entries derived from them. */
  byUpstream: Map<string, PublishedEntry[]>;
  /** `ecosystem/name` → entries affecting that package. */
  byPackage: Map<string, PublishedEntry[]>;
}

export interface PublishedViewOptions {
  /** Add the advisories that are not publishable, marked (the dev preview only: it publishes nothing). */
  preview?: boolean;
  /** Where the dates' history comes from; core's walk-once historyOnce by default (the site passes one that also prints its problems). */
  historyOf?: (root: string) => History;
}

/** The publishable entries of `db` at `now`, with facts, dates and indexes. */
export function publishedView(db: Database, now: Date, options: PublishedViewOptions = {}): PublishedView {
  const historyOf = options.historyOf ?? historyOnce;
  const entry = (advisory: Advisory, mark?: PreviewMark): PublishedEntry => ({
    advisory,
    facts: advisoryFacts(advisory, db.settings),
    // historyOf walks once and caches, so the walk happens at the first entry (never for a site without advisories).
    dates: advisoryDates(db, advisory, historyOf(db.root)),
    ...(mark ? { preview: mark } : {}),
  });
  const published = publishableAdvisories(db, now).map((a) => entry(a));
  const previews = options.preview
    ? db.advisories
        .filter((a) => !isPublishable(a, now))
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((a) => entry(a, a.status === 'draft' ? 'draft' : a.status === 'embargoed' ? 'embargoed' : 'scheduled'))
    : [];
  const entries = [...previews, ...published];
  const byId = new Map<string, PublishedEntry>();
  const byAlias = new Map<string, PublishedEntry[]>();
  const byPackage = new Map<string, PublishedEntry[]>();
  for (const e of entries) {
    byId.set(e.advisory.id.toUpperCase(), e);
    for (const alias of e.advisory.aliases ?? []) push(byAlias, alias.toUpperCase(), e);
    for (const p of e.facts.packages) push(byPackage, p.key, e);
  }
  const byUpstream = new Map<string, PublishedEntry[]>();
  for (const e of entries) {
    for (const id of new Set(e.facts.upstream.map((u) => u.toUpperCase()))) if (!byAlias.has(id)) push(byUpstream, id, e);
  }
  return { published, entries, byId, byAlias, byUpstream, byPackage };
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

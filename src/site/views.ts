import { type PackageRef, SEVERITY_FACETS, type SeverityFacet } from '../core/export/facts.ts';
import type { FeedEntry } from '../core/export/feeds.ts';
import { newest } from '../core/export/newest.ts';
import type { Entry, SiteData } from './database.ts';

/** The statuses a public list can show (drafts and embargoed exist only in the dev preview). */
export const LIST_STATUSES = ['published', 'withdrawn', 'draft', 'embargoed'] as const;

export interface Facets {
  years: { year: string; count: number }[];
  severities: { severity: SeverityFacet; count: number }[];
  statuses: { status: string; count: number }[];
  packages: { pkg: PackageRef; count: number }[];
}

/** The values each filter offers, with counts, from the listed entries. */
export function facetsOf(entries: Entry[]): Facets {
  const years = new Map<string, number>();
  const severities = new Map<SeverityFacet, number>();
  const statuses = new Map<string, number>();
  const packages = new Map<string, { pkg: PackageRef; count: number }>();
  for (const e of entries) {
    years.set(e.facts.year, (years.get(e.facts.year) ?? 0) + 1);
    severities.set(e.facts.severity, (severities.get(e.facts.severity) ?? 0) + 1);
    statuses.set(e.advisory.status, (statuses.get(e.advisory.status) ?? 0) + 1);
    for (const p of e.facts.packages) {
      const slot = packages.get(p.key);
      if (slot) slot.count++;
      else packages.set(p.key, { pkg: p, count: 1 });
    }
  }
  return {
    years: [...years].map(([year, count]) => ({ year, count })).sort((a, b) => b.year.localeCompare(a.year)),
    severities: SEVERITY_FACETS.filter((s) => severities.has(s)).map((severity) => ({ severity, count: severities.get(severity) ?? 0 })),
    statuses: LIST_STATUSES.filter((s) => statuses.has(s)).map((status) => ({ status, count: statuses.get(status) ?? 0 })),
    packages: [...packages.values()].sort((a, b) => a.pkg.name.localeCompare(b.pkg.name) || a.pkg.ecosystem.localeCompare(b.pkg.ecosystem)),
  };
}

/** Feed input from the publishable set only: previews never reach a feed or export, not even in dev. */
const feedEntriesCache = new WeakMap<object, FeedEntry[]>();

/** (Only `published` is read, so the export worker can pass its copy of the data: see export-files.ts.) */
export function feedEntriesOf(data: Pick<SiteData, 'published'>): FeedEntry[] {
  const known = feedEntriesCache.get(data);
  if (known) return known;
  const entries = data.published
    .map((e) => ({
      advisory: e.advisory,
      facts: e.facts,
      published: e.dates.published ?? e.dates.modified,
      modified: e.dates.modified,
    }))
    // In feedEntries' order (newest change first), so each of the many feeds sorts an already sorted list: linear, not n log n.
    .sort((a, b) => b.modified.localeCompare(a.modified) || a.advisory.id.localeCompare(b.advisory.id));
  feedEntriesCache.set(data, entries);
  return entries;
}

/** The newest change across the publishable set (for sitemaps and provider metadata), or the clock when it is empty. */
export function lastChange(data: SiteData): string {
  const latest = newest(data.published.map((e) => e.dates.modified));
  return latest || data.now.toISOString().replace('.000Z', 'Z');
}

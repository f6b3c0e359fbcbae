import { shownTriage } from '../embargo/hidden-advisories.ts';
import { publishableAdvisories } from '../embargo/publishable.ts';
import { cveUrl } from '../export/facts.ts';
import { type Database, packageKey } from '../model.ts';
import type { TriageEvent } from '../types.gen.ts';
import { currentEvent, expectedYear, type Release, type TriageRecord, type TriageStatus } from './model.ts';

/**
 * What a reader sees of one tracked vulnerability (the /vulns/<ID>/ page, the
 * vulns index and the package pages): the Debian view, rows packages, columns
 * releases, each cell the current status in words with its details and the
 * event log behind it. Computed here from the publishable sets only, so the
 * pages lay it out and decide nothing.
 */
export interface VulnView {
  id: string;
  aliases: string[];
  summary: string;
  publishedUpstream?: string;
  references: { type: string; url: string }[];
  /** The releases that have a column: every release some package of this record is tracked in, in the inventory's order. */
  releases: ReleaseColumn[];
  rows: VulnRow[];
  /** The most worrying current status across every package and release (STATUS_ORDER). */
  worst: TriageStatus;
  /** STATUS_LABELS[worst]. */
  worstLabel: string;
  /** The record's year folder (expectedYear): the year part of its CSAF VEX address. */
  year: string;
  /** The team's publishable advisories that cover it (their aliases name the id or one of its aliases), by id. */
  advisories: { id: string; summary: string }[];
  /** The upstream record: cve.org for a CVE, osv.dev for any other id. */
  upstream: { label: string; href: string };
}

export interface ReleaseColumn {
  id: string;
  name: string;
  ecosystem: string;
}

export interface VulnRow {
  package: string;
  /** One per column of VulnView.releases; undefined where the package is not tracked in that release. */
  cells: (VulnCell | undefined)[];
}

export interface VulnCell {
  release: string;
  /** The release's ecosystem (e.g. `Kestrel:4`): with the package name, its package page. */
  ecosystem: string;
  /** `ecosystem/name` of the package in this release: the key of the package pages. */
  packageKey: string;
  status: TriageStatus;
  /** The status in words, e.g. `Not affected`. */
  label: string;
  /** Since when: the instant of the latest event. */
  since: string;
  /** The details of the current status in words: fixed version, justification and statement, reason. */
  details: string[];
  /** The fix's advisory when it is publishable (a link on the page). */
  advisory?: string;
  /** The record's events of this cell, oldest first, as in the file (the same array: nothing copied); cellEvents gives them in words. */
  recorded: readonly TriageEvent[];
}

export interface EventView {
  at: string;
  status: TriageStatus;
  label: string;
  by?: string;
  /** Details and note, in words. */
  text: string[];
}

/** Readers' words for each status. */
export const STATUS_LABELS: Readonly<Record<TriageStatus, string>> = {
  detected: 'Needs triage',
  investigating: 'Under investigation',
  affected: 'Affected',
  not_affected: 'Not affected',
  fixed: 'Fixed',
  will_not_fix: 'Will not fix',
  rejected: 'Rejected upstream',
};

/**
 * Most worrying first: affected and unfixed, then will not fix (affected and
 * staying so), then not yet decided, then the closed ones. A record's "worst"
 * status is the first of these any of its cells has, so the index files a
 * vulnerability under the heading a worried reader looks at first.
 */
export const STATUS_ORDER: readonly TriageStatus[] = [
  'affected',
  'will_not_fix',
  'investigating',
  'detected',
  'fixed',
  'not_affected',
  'rejected',
];

/** The VEX justifications (CISA/OpenVEX list) in words. */
export const JUSTIFICATION_LABELS: Readonly<Record<NonNullable<TriageEvent['justification']>, string>> = {
  component_not_present: 'the vulnerable component is not present',
  vulnerable_code_not_present: 'the vulnerable code is not present',
  vulnerable_code_not_in_execute_path: 'the vulnerable code is not in the execute path',
  vulnerable_code_cannot_be_controlled_by_adversary: 'the vulnerable code cannot be controlled by an adversary',
  inline_mitigations_already_exist: 'inline mitigations already exist',
};

/** The worst of some statuses by STATUS_ORDER (the last one for none, which does not happen: a record has one cell at least). */
export function worstStatus(statuses: Iterable<TriageStatus>): TriageStatus {
  let best = STATUS_ORDER.length - 1;
  for (const s of statuses) best = Math.min(best, STATUS_ORDER.indexOf(s));
  return STATUS_ORDER[best] as TriageStatus;
}

/** The upstream record of an id: its cve.org record (cveUrl), else its osv.dev page (GHSA and OSV ids are all there). */
export function upstreamLink(id: string): { label: string; href: string } {
  const cve = cveUrl(id);
  if (cve) return { label: 'cve.org', href: cve };
  return { label: 'osv.dev', href: `https://osv.dev/vulnerability/${encodeURIComponent(id)}` };
}

/** The publishable triage records as readers see them, by id (publishableTriage's order), computed once for a build. */
export interface VulnViews {
  views: VulnView[];
  /** Upper-cased id or alias → the view whose page it resolves to (first record by id wins; check reports duplicates). */
  byName: Map<string, VulnView>;
  /** `ecosystem/name` → the views with a cell for that package in a release of that ecosystem. */
  byPackage: Map<string, VulnView[]>;
  /** Every package a view has a cell for, by `ecosystem/name` (the keys of byPackage), sorted by name then ecosystem. */
  packages: { ecosystem: string; name: string; key: string }[];
}

/** The cells of one package (by `ecosystem/name`) in a view, with their release's name: a package page's line per vulnerability. */
export function cellsOfPackage(view: VulnView, key: string): { release: ReleaseColumn; cell: VulnCell }[] {
  const out: { release: ReleaseColumn; cell: VulnCell }[] = [];
  for (const row of view.rows)
    row.cells.forEach((cell, i) => {
      const release = view.releases[i];
      if (cell && release && cell.packageKey === key) out.push({ release, cell });
    });
  return out;
}

/** Every publishable record's view at `now` (shownTriage and publishableAdvisories only). */
export function vulnViews(db: Database, now: Date): VulnViews {
  const advisories = publishableAdvisories(db, now);
  const advisoriesByName = new Map<string, { id: string; summary: string }[]>();
  for (const a of advisories)
    for (const alias of a.aliases ?? []) {
      const key = alias.toUpperCase();
      const list = advisoriesByName.get(key) ?? [];
      list.push({ id: a.id, summary: a.summary });
      advisoriesByName.set(key, list);
    }
  const publishedIds = new Set(advisories.map((a) => a.id.toUpperCase()));
  const order = new Map(db.releases.map((r, i) => [r.id, i]));
  const views = shownTriage(db, now).map((record) =>
    vulnView(record, {
      release: (id) => db.releaseById.get(id),
      releaseOrder: (id) => order.get(id) ?? Number.MAX_SAFE_INTEGER,
      defaultEcosystem: db.settings.default_ecosystem,
      advisoriesNaming: (name) => advisoriesByName.get(name.toUpperCase()) ?? [],
      isPublishedAdvisory: (id) => publishedIds.has(id.toUpperCase()),
    }),
  );
  const byName = new Map<string, VulnView>();
  const byPackage = new Map<string, VulnView[]>();
  const packages = new Map<string, { ecosystem: string; name: string; key: string }>();
  for (const view of views) {
    for (const row of view.rows)
      for (const c of row.cells)
        if (c && !packages.has(c.packageKey)) packages.set(c.packageKey, { ecosystem: c.ecosystem, name: row.package, key: c.packageKey });
    for (const name of [view.id, ...view.aliases]) if (!byName.has(name.toUpperCase())) byName.set(name.toUpperCase(), view);
    const keys = new Set(view.rows.flatMap((row) => row.cells.flatMap((c) => (c ? [c.packageKey] : []))));
    for (const key of keys) {
      const list = byPackage.get(key);
      if (list) list.push(view);
      else byPackage.set(key, [view]);
    }
  }
  const sorted = [...packages.values()].sort((a, b) => a.name.localeCompare(b.name) || a.ecosystem.localeCompare(b.ecosystem));
  return { views, byName, byPackage, packages: sorted };
}

interface ViewContext {
  release(id: string): Release | undefined;
  releaseOrder(id: string): number;
  defaultEcosystem: string;
  advisoriesNaming(name: string): { id: string; summary: string }[];
  isPublishedAdvisory(id: string): boolean;
}

function vulnView(record: TriageRecord, ctx: ViewContext): VulnView {
  const releaseIds = [...new Set(record.packages.flatMap((p) => p.releases.map((r) => r.release)))].sort(
    (a, b) => ctx.releaseOrder(a) - ctx.releaseOrder(b) || a.localeCompare(b),
  );
  const releases = releaseIds.map((id) => {
    const release = ctx.release(id);
    return { id, name: release?.name ?? id, ecosystem: release?.ecosystem ?? ctx.defaultEcosystem };
  });
  const rows = record.packages.map((pkg) => ({
    package: pkg.name,
    cells: releases.map((column) => {
      const tracked = pkg.releases.find((r) => r.release === column.id);
      return tracked ? cellOf(pkg.name, column, tracked.events, ctx) : undefined;
    }),
  }));
  const worst = worstStatus(rows.flatMap((r) => r.cells.flatMap((c) => (c ? [c.status] : []))));
  const advisories = new Map<string, { id: string; summary: string }>();
  for (const name of [record.id, ...(record.aliases ?? [])]) for (const a of ctx.advisoriesNaming(name)) advisories.set(a.id, a);
  return {
    id: record.id,
    aliases: record.aliases ?? [],
    summary: record.summary,
    ...(record.published_upstream ? { publishedUpstream: record.published_upstream } : {}),
    references: record.references ?? [],
    releases,
    rows,
    worst,
    worstLabel: STATUS_LABELS[worst],
    year: expectedYear(record) ?? '',
    advisories: [...advisories.values()].sort((a, b) => a.id.localeCompare(b.id)),
    upstream: upstreamLink(record.id),
  };
}

function cellOf(name: string, column: ReleaseColumn, events: readonly TriageEvent[], ctx: ViewContext): VulnCell | undefined {
  const current = currentEvent(events);
  if (!current) return undefined;
  return {
    release: column.id,
    ecosystem: column.ecosystem,
    packageKey: packageKey(column.ecosystem, name),
    status: current.status,
    label: STATUS_LABELS[current.status],
    since: current.at,
    details: detailsOf(current),
    // Only a publishable advisory is linked: an embargoed one's id must not reach the page.
    ...(current.advisory && ctx.isPublishedAdvisory(current.advisory) ? { advisory: current.advisory } : {}),
    recorded: events,
  };
}

/**
 * A cell's events, oldest first, in words: made when a page shows them rather
 * than kept in the view, because every view lives for the whole build (the
 * index, package pages, sitemap and exports share them) and only the record's
 * own page shows the history.
 */
export function cellEvents(cell: VulnCell): EventView[] {
  return cell.recorded.map((e) => ({
    at: e.at,
    status: e.status,
    label: STATUS_LABELS[e.status],
    ...(e.by ? { by: e.by } : {}),
    text: [...detailsOf(e), ...(e.note ? [e.note] : [])],
  }));
}

/** An event's status-specific fields in words (the advisory id is linked separately, and only when publishable). */
function detailsOf(e: TriageEvent): string[] {
  const out: string[] = [];
  if (e.version) out.push(`Fixed in ${e.version}`);
  // The update often just repeats the advisory id, which is linked on its own (and only when publishable).
  if (e.update && e.update !== e.advisory) out.push(`Shipped in ${e.update}`);
  if (e.commit) out.push(`Commit ${e.commit.slice(0, 12)}`);
  if (e.justification) out.push(`Not affected: ${JUSTIFICATION_LABELS[e.justification]}`);
  if (e.statement) out.push(e.statement);
  if (e.reason) out.push(e.reason);
  return out;
}

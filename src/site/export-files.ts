import { type CsafInput, csafText, toCsaf } from '../core/export/csaf-document.ts';
import { csafListings, sha512File } from '../core/export/csaf-provider.ts';
import { FEED_FORMATS, renderFeed } from '../core/export/feeds.ts';
import { absolute, paths, segment } from '../core/export/paths.ts';
import { redirectPage } from '../core/export/redirect-page.ts';
import { safeJson } from '../core/export/safe-json.ts';
import { trackerJson } from '../core/export/tracker-json.ts';
import { osvId } from '../core/osv/osv-names.ts';
import type { OsvRecord } from '../core/osv/osv-types.ts';
import { toOsv } from '../core/osv/to-osv.ts';
import type { Settings } from '../core/settings.ts';
import type { TriageRecord } from '../core/triage/model.ts';
import type { Entry, SiteData } from './database.ts';
import { triageFilesOf, vexSubfoldersOf } from './triage-exports.ts';
import { feedEntriesOf } from './views.ts';

/** One file of the per-advisory exports: a path under dist/ and its bytes. */
export interface ExportFile {
  path: string;
  body: string;
  /**
   * Write only when nothing is there yet: the lower-case spellings of ids, which
   * on a case-insensitive file system are the very same path as the page itself.
   */
  ifAbsent?: boolean;
}

/**
 * Everything the exports are made from: the part of the build's checked
 * SiteData they read, with the triage views already computed (exportDataOf in
 * exports.ts). Plain data only, so it can be handed to a worker thread by
 * structured clone and give there the very bytes it gives here.
 */
export interface ExportData {
  published: Entry[];
  byAlias: SiteData['byAlias'];
  byUpstream: SiteData['byUpstream'];
  db: Pick<SiteData['db'], 'settings' | 'releaseById'>;
  now: Date;
  /** The shown triage records (publishedTriage). */
  triage: TriageRecord[];
  /** Each tracked vulnerability's page: its id, summary and aliases (vulnsOf's views). */
  vulns: { id: string; summary: string; aliases: string[] }[];
  /** Upper-cased ids and aliases that resolve to a tracked vulnerability's page (vulnsOf's byName). */
  tracked: Set<string>;
}

/** An advisory's OSV record, dated by the one dates function. */
export function osvRecordOf(settings: Settings, entry: Entry): OsvRecord {
  return toOsv(
    entry.advisory,
    settings,
    { published: entry.dates.published ?? entry.dates.modified, modified: entry.dates.modified },
    { page: absolute(settings.site_url, paths.advisory(entry.advisory.id)) },
  );
}

function csafInput(entry: Entry): CsafInput {
  return {
    advisory: entry.advisory,
    facts: entry.facts,
    published: entry.dates.published ?? entry.dates.modified,
    modified: entry.dates.modified,
    revisions: entry.dates.revisions,
  };
}

/** The CSAF document's bytes, as published and hashed. */
export function csafTextFor(settings: Settings, entry: Entry): string {
  return csafText(toCsaf(csafInput(entry), settings));
}

/** The CSAF document's file name (the last part of its path). */
export function csafFileOf(entry: Entry): string {
  return csafFileName(entry.advisory.id, entry.facts.year);
}

function csafFileName(id: string, year: string): string {
  return paths.csafDocument(id, year).split('/').pop() ?? '';
}

/**
 * What the exports need of one advisory besides its own files (the CSAF
 * listings, the redirect pages of its id and its packages): kept for the
 * whole publishable set while the advisories' own files are made a batch at
 * a time, so only what those pages print.
 */
export interface AdvisorySummary {
  id: string;
  summary: string;
  year: string;
  packages: { ecosystem: string; name: string }[];
}

/**
 * Everything the exports are made from besides each advisory's own files
 * (advisoryFilesOf): the advisories' summaries, where each alias and upstream
 * id leads, the triage records and views. Small beside the entries, so the
 * export worker gets it whole and the entries in batches (export-run.ts).
 */
export interface ExportIndex {
  db: ExportData['db'];
  triage: TriageRecord[];
  vulns: ExportData['vulns'];
  tracked: Set<string>;
  /** The publishable set's summaries, in its order. */
  advisories: AdvisorySummary[];
  /** Each alias (upper case, in byAlias' order) that leads to an advisory: the first entry listing it, when that is no preview. */
  aliases: [alias: string, advisory: { id: string; summary: string }][];
  /** Each upstream id (in byUpstream's order) with the ids of the advisories derived from it that are no preview, sorted; never empty. */
  upstream: [id: string, ids: string[]][];
}

/** The summary of the exports' data that the redirect pages and listings are made from (see ExportIndex). */
export function exportIndexOf(data: ExportData): ExportIndex {
  const aliases: ExportIndex['aliases'] = [];
  for (const [alias, entries] of data.byAlias) {
    const entry = entries[0];
    if (entry && !entry.preview) aliases.push([alias, { id: entry.advisory.id, summary: entry.advisory.summary }]);
  }
  const upstream: ExportIndex['upstream'] = [];
  for (const [id, all] of data.byUpstream) {
    const ids = all
      .filter((e) => !e.preview)
      .map((e) => e.advisory.id)
      .sort((a, b) => a.localeCompare(b));
    if (ids.length) upstream.push([id, ids]);
  }
  return {
    db: { settings: data.db.settings, releaseById: data.db.releaseById },
    triage: data.triage,
    vulns: data.vulns,
    tracked: data.tracked,
    advisories: data.published.map(({ advisory, facts }) => ({
      id: advisory.id,
      summary: advisory.summary,
      year: facts.year,
      packages: facts.packages.map(({ ecosystem, name }) => ({ ecosystem, name })),
    })),
    aliases,
    upstream,
  };
}

/**
 * Every per-advisory file of the publishable set: tracker JSON, OSV, the CSAF
 * document with its .sha512 (advisoryFilesOf), then the files made from the
 * whole set (indexFilesOf): the CSAF listings, the page of each alias (which
 * sends the reader on to its advisory), the triage exports. There are several
 * per advisory, so the build writes them directly (see integration.ts)
 * instead of routing tens of thousands of endpoints through Astro; the bytes
 * come from the same functions, in this order, batch by batch (export-worker.ts).
 */
export function* exportFilesOf(data: ExportData, options: { legacyFeeds?: boolean } = {}): Generator<ExportFile> {
  for (const entry of data.published) yield* advisoryFilesOf(data.db.settings, entry);
  yield* indexFilesOf(exportIndexOf(data));
  if (options.legacyFeeds !== false) yield* legacyFeedFiles(data);
}

/** One advisory's own files: tracker JSON, OSV, the CSAF document and its .sha512. */
export function* advisoryFilesOf(settings: Settings, entry: Entry): Generator<ExportFile> {
  const { advisory, facts } = entry;
  yield { path: paths.advisoryJson(advisory.id), body: trackerJson(advisory, entry.dates) };
  yield { path: paths.osv(osvId(advisory.id, settings)), body: `${safeJson(osvRecordOf(settings, entry))}\n` };
  const csaf = csafTextFor(settings, entry);
  const csafPath = paths.csafDocument(advisory.id, facts.year);
  yield { path: csafPath, body: csaf };
  yield { path: `${csafPath}.sha512`, body: sha512File(csaf, csafFileOf(entry)) };
}

/** The files made from the whole publishable set, after every advisory's own (see exportFilesOf). */
export function* indexFilesOf(index: ExportIndex): Generator<ExportFile> {
  // Static hosts list no folders, and CSAF aggregators walk them: an index.html in each CSAF folder.
  const subfolders = vexSubfoldersOf(index.triage);
  for (const listing of csafListings(
    index.advisories.map((a) => ({ year: a.year, file: csafFileName(a.id, a.year) })),
    { subfolders },
  )) {
    yield { path: `${listing.path}index.html`, body: listing.html };
  }
  yield* redirectFilesOf(index);
  // OpenVEX, CSAF VEX and OSV per tracked vulnerability, from the publishable triage records.
  yield* triageFilesOf(index.triage, index.db);
}

/**
 * The redirect pages among them: every fallback (ifAbsent) of the exports is
 * one, so the export worker makes these twice (cheap templates) instead of
 * keeping every fallback until the pages are written.
 */
export function* redirectFilesOf(index: ExportIndex): Generator<ExportFile> {
  const { settings } = index.db;
  yield* vulnSpellings(index);
  // Ids a publishable triage record tracks resolve to its page (vulnSpellings); every other alias resolves to its advisory (an alias listed twice is a check error, so there is one).
  const { tracked } = index;
  for (const [alias, advisory] of index.aliases) {
    if (tracked.has(alias)) continue;
    const target = paths.advisory(advisory.id);
    const body = redirectPage({
      title: `${alias}: ${advisory.id}`,
      target,
      text: `${alias} is covered by ${advisory.id}: ${advisory.summary}.`,
      canonical: absolute(settings.site_url, target),
    });
    yield { path: `${paths.vuln(alias)}index.html`, body };
    yield* lowerCaseSpelling(paths.vuln(alias), body);
  }
  // An upstream id leads to the advisory derived from it, or to a search for it when several are.
  for (const [id, ids] of index.upstream) {
    if (tracked.has(id)) continue;
    const one = ids.length === 1 ? ids[0] : undefined;
    const target = one !== undefined ? paths.advisory(one) : `${paths.search()}?q=${encodeURIComponent(id)}`;
    const body = redirectPage({
      title: one !== undefined ? `${id}: ${one}` : `${id}: ${ids.length} advisories`,
      target,
      text: `${id} is the upstream vulnerability of ${ids.join(', ')}.`,
      canonical: absolute(settings.site_url, target),
      ...(one !== undefined ? {} : { linkText: 'Search for them' }),
    });
    yield { path: `${paths.vuln(id)}index.html`, body };
    yield* lowerCaseSpelling(paths.vuln(id), body);
  }
  yield* readerSpellings(index);
}

/**
 * The addresses of a tracked vulnerability besides its page (/vulns/<ID>/,
 * rendered by src/pages/vulns/[id].astro): each alias, unless it is another
 * record's own id (that page wins), and the lower-case spellings of all of
 * them, every one sending the reader to the record's page.
 */
function* vulnSpellings(index: ExportIndex): Generator<ExportFile> {
  const views = index.vulns;
  const pages = new Set(views.map((v) => v.id.toUpperCase()));
  const seen = new Set<string>();
  for (const view of views) {
    const target = paths.vuln(view.id);
    const canonical = absolute(index.db.settings.site_url, target);
    yield* lowerCaseSpelling(
      target,
      redirectPage({ title: view.id, target, text: `${view.id}: ${view.summary}.`, canonical, linkText: `Go to ${view.id}` }),
    );
    for (const alias of view.aliases) {
      const key = alias.toUpperCase();
      if (pages.has(key) || seen.has(key)) continue;
      seen.add(key);
      const body = redirectPage({
        title: `${alias}: ${view.id}`,
        target,
        text: `${alias} is an alias of ${view.id}: ${view.summary}.`,
        canonical,
        linkText: `Go to ${view.id}`,
      });
      yield { path: `${paths.vuln(alias)}index.html`, body };
      yield* lowerCaseSpelling(paths.vuln(alias), body);
    }
  }
}

/** `/vulns/cve-2026-0101/` as well as `/vulns/CVE-2026-0101/`: readers type ids in lower case. */
function* lowerCaseSpelling(path: string, body: string): Generator<ExportFile> {
  const lower = path.toLowerCase();
  if (lower !== path) yield { path: `${lower}index.html`, body, ifAbsent: true };
}

/** Redirect pages for the addresses readers use besides the canonical ones: lower-case ids and the package URLs from before slugs. */
function* readerSpellings(index: ExportIndex): Generator<ExportFile> {
  const site = index.db.settings.site_url;
  for (const advisory of index.advisories) {
    const target = paths.advisory(advisory.id);
    const body = redirectPage({
      title: advisory.id,
      target,
      text: `${advisory.id}: ${advisory.summary}.`,
      canonical: absolute(site, target),
    });
    yield* lowerCaseSpelling(target, body);
  }
  const seen = new Set<string>();
  for (const advisory of index.advisories)
    for (const pkg of advisory.packages) {
      const old = paths.legacyPackage(pkg.ecosystem, pkg.name);
      const target = paths.package(pkg.ecosystem, pkg.name);
      if (old === target || seen.has(old)) continue;
      seen.add(old);
      yield {
        path: `${old}index.html`,
        body: redirectPage({
          title: `${pkg.name} (${pkg.ecosystem})`,
          target,
          text: `The advisories for ${pkg.name} have moved.`,
          canonical: absolute(site, target),
          linkText: `Go to ${pkg.name}`,
        }),
        ifAbsent: true,
      };
    }
}

/**
 * Feed readers follow no redirect page: each package's feeds stay at their
 * addresses from before slugs too, with the same bytes (fallbacks: written
 * only where nothing is). Under /feeds/ and ending in .xml or .json, they
 * share no address with any other export. The build renders them on the main
 * thread after the pages (export-run.ts), where the pages' feeds have already
 * rendered each advisory's Markdown once (feeds.ts caches it per advisory).
 */
export function* legacyFeedFiles(data: Pick<ExportData, 'published' | 'db' | 'now'>): Generator<ExportFile> {
  const seen = new Set<string>();
  for (const entry of data.published)
    for (const pkg of entry.facts.packages) {
      const old = paths.legacyPackage(pkg.ecosystem, pkg.name);
      if (old === paths.package(pkg.ecosystem, pkg.name) || seen.has(old)) continue;
      seen.add(old);
      const scope = { kind: 'package' as const, pkg };
      for (const { format, extension } of FEED_FORMATS)
        yield {
          path: `/feeds/packages/${segment(pkg.ecosystem)}/${segment(pkg.name)}.${extension}`,
          body: renderFeed(scope, format, feedEntriesOf(data), data.db.settings, data.now),
          ifAbsent: true,
        };
    }
}

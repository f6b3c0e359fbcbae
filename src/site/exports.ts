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
import type { Entry, SiteData } from './database.ts';
import { csafVexSubfolders, triageExportFiles } from './triage-exports.ts';
import { feedEntriesOf } from './views.ts';
import { vulnsOf } from './vulns.ts';

/** An advisory's OSV record, dated by the one dates function. */
export function osvOf(data: SiteData, entry: Entry): OsvRecord {
  return toOsv(
    entry.advisory,
    data.db.settings,
    { published: entry.dates.published ?? entry.dates.modified, modified: entry.dates.modified },
    { page: absolute(data.db.settings.site_url, paths.advisory(entry.advisory.id)) },
  );
}

export function osvFileOf(data: SiteData, entry: Entry): string {
  return segment(osvId(entry.advisory.id, data.db.settings));
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
export function csafTextOf(data: SiteData, entry: Entry): string {
  return csafText(toCsaf(csafInput(entry), data.db.settings));
}

/** The CSAF document's file name (the last part of its path). */
export function csafFileOf(entry: Entry): string {
  return paths.csafDocument(entry.advisory.id, entry.facts.year).split('/').pop() ?? '';
}

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
 * Every per-advisory file of the publishable set: tracker JSON, OSV, the CSAF
 * document with its .sha512, and the page of each alias (which sends the reader
 * on to its advisory). There are several per advisory, so the
 * build writes them directly (see integration.ts) instead of routing tens of
 * thousands of endpoints through Astro; the bytes come from the same functions.
 */
export function* exportFiles(data: SiteData): Generator<ExportFile> {
  for (const entry of data.published) {
    const { advisory, facts } = entry;
    yield { path: paths.advisoryJson(advisory.id), body: trackerJson(advisory, entry.dates) };
    yield { path: paths.osv(osvId(advisory.id, data.db.settings)), body: `${safeJson(osvOf(data, entry))}\n` };
    const csaf = csafTextOf(data, entry);
    const csafPath = paths.csafDocument(advisory.id, facts.year);
    yield { path: csafPath, body: csaf };
    yield { path: `${csafPath}.sha512`, body: sha512File(csaf, csafFileOf(entry)) };
  }
  // Static hosts list no folders, and CSAF aggregators walk them: an index.html in each CSAF folder.
  const subfolders = csafVexSubfolders(data);
  for (const listing of csafListings(
    data.published.map((e) => ({ year: e.facts.year, file: csafFileOf(e) })),
    { subfolders },
  )) {
    yield { path: `${listing.path}index.html`, body: listing.html };
  }
  yield* vulnSpellings(data);
  // Ids a publishable triage record tracks resolve to its page (vulnSpellings); every other alias resolves to its advisory (an alias listed twice is a check error, so there is one).
  const tracked = vulnsOf(data).byName;
  for (const [alias, entries] of data.byAlias) {
    const entry = entries[0];
    if (!entry || entry.preview || tracked.has(alias)) continue;
    const target = paths.advisory(entry.advisory.id);
    const body = redirectPage({
      title: `${alias}: ${entry.advisory.id}`,
      target,
      text: `${alias} is covered by ${entry.advisory.id}: ${entry.advisory.summary}.`,
      canonical: absolute(data.db.settings.site_url, target),
    });
    yield { path: `${paths.vuln(alias)}index.html`, body };
    yield* lowerCaseSpelling(paths.vuln(alias), body);
  }
  // An upstream id leads to the advisory derived from it, or to a search for it when several are.
  for (const [id, all] of data.byUpstream) {
    const entries = all.filter((e) => !e.preview).sort((a, b) => a.advisory.id.localeCompare(b.advisory.id));
    const first = entries[0];
    if (!first || tracked.has(id)) continue;
    const ids = entries.map((e) => e.advisory.id);
    const target = entries.length === 1 ? paths.advisory(first.advisory.id) : `${paths.search()}?q=${encodeURIComponent(id)}`;
    const body = redirectPage({
      title: entries.length === 1 ? `${id}: ${first.advisory.id}` : `${id}: ${ids.length} advisories`,
      target,
      text: `${id} is the upstream vulnerability of ${ids.join(', ')}.`,
      canonical: absolute(data.db.settings.site_url, target),
      ...(entries.length === 1 ? {} : { linkText: 'Search for them' }),
    });
    yield { path: `${paths.vuln(id)}index.html`, body };
    yield* lowerCaseSpelling(paths.vuln(id), body);
  }
  yield* readerSpellings(data);
  // OpenVEX, CSAF VEX and OSV per tracked vulnerability, from the publishable triage records.
  yield* triageExportFiles(data);
}

/**
 * The addresses of a tracked vulnerability besides its page (/vulns/<ID>/,
 * rendered by src/pages/vulns/[id].astro): each alias, unless it is another
 * record's own id (that page wins), and the lower-case spellings of all of
 * them, every one sending the reader to the record's page.
 */
function* vulnSpellings(data: SiteData): Generator<ExportFile> {
  const { views } = vulnsOf(data);
  const pages = new Set(views.map((v) => v.id.toUpperCase()));
  const seen = new Set<string>();
  for (const view of views) {
    const target = paths.vuln(view.id);
    const canonical = absolute(data.db.settings.site_url, target);
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
function* readerSpellings(data: SiteData): Generator<ExportFile> {
  const site = data.db.settings.site_url;
  for (const entry of data.published) {
    const target = paths.advisory(entry.advisory.id);
    const body = redirectPage({
      title: entry.advisory.id,
      target,
      text: `${entry.advisory.id}: ${entry.advisory.summary}.`,
      canonical: absolute(site, target),
    });
    yield* lowerCaseSpelling(target, body);
  }
  const seen = new Set<string>();
  for (const entry of data.published)
    for (const pkg of entry.facts.packages) {
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
      // Feed readers follow no redirect page: the package's feeds stay at their old addresses too, with the same bytes.
      const scope = { kind: 'package' as const, pkg };
      for (const { format, extension } of FEED_FORMATS)
        yield {
          path: `/feeds/packages/${segment(pkg.ecosystem)}/${segment(pkg.name)}.${extension}`,
          body: renderFeed(scope, format, feedEntriesOf(data), data.db.settings, data.now),
          ifAbsent: true,
        };
    }
}

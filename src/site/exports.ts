import { type CsafInput, csafText, toCsaf } from '../core/export/csaf-document.ts';
import { csafListings, sha512File } from '../core/export/csaf-provider.ts';
import { absolute, paths, segment } from '../core/export/paths.ts';
import { redirectPage } from '../core/export/redirect-page.ts';
import { safeJson } from '../core/export/safe-json.ts';
import { trackerJson } from '../core/export/tracker-json.ts';
import { osvId } from '../core/osv/osv-names.ts';
import type { OsvRecord } from '../core/osv/osv-types.ts';
import { toOsv } from '../core/osv/to-osv.ts';
import type { Entry, SiteData } from './database.ts';

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
  for (const listing of csafListings(data.published.map((e) => ({ year: e.facts.year, file: csafFileOf(e) })))) {
    yield { path: `${listing.path}index.html`, body: listing.html };
  }
  // Every alias resolves to its advisory (an alias listed twice is a check error, so there is one).
  for (const [alias, entries] of data.byAlias) {
    const entry = entries[0];
    if (!entry || entry.preview) continue;
    const target = paths.advisory(entry.advisory.id);
    yield {
      path: `${paths.vuln(alias)}index.html`,
      body: redirectPage({
        title: `${alias}: ${entry.advisory.id}`,
        target,
        text: `${alias} is covered by ${entry.advisory.id}: ${entry.advisory.summary}.`,
        canonical: absolute(data.db.settings.site_url, target),
      }),
    };
  }
}

import { type CsafInput, csafText, toCsaf } from '../core/export/csaf.ts';
import { segment } from '../core/export/paths.ts';
import { osvId } from '../core/osv/osv-names.ts';
import type { OsvRecord } from '../core/osv/osv-types.ts';
import { toOsv } from '../core/osv/to-osv.ts';
import { type Entry, type SiteData, siteData } from './database.ts';

/** An advisory's OSV record, dated by the one dates function. */
export function osvOf(data: SiteData, entry: Entry): OsvRecord {
  return toOsv(entry.advisory, data.db.settings, {
    published: entry.dates.published ?? entry.dates.modified,
    modified: entry.dates.modified,
  });
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

/** CSAF file name rule: lower-case tracking id, anything but [+-a-z0-9] as `_`. */
export function csafFileOf(entry: Entry): string {
  return `${entry.advisory.id.toLowerCase().replace(/[^+\-a-z0-9]+/g, '_')}.json`;
}

/** Static paths of the CSAF documents: `<year>/<file name without .json>`. */
export function csafStaticPaths(): { params: { year: string; id: string }; props: { entry: Entry } }[] {
  return siteData().published.map((entry) => ({
    params: { year: segment(entry.facts.year), id: csafFileOf(entry).replace(/\.json$/, '') },
    props: { entry },
  }));
}

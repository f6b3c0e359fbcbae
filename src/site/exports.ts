import { segment } from '../core/export/paths.ts';
import { osvId } from '../core/osv/osv-names.ts';
import type { Entry, SiteData } from './database.ts';
import { csafTextFor, type ExportData, type ExportFile, exportFilesOf } from './export-files.ts';
import { publishedTriage } from './triage-exports.ts';
import { vulnsOf } from './vulns.ts';

export { csafFileOf, type ExportData, type ExportFile } from './export-files.ts';

export function osvFileOf(data: SiteData, entry: Entry): string {
  return segment(osvId(entry.advisory.id, data.db.settings));
}

/** The CSAF document's bytes, as published and hashed. */
export function csafTextOf(data: SiteData, entry: Entry): string {
  return csafTextFor(data.db.settings, entry);
}

/**
 * What the exports read of the build's checked site data (export-files.ts):
 * the same objects the pages use, with the triage views computed once here
 * (vulnsOf and publishedTriage cache them for the pages too).
 */
export function exportDataOf(data: SiteData): ExportData {
  const { views, byName } = vulnsOf(data);
  return {
    published: data.published,
    byAlias: data.byAlias,
    byUpstream: data.byUpstream,
    db: { settings: data.db.settings, releaseById: data.db.releaseById },
    now: data.now,
    triage: publishedTriage(data),
    vulns: views.map((v) => ({ id: v.id, summary: v.summary, aliases: v.aliases })),
    tracked: new Set(byName.keys()),
  };
}

/** Every export file of the build's data, in the order the build writes them (see export-files.ts). */
export function exportFiles(data: SiteData): Generator<ExportFile> {
  return exportFilesOf(exportDataOf(data));
}

import { shownTriage } from '../core/embargo/hidden-advisories.ts';
import { csafText } from '../core/export/csaf-document.ts';
import { csafChangesCsv, csafIndexTxt, csafListings, csafVexFolder, sha512File } from '../core/export/csaf-provider.ts';
import { csafVexPath, toCsafVex } from '../core/export/csaf-vex.ts';
import { newest } from '../core/export/newest.ts';
import { openVexAllDocument, openVexDocument } from '../core/export/openvex.ts';
import { paths } from '../core/export/paths.ts';
import { safeJson } from '../core/export/safe-json.ts';
import { lastChanged, recordYear } from '../core/export/triage-entries.ts';
import { triageToOsv } from '../core/osv/triage-to-osv.ts';
import type { TriageRecord } from '../core/triage/model.ts';
import type { SiteData } from './database.ts';
import type { ExportFile } from './export-files.ts';
import { lastChange } from './views.ts';

const published = new WeakMap<SiteData, TriageRecord[]>();

/** The triage records this build shows (shownTriage, once per build). */
export function publishedTriage(data: SiteData): TriageRecord[] {
  let records = published.get(data);
  if (!records) {
    records = shownTriage(data.db, data.now);
    published.set(data, records);
  }
  return records;
}

/** The CSAF distributions the triage exports add to the provider metadata and the TLP folder's listing: the VEX folder, once it has a document. */
export function csafVexFolders(data: SiteData): string[] {
  return vexFoldersOf(publishedTriage(data));
}

/** The same from the shown records themselves (the export worker has no SiteData: see export-files.ts). */
function vexFoldersOf(records: TriageRecord[]): string[] {
  return records.length ? [csafVexFolder()] : [];
}

/** The provider metadata's last_updated: the latest change of an advisory or of a published triage record. */
export function csafLastUpdated(data: SiteData): string {
  return newest([lastChange(data), ...publishedTriage(data).map(lastChanged)]);
}

/** The same folders as the TLP folder's listing names them (`vex/`). */
export function vexSubfoldersOf(records: TriageRecord[]): string[] {
  return vexFoldersOf(records).map((folder) => `${folder.split('/').at(-2)}/`);
}

/**
 * File names are made from ids by rules that fold some characters together
 * (CSAF names turn `.` and `:` into `_`): two records sharing a name would let
 * one silently replace the other's VEX statements, e.g. a new
 * `ALSA-2024.0670` saying not_affected over `ALSA-2024:0670`. The build stops
 * instead.
 */
function claimPath(owners: Map<string, string>, path: string, record: TriageRecord): void {
  const other = owners.get(path);
  if (other !== undefined && other !== record.file)
    throw new Error(
      `${record.file} and ${other} would both be published as ${path}; one would replace the other's VEX statements. Rename one record (they are probably the same vulnerability: merge them).`,
    );
  owners.set(path, record.file);
}

/**
 * Every file made from the publishable triage records: per record its OpenVEX
 * document, its OSV record and its CSAF VEX document with the .sha512; the
 * distribution's OpenVEX document; and the VEX folder's index.txt,
 * changes.csv and listings (a CSAF distribution of its own). Written by the
 * build beside the per-advisory exports (export-files.ts), from the shown
 * records (publishedTriage) and the database's settings and releases.
 */
export function* triageFilesOf(
  records: TriageRecord[],
  { settings, releaseById }: Pick<SiteData['db'], 'settings' | 'releaseById'>,
): Generator<ExportFile> {
  const input = { settings, releaseById };
  const csaf: { year: string; file: string; changed: string }[] = [];
  const owners = new Map<string, string>();
  for (const record of records) {
    for (const path of [paths.openvex(record.id), paths.osvVuln(record.id), csafVexPath(record)]) claimPath(owners, path, record);
    yield { path: paths.openvex(record.id), body: `${safeJson(openVexDocument(record, input))}\n` };
    yield { path: paths.osvVuln(record.id), body: `${safeJson(triageToOsv(record, settings, releaseById))}\n` };
    const document = toCsafVex(record, input);
    const text = csafText(document);
    const path = csafVexPath(record);
    const file = path.split('/').pop() ?? '';
    yield { path, body: text };
    yield { path: `${path}.sha512`, body: sha512File(text, file) };
    const tracking = (document.document as { tracking: { current_release_date: string } }).tracking;
    csaf.push({ year: recordYear(record), file, changed: tracking.current_release_date });
  }
  const all = openVexAllDocument(records, input);
  if (all) yield { path: paths.openvexAll(), body: `${safeJson(all)}\n` };
  if (csaf.length === 0) return;
  const folder = csafVexFolder();
  yield { path: `${folder}index.txt`, body: csafIndexTxt(csaf) };
  yield { path: `${folder}changes.csv`, body: csafChangesCsv(csaf) };
  for (const listing of csafListings(csaf, { folder })) yield { path: `${listing.path}index.html`, body: listing.html };
}

import { newest } from '../export/newest.ts';
import { absolute, paths } from '../export/paths.ts';
import { firstPublished, lastChanged, type TriageEntry, triageEntries } from '../export/triage-entries.ts';
import type { Settings } from '../settings.ts';
import type { Release, TriageRecord } from '../triage/model.ts';
import { osvEcosystem, osvVulnId } from './osv-names.ts';
import { OSV_SCHEMA_VERSION, type OsvAffected, type OsvRecord, TRACKER_KEY } from './osv-types.ts';

/**
 * One triage record as an OSV record of the distribution, the way Debian
 * publishes `DEBIAN-CVE-…` beside the upstream CVE: id from osvVulnId, the
 * upstream id and its aliases in `upstream`, and one `affected` entry per
 * package × release the team found vulnerable:
 * - fixed → an ECOSYSTEM range introduced 0, fixed at the release's version;
 * - affected, will_not_fix → introduced 0 with no fixed event (no fix, or none coming);
 * - not_affected, rejected, and the ones still being triaged are left out:
 *   OSV lists what is affected, and a scanner must not report them.
 * Every package × release and its status is kept under
 * `database_specific.watchkeeper.statuses`, so nothing the team decided is lost. When
 * every one is rejected, the record is withdrawn at the latest rejection.
 * Pure and deterministic: the instants are the record's own (published_upstream
 * and its events). Call only with publishableTriage's records.
 */
export function triageToOsv(
  record: TriageRecord,
  settings: Pick<Settings, 'id_prefix' | 'default_ecosystem' | 'osv' | 'site_url'>,
  releaseById: ReadonlyMap<string, Release>,
): OsvRecord {
  const entries = triageEntries(record, releaseById, settings);
  const out: OsvRecord = {
    schema_version: OSV_SCHEMA_VERSION,
    id: osvVulnId(record.id, settings),
    modified: lastChanged(record),
    published: firstPublished(record),
  };
  const rejected = entries.filter((e) => e.current.status === 'rejected');
  if (entries.length > 0 && rejected.length === entries.length) {
    out.withdrawn = newest(rejected.map((e) => e.current.at));
  }
  out.upstream = [...new Set([record.id, ...(record.aliases ?? [])])];
  out.summary = record.summary;
  const affected = entries.flatMap((e) => affectedOf(e, settings));
  if (affected.length) out.affected = affected;
  const page = absolute(settings.site_url, paths.vuln(record.id));
  const references = (record.references ?? []).map((r) => ({ type: r.type, url: r.url }));
  if (!references.some((r) => r.url === page)) references.push({ type: 'WEB', url: page });
  out.references = references;
  out.database_specific = {
    [TRACKER_KEY]: {
      statuses: entries.map((e) => ({
        package: e.package,
        release: e.release,
        ecosystem: e.ecosystem,
        status: e.current.status,
        at: e.current.at,
        ...(e.current.version ? { version: e.current.version } : {}),
        ...(e.current.justification ? { justification: e.current.justification } : {}),
        ...(e.current.statement ? { statement: e.current.statement } : {}),
        ...(e.current.reason ? { reason: e.current.reason } : {}),
      })),
    },
  };
  return out;
}

function affectedOf(entry: TriageEntry, settings: Pick<Settings, 'osv'>): OsvAffected[] {
  const event = entry.current;
  let events: { introduced: string }[] | ({ introduced: string } | { fixed: string })[];
  if (event.status === 'fixed' && event.version) events = [{ introduced: '0' }, { fixed: event.version }];
  else if (event.status === 'affected' || event.status === 'will_not_fix') events = [{ introduced: '0' }];
  else return [];
  const registered = osvEcosystem(entry.ecosystem, settings);
  const out: OsvAffected = {
    ...(registered !== null ? { package: { ecosystem: registered, name: entry.package, purl: entry.purl } } : {}),
    ranges: [{ type: 'ECOSYSTEM', events }],
  };
  // OSV has no name for an unregistered ecosystem: the package, its release and purl stay beside it (as toOsv does).
  out.database_specific = {
    [TRACKER_KEY]: {
      ...(registered === null ? { package: { ecosystem: entry.ecosystem, name: entry.package, purl: entry.purl } } : {}),
      release: entry.release,
      status: event.status,
    },
  };
  return [out];
}

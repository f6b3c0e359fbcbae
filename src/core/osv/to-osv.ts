import { commitLink } from '../record/fix-links.ts';
import type { Settings } from '../settings.ts';
import type { AdvisoryFile, Affected } from '../types.gen.ts';
import { osvEcosystem, osvId, osvReferenceId } from './osv-names.ts';
import { OSV_SCHEMA_VERSION, type OsvAffected, type OsvEvent, type OsvRecord, type OsvReference, TRACKER_KEY } from './osv-types.ts';

/** The instants the export cannot know by itself: the site computes them once from git and the timeline. */
export interface OsvDates {
  published: string;
  modified: string;
}

/** Links the site adds to the published record (left out where a caller compares records field by field). */
export interface OsvLinks {
  /** The advisory's page, added as a WEB reference so a scanner's user can read it. */
  page?: string;
}

/**
 * One advisory as an OSV record that validates against the official schema.
 * Pure: no clock, no file system. Call it only for publishable advisories;
 * it deliberately drops everything about embargoes (the `until` instant and
 * its reason), so even a mistaken call cannot leak an embargo reason.
 *
 * What OSV has no field for goes under `database_specific.watchkeeper`
 * (status, timeline, coordinator, fixes, withdrawn_reason) or, per package,
 * `affected[].database_specific.watchkeeper` (the tracker's own ecosystem when
 * OSV has no registered name for it). Credits lose `member` (a tracker handle).
 */
export function toOsv(
  advisory: AdvisoryFile,
  settings: Pick<Settings, 'id_prefix' | 'default_ecosystem' | 'osv'>,
  dates: OsvDates,
  links: OsvLinks = {},
): OsvRecord {
  const record: OsvRecord = {
    schema_version: OSV_SCHEMA_VERSION,
    id: osvId(advisory.id, settings),
    modified: dates.modified,
    published: dates.published,
  };
  if (advisory.withdrawn) record.withdrawn = advisory.withdrawn;
  if (advisory.aliases?.length) record.aliases = [...advisory.aliases];
  if (advisory.related?.length) record.related = advisory.related.map((id) => osvReferenceId(id, settings));
  if (advisory.upstream?.length) record.upstream = advisory.upstream.map((id) => osvReferenceId(id, settings));
  record.summary = advisory.summary;
  if (advisory.details) record.details = advisory.details;
  const hasTopSeverity = !!advisory.severity?.length;
  if (hasTopSeverity) record.severity = advisory.severity?.map((s) => ({ type: s.type, score: s.score })) ?? [];
  record.affected = advisory.affected.map((a) => affectedToOsv(a, settings, hasTopSeverity));
  const references = osvReferences(advisory, links);
  if (references.length) record.references = references;
  const derived = references.slice(advisory.references?.length ?? 0).map((r) => r.url);
  if (advisory.credits?.length) {
    record.credits = advisory.credits.map((c) => ({
      name: c.name,
      ...(c.contact?.length ? { contact: [...c.contact] } : {}),
      ...(c.type ? { type: c.type } : {}),
    }));
  }
  record.database_specific = {
    ...advisory.database_specific,
    // The references added from fixes and the page are named, so re-importing this record drops them again.
    [TRACKER_KEY]: { ...trackerFields(advisory), ...(derived.length ? { derived_references: derived } : {}) },
  };
  return record;
}

/**
 * The advisory's references, then what a scanner can use from the tracker's
 * own fields: each fixing commit as a FIX reference (its forge page where the
 * forge is known, else the repository) and the advisory page as WEB. A URL
 * already listed is not repeated, so re-importing an export adds nothing.
 */
function osvReferences(advisory: AdvisoryFile, links: OsvLinks): OsvReference[] {
  const out: OsvReference[] = (advisory.references ?? []).map((r) => ({ type: r.type, url: r.url }));
  const seen = new Set(out.map((r) => r.url));
  // Added after the data's own references (toOsv relies on that order to name them).
  const add = (type: OsvReference['type'], url: string | undefined) => {
    if (!url || seen.has(url)) return;
    seen.add(url);
    out.push({ type, url });
  };
  for (const fix of advisory.fixes ?? []) {
    if (fix.type === 'commit' && fix.repo && fix.commit) add('FIX', fix.url ?? commitLink(fix.repo, fix.commit) ?? fix.repo);
  }
  add('WEB', links.page);
  return out;
}

/** The tracker's own fields that are public once an advisory is: never the embargo. */
function trackerFields(advisory: AdvisoryFile): Record<string, unknown> {
  return {
    status: advisory.status,
    timeline: { ...advisory.timeline },
    ...(advisory.withdrawn_reason ? { withdrawn_reason: advisory.withdrawn_reason } : {}),
    ...(advisory.coordinator ? { coordinator: advisory.coordinator } : {}),
    ...(advisory.fixes?.length ? { fixes: advisory.fixes.map((f) => ({ ...f })) } : {}),
  };
}

function affectedToOsv(a: Affected, settings: Pick<Settings, 'default_ecosystem' | 'osv'>, hasTopSeverity: boolean): OsvAffected {
  const ecosystem = a.package.ecosystem ?? settings.default_ecosystem;
  const registered = osvEcosystem(ecosystem, settings);
  const out: OsvAffected = {};
  if (registered !== null) {
    out.package = { ecosystem: registered, name: a.package.name, ...(a.package.purl ? { purl: a.package.purl } : {}) };
  }
  // OSV forbids per-package severity next to a top-level one; keep it beside the package instead of dropping it.
  const keepSeverity = a.severity?.length && hasTopSeverity ? a.severity : undefined;
  if (a.severity?.length && !hasTopSeverity) out.severity = a.severity.map((s) => ({ type: s.type, score: s.score }));
  if (a.ranges) {
    out.ranges = a.ranges.map((r) => ({
      type: r.type,
      ...(r.repo ? { repo: r.repo } : {}),
      events: r.events.map((e) => ({ ...e }) as OsvEvent),
      ...(r.database_specific ? { database_specific: { ...r.database_specific } } : {}),
    }));
  }
  if (a.versions) out.versions = [...a.versions];
  if (a.ecosystem_specific) out.ecosystem_specific = { ...a.ecosystem_specific };
  const tracker: Record<string, unknown> = {};
  if (registered !== ecosystem) tracker.package = { ecosystem, name: a.package.name, ...(a.package.purl ? { purl: a.package.purl } : {}) };
  if (keepSeverity) tracker.severity = keepSeverity.map((s) => ({ type: s.type, score: s.score }));
  if (a.database_specific || Object.keys(tracker).length > 0) {
    out.database_specific = { ...a.database_specific, ...(Object.keys(tracker).length > 0 ? { [TRACKER_KEY]: tracker } : {}) };
  }
  return out;
}

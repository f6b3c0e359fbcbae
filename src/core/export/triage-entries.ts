import type { Settings } from '../settings.ts';
import { currentEvent, expectedYear, type Release, type TriageRecord } from '../triage/model.ts';
import type { ReleasePackage, TriageEvent } from '../types.gen.ts';
import { newest } from './newest.ts';
import { releaseEcosystem, releasePackagePurl } from './release-purl.ts';

/**
 * One package in one release of a triage record, as every VEX-style export
 * (OpenVEX, CSAF VEX, per-vulnerability OSV) reads it: the current status is
 * the latest event (currentEvent in triage/model.ts), and the product is named
 * by the distribution package's purl. Entries keep the record's order, so the
 * same data always gives the same bytes.
 */
export interface TriageEntry {
  package: string;
  release: string;
  /** The release's ecosystem (`Kestrel:3`), as advisories name it. */
  ecosystem: string;
  /** The release's display name, or its id when the release is not in the inventory. */
  releaseName: string;
  /** The inventory entry, when the release lists the package (check reports TRIAGE_PACKAGE_UNKNOWN otherwise). */
  inventory?: ReleasePackage;
  /** The package as the release ships it, without a version. */
  purl: string;
  /** The current (latest) event, and the first one. */
  current: TriageEvent;
  first: TriageEvent;
  events: readonly TriageEvent[];
}

export function triageEntries(
  record: TriageRecord,
  releaseById: ReadonlyMap<string, Release>,
  settings: Pick<Settings, 'default_ecosystem'>,
): TriageEntry[] {
  const out: TriageEntry[] = [];
  for (const pkg of record.packages) {
    for (const status of pkg.releases) {
      const current = currentEvent(status.events);
      const first = status.events[0];
      if (!current || !first) continue;
      const release = releaseById.get(status.release);
      const ecosystem = releaseEcosystem(release, settings);
      const inventory = release?.packages.find((p) => p.name === pkg.name);
      out.push({
        package: pkg.name,
        release: status.release,
        ecosystem,
        releaseName: release?.name ?? status.release,
        ...(inventory ? { inventory } : {}),
        purl: releasePackagePurl(ecosystem, status.release, pkg.name),
        current,
        first,
        events: status.events,
      });
    }
  }
  return out;
}

/** The latest instant the record states (its events and published_upstream): when its exports last changed. */
export function lastChanged(record: TriageRecord): string {
  return newest([record.published_upstream ?? '', ...record.packages.flatMap((p) => p.releases.flatMap((r) => r.events.map((e) => e.at)))]);
}

/** The first instant the record became public: published_upstream (publishable records always have one), else its first event. */
export function firstPublished(record: TriageRecord): string {
  return record.published_upstream ?? earliest(record.packages.flatMap((p) => p.releases.flatMap((r) => r.events.map((e) => e.at))));
}

/**
 * The document version: the number of events in the record. Events are only
 * ever appended (`triage set`), so every change of status raises it, and the
 * same data always gives the same number.
 */
export function recordVersion(record: TriageRecord): number {
  return Math.max(
    1,
    record.packages.reduce((n, p) => n + p.releases.reduce((m, r) => m + r.events.length, 0), 0),
  );
}

/** The year folder of a record's CSAF document (the record's own year rule). */
export function recordYear(record: TriageRecord): string {
  return expectedYear(record) ?? firstPublished(record).slice(0, 4);
}

function earliest(instants: string[]): string {
  return instants.filter(Boolean).reduce((a, b) => (Date.parse(b) < Date.parse(a) ? b : a), instants.find(Boolean) ?? '');
}

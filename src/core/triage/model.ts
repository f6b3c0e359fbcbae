import type { ReleaseFile, TriageEvent, TriageFile } from '../types.gen.ts';

/** A triage record as loaded: its data plus where it came from. */
export interface TriageRecord extends TriageFile {
  /** Repo-relative path, e.g. vulns/2026/CVE-2026-0101.yaml. */
  file: string;
}

/** A release and its package inventory as loaded. */
export interface Release extends ReleaseFile {
  /** Repo-relative path, e.g. vulns/releases/kestrel-4.yaml. */
  file: string;
}

/** What the loader adds to the Database for triage (spread into it by load.ts). */
export interface TriageData {
  triage: TriageRecord[];
  /** Upper-cased id → triage record (first file wins; TRIAGE_ID_DUPLICATE reports the rest). */
  triageById: Map<string, TriageRecord>;
  /** Upper-cased id or alias → triage records that carry it. */
  triageByAlias: Map<string, TriageRecord[]>;
  releases: Release[];
  /** Release id → release. */
  releaseById: Map<string, Release>;
}

export type TriageStatus = TriageEvent['status'];

/** Statuses that mean "nobody has decided yet": the triage queue. */
export const NEEDS_TRIAGE: readonly TriageStatus[] = ['detected', 'investigating'];

/** Statuses that close a package's triage: a decision or a fix. */
export const CLOSED: readonly TriageStatus[] = ['not_affected', 'fixed', 'will_not_fix', 'rejected'];

/** The fields an event may carry besides status, at, by and note, per status. */
export const STATUS_FIELDS: Readonly<Record<TriageStatus, readonly (keyof TriageEvent)[]>> = {
  detected: [],
  investigating: [],
  affected: [],
  not_affected: ['justification', 'statement'],
  fixed: ['version', 'advisory', 'commit', 'update'],
  will_not_fix: ['reason'],
  rejected: [],
};

/** The current status of one event log: its latest event (events are kept oldest first). */
export function currentEvent(events: readonly TriageEvent[]): TriageEvent | undefined {
  return events.at(-1);
}

/** Year folder a record belongs in: the id's year (CVE-2026-…), else the year published upstream. */
export function expectedYear(record: Pick<TriageFile, 'id' | 'published_upstream'>): string | undefined {
  const fromId = /^[A-Za-z]+-(\d{4})-/.exec(record.id)?.[1];
  return fromId ?? record.published_upstream?.slice(0, 4);
}

import type { Rating } from '../cvss.ts';

/** A link to a commit, with its date where the history knows it. */
export interface CommitRef {
  sha: string;
  date: string;
  /** From watchkeeper.yaml forge.commit_url; absent when the settings have no template. */
  url?: string;
}

/** One advisory's line in the public record: every figure is computed from these rows. */
export interface RecordRow {
  id: string;
  summary: string;
  /** The advisory's page on the site, /advisories/<ID>/. */
  page: string;
  status: 'published' | 'withdrawn';
  /** CVSS rating of the advisory's vector (v4 preferred over v3), or `unrated` without one. */
  severity: Rating | 'unrated';
  score?: number;
  /** The year the row counts in: of `disclosed`, or of `published` when there is no disclosure date. */
  year: number;
  reported?: string;
  disclosed?: string;
  fixed?: string;
  published: string;
  /** Days from disclosure (made public) to fix available; negative when the fix shipped first. */
  disclosureToFixDays?: number;
  /** Days from report (the team learned of it) to fix available. */
  reportToFixDays?: number;
  /** Whether disclosure to fix met the policy target. */
  withinTarget?: boolean;
  /** The timeline fields this row lacks for the figures (e.g. `disclosed`, `fixed`). */
  missing: Array<'reported' | 'disclosed' | 'fixed'>;
  /** Why the row is not counted at all, e.g. a withdrawn advisory. */
  excluded?: string;
  /** Disclosed but not fixed yet: days open at the build's clock, and whether that already exceeds the target. */
  open?: { days: number; overdue: boolean };
  /** What fixed it: upstream or packaging commits and shipped updates, from the advisory's `fixes`. */
  fixes: Array<{ label: string; url?: string }>;
  /** The tracker commit that first recorded `timeline.fixed`, so the claim can be dated independently. */
  fixRecorded?: CommitRef;
  /** The tracker commit that first published the advisory. */
  firstPublished?: CommitRef;
}

/** The figures for one measure over one group of rows. */
export interface MeasureStats {
  /** Rows with both dates. */
  count: number;
  median?: number;
  p90?: number;
  /** Rows that met the target. */
  within: number;
  /** Rows still open past the target: counted as misses in `share`, since leaving them out would flatter the record. */
  overdue: number;
  /** within / (count + overdue), 0–1; undefined when there is nothing to count. */
  share?: number;
}

export interface GroupStats {
  /** The year (e.g. "2026"), the severity (e.g. "high") or "all". */
  key: string;
  /** How many rows fall in the group (including rows lacking dates). */
  rows: number;
  disclosureToFix: MeasureStats;
  reportToFix: MeasureStats;
}

export interface TrackRecord {
  /** The policy target in days (watchkeeper.yaml policy.fix_target_days). */
  targetDays: number;
  /** The clock the record was computed with. */
  generatedAt: string;
  rows: RecordRow[];
  overall: GroupStats;
  byYear: GroupStats[];
  bySeverity: GroupStats[];
  /** Rows lacking a date one of the figures needs (listed, never dropped). */
  incomplete: RecordRow[];
  /** Where commit dates came from: `history`, or `none` with the reason (no .git, shallow clone …). */
  history: { used: boolean; note?: string };
}

// ---- The record over every tracked vulnerability (vulns/), beside the advisory-only one ----

/**
 * Where one package in one release stands in the record:
 * fixed_in_time / fixed_late (a fix is available), open_within_target /
 * open_past_target (still affected; past the target it is a miss),
 * will_not_fix (the team decided not to fix; a miss once past the target).
 */
export type VulnRowStatus = 'fixed_in_time' | 'fixed_late' | 'open_within_target' | 'open_past_target' | 'will_not_fix';

/** One package × release entry of a publishable triage record that was ever affected or fixed. */
export interface VulnRecordRow {
  /** The upstream id (CVE-…, GHSA-…). */
  id: string;
  package: string;
  release: string;
  /** When the clock starts: published_upstream (a publishable record always has one), else the entry's first event. */
  publicUpstream: string;
  /** The year (UTC) of publicUpstream: the row counts in it. */
  year: number;
  /** When the fix became available: the time of the `fixed` event that is the entry's current status. */
  fixAvailable?: string;
  /** The fixed event's version and advisory, when recorded. */
  fixedVersion?: string;
  advisory?: string;
  /** (fixAvailable − publicUpstream) ÷ 24 h; negative when the fix shipped before the vulnerability went public. */
  daysToFix?: number;
  /** Without a fix: days since publicUpstream at the record's clock. */
  openDays?: number;
  /** Fixed: daysToFix ≤ target. Without a fix: false once past the target (a miss), else undefined (not decided yet). */
  withinTarget?: boolean;
  status: VulnRowStatus;
  /** will_not_fix: the reason the team gave. */
  reason?: string;
  /** The vulnerability's page on the site, /vulns/<ID>/. */
  page: string;
  summary: string;
}

/** The figures over one group of vulnerability rows. */
export interface VulnGroupStats {
  /** The year (e.g. "2026"), the release id or "all". */
  key: string;
  /** How many rows fall in the group. */
  rows: number;
  /** Public upstream → fix available; `overdue` counts rows without a fix past the target (open or will not fix). */
  publicToFix: MeasureStats;
  /** Rows still affected without a fix (within or past the target). */
  open: number;
  /** Rows the team will not fix. */
  willNotFix: number;
}

export interface VulnTrackRecord {
  /** The same policy target as the advisory record (watchkeeper.yaml policy.fix_target_days). */
  targetDays: number;
  generatedAt: string;
  rows: VulnRecordRow[];
  overall: VulnGroupStats;
  byYear: VulnGroupStats[];
  byRelease: VulnGroupStats[];
}

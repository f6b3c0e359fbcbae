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

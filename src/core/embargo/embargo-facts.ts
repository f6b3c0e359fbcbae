import type { Settings } from '../settings.ts';
import { DAY_MS } from '../time.ts';
import type { AdvisoryFile } from '../types.gen.ts';

/** What the policy says about one advisory's embargo at `now`. Instants are epoch ms; NaN never appears (see `inDoubt`). */
export interface EmbargoFacts {
  untilMs: number;
  /** `now >= until`: the comparison the whole product uses. */
  lifted: boolean;
  /** until − now; negative once lifted. */
  remainingMs: number;
  /** The embargo's length counted from the report, when the report instant is known. */
  lengthMs?: number;
  maxDays: number;
  preferredDays: number;
  overMax: boolean;
  overPreferred: boolean;
  hasReason: boolean;
}

/**
 * Reads an advisory's embargo against the policy. Returns `inDoubt` instead of
 * facts when `embargo.until` is not a UTC instant, so callers fail closed
 * rather than compare against NaN (every comparison with NaN is false, which
 * would read as "not embargoed").
 */
export function embargoFacts(
  advisory: Pick<AdvisoryFile, 'embargo' | 'timeline'>,
  policy: Settings['policy'],
  now: Date,
): EmbargoFacts | { inDoubt: string } | undefined {
  const embargo = advisory.embargo;
  if (!embargo) return undefined;
  const untilMs = strictInstantMs(embargo.until);
  if (untilMs === undefined) return { inDoubt: `embargo.until \`${String(embargo.until)}\` is not a UTC instant` };
  const nowMs = now.getTime();
  const reportedMs = advisory.timeline?.reported ? strictInstantMs(advisory.timeline.reported) : undefined;
  const lengthMs = reportedMs === undefined ? undefined : untilMs - reportedMs;
  const overMax = lengthMs !== undefined && lengthMs > policy.max_embargo_days * DAY_MS;
  const overPreferred = lengthMs !== undefined && lengthMs > policy.preferred_embargo_days * DAY_MS;
  return {
    untilMs,
    lifted: nowMs >= untilMs,
    remainingMs: untilMs - nowMs,
    ...(lengthMs === undefined ? {} : { lengthMs }),
    maxDays: policy.max_embargo_days,
    preferredDays: policy.preferred_embargo_days,
    overMax,
    overPreferred,
    hasReason: typeof embargo.reason === 'string' && embargo.reason.trim() !== '',
  };
}

/** The fix target: `fix_target_days` after the earlier of reported and disclosed. */
export interface FixTarget {
  startMs: number;
  dueMs: number;
  fixedMs?: number;
  /** Not fixed and past due, or fixed after the due instant. */
  overdue: boolean;
}

export function fixTarget(advisory: Pick<AdvisoryFile, 'timeline'>, policy: Settings['policy'], now: Date): FixTarget | undefined {
  const starts = [advisory.timeline?.reported, advisory.timeline?.disclosed]
    .map((v) => (v ? strictInstantMs(v) : undefined))
    .filter((v): v is number => v !== undefined);
  if (starts.length === 0) return undefined;
  const startMs = Math.min(...starts);
  const dueMs = startMs + policy.fix_target_days * DAY_MS;
  const fixedMs = advisory.timeline?.fixed ? strictInstantMs(advisory.timeline.fixed) : undefined;
  const overdue = fixedMs === undefined ? now.getTime() > dueMs : fixedMs > dueMs;
  return { startMs, dueMs, ...(fixedMs === undefined ? {} : { fixedMs }), overdue };
}

const UTC_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;

/**
 * Epoch ms of a UTC instant written with `Z`, or undefined for anything else.
 * Date.parse alone would read a zone-less `2026-12-01T14:00:00` in the
 * machine's local zone, so the same file would lift at different instants on
 * different runners.
 */
export function strictInstantMs(value: unknown): number | undefined {
  if (typeof value !== 'string' || !UTC_INSTANT.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}

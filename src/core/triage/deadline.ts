import type { Settings } from '../settings.ts';
import { DAY_MS, instantMs } from '../time.ts';
import type { TriageEvent } from '../types.gen.ts';
import { NEEDS_TRIAGE, type TriageRecord } from './model.ts';

/**
 * Where one package in one release stands against the policy at `now`: the
 * one computation behind the TRIAGE_OVERDUE / TRIAGE_FIX_OVERDUE checks, the
 * triage queue and its page, so the days they show can never disagree.
 */
export interface Deadline {
  /** `triage`: still needs triage (detected/investigating); `fix`: affected without a fix. */
  kind: 'triage' | 'fix';
  /** The instant the clock counts from. */
  start: string;
  /** What `start` is, for messages. */
  startsAt: 'queued' | 'published_upstream' | 'embargo_end' | 'first_event';
  /** Whole days from `start` to `now`. */
  days: number;
  /** The policy's number of days (policy.triage_target_days or policy.fix_target_days). */
  targetDays: number;
  /** Days past the target (days - targetDays), 0 while within it. */
  overdueDays: number;
}

/** The deadline of an event log whose latest status is open, or undefined when it is closed (or empty). */
export function deadlineOf(
  record: Pick<TriageRecord, 'published_upstream' | 'embargo'>,
  events: readonly TriageEvent[],
  policy: Pick<Settings['policy'], 'triage_target_days' | 'fix_target_days'>,
  now: Date,
): Deadline | undefined {
  const last = events.at(-1);
  if (!last) return undefined;
  if (NEEDS_TRIAGE.includes(last.status)) {
    return make('triage', queueStart(events), 'queued', policy.triage_target_days, now);
  }
  if (last.status !== 'affected') return undefined;
  // The fix target counts from publication upstream, else from the end of the embargo, else from the first event.
  if (record.published_upstream) return make('fix', record.published_upstream, 'published_upstream', policy.fix_target_days, now);
  if (record.embargo?.until) return make('fix', record.embargo.until, 'embargo_end', policy.fix_target_days, now);
  return make('fix', (events[0] as TriageEvent).at, 'first_event', policy.fix_target_days, now);
}

function make(kind: Deadline['kind'], start: string, startsAt: Deadline['startsAt'], targetDays: number, now: Date): Deadline {
  const days = Math.floor((now.getTime() - instantMs(start)) / DAY_MS);
  return { kind, start, startsAt, days, targetDays, overdueDays: Math.max(0, days - targetDays) };
}

/** When the current run of needs-triage events began (the first of the trailing detected/investigating events). */
function queueStart(events: readonly TriageEvent[]): string {
  let i = events.length - 1;
  while (i > 0 && NEEDS_TRIAGE.includes((events[i - 1] as TriageEvent).status)) i--;
  return (events[i] as TriageEvent).at;
}

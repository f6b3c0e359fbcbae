import type { Database } from '../model.ts';
import type { TriageRecord } from '../triage/model.ts';
import type { TriageEvent } from '../types.gen.ts';
import { isPublishable, publishableTriage } from './publishable.ts';

/** Upper-cased ids of every advisory that is not publishable at `now` (drafts, embargoed, not yet published). */
export function hiddenAdvisoryIds(db: Database, now: Date): Set<string> {
  return new Set(db.advisories.filter((a) => !isPublishable(a, now)).map((a) => a.id.toUpperCase()));
}

/**
 * A publishable record as pages and exports may show it: a fixed event's
 * `advisory`, and an `update` whose text names an advisory, are left out
 * while that advisory is not publishable. A record is public on its own
 * clock (published upstream), so its fix can name the team's advisory before
 * that advisory is out, and no output may carry that advisory's id
 * (docs/triage.md#what-may-be-published). The same object comes back when
 * nothing is left out.
 */
export function withoutHiddenAdvisories(record: TriageRecord, hidden: ReadonlySet<string>): TriageRecord {
  if (hidden.size === 0) return record;
  let changed = false;
  const packages = record.packages.map((pkg) => ({
    ...pkg,
    releases: pkg.releases.map((entry) => ({
      ...entry,
      events: entry.events.map((event) => {
        const clean = cleanEvent(event, hidden);
        if (clean !== event) changed = true;
        return clean;
      }),
    })),
  }));
  // map() keeps the length, so the schema's non-empty lists stay non-empty.
  return changed ? { ...record, packages: packages as unknown as TriageRecord['packages'] } : record;
}

function cleanEvent(event: TriageEvent, hidden: ReadonlySet<string>): TriageEvent {
  const names = (text: string | undefined) => !!text?.split(/[^A-Za-z0-9-]+/).some((t) => hidden.has(t.toUpperCase()));
  const dropAdvisory = names(event.advisory);
  const dropUpdate = names(event.update);
  if (!dropAdvisory && !dropUpdate) return event;
  const { advisory, update, ...rest } = event;
  return { ...rest, ...(advisory && !dropAdvisory ? { advisory } : {}), ...(update && !dropUpdate ? { update } : {}) };
}

/**
 * The triage records every page, export and record may show: the publishable
 * set (publishableTriage) as withoutHiddenAdvisories leaves it. The one entry
 * for readers' outputs, so no output can forget the second step.
 */
export function shownTriage(db: Database, now: Date): TriageRecord[] {
  const hidden = hiddenAdvisoryIds(db, now);
  return publishableTriage(db, now).map((record) => withoutHiddenAdvisories(record, hidden));
}

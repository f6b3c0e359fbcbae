import type { Affected, Event, Range } from '../types.gen.ts';

/**
 * OSV's affected ranges, said in words a reader understands
 * ("affected before 3.0.15-1.ks3, fixed in 3.0.15-1.ks3") instead of the
 * event jargon ("ECOSYSTEM range: introduced 0; fixed …"). One line per range,
 * plus one for an explicit versions list. Pages, feeds and search all say it this way.
 */

/** How many listed versions are named before "and N more". */
const LISTED_VERSIONS = 20;

/** Commit hashes are shown short, as git does. */
function shown(range: Range, version: string): string {
  return range.type === 'GIT' && /^[0-9a-f]{13,64}$/i.test(version) ? version.slice(0, 12) : version;
}

/** One affected interval: from `introduced` until a `fixed`, through a `last_affected`, or open. */
interface Interval {
  introduced: string;
  fixed?: string;
  lastAffected?: string;
}

/** Splits a range's events into intervals, in OSV's order; `limit` events are returned apart. */
function intervalsOf(events: Event[]): { intervals: Interval[]; limits: string[] } {
  const intervals: Interval[] = [];
  const limits: string[] = [];
  let open: Interval | undefined;
  for (const event of events) {
    if (event.introduced !== undefined) {
      if (open) intervals.push(open);
      open = { introduced: event.introduced };
    } else if (event.fixed !== undefined) {
      intervals.push({ ...(open ?? { introduced: '0' }), fixed: event.fixed });
      open = undefined;
    } else if (event.last_affected !== undefined) {
      intervals.push({ ...(open ?? { introduced: '0' }), lastAffected: event.last_affected });
      open = undefined;
    } else if (event.limit !== undefined) {
      limits.push(event.limit);
    }
  }
  if (open) intervals.push(open);
  return { intervals, limits };
}

function intervalWords(range: Range, interval: Interval): string {
  const v = (version: string) => shown(range, version);
  const from = interval.introduced === '0' ? '' : `from ${v(interval.introduced)} `;
  if (interval.fixed !== undefined) return `affected ${from}before ${v(interval.fixed)}, fixed in ${v(interval.fixed)}`;
  if (interval.lastAffected !== undefined) return `affected ${from}up to and including ${v(interval.lastAffected)}, no fixed version named`;
  return interval.introduced === '0' ? 'every version affected, no fix yet' : `affected from ${v(interval.introduced)} on, no fix yet`;
}

/** One range in words, e.g. `affected from 2.0 before 2.4.1, fixed in 2.4.1`. */
export function rangeInWords(range: Range): string {
  const { intervals, limits } = intervalsOf(range.events);
  const parts = intervals.map((i) => intervalWords(range, i));
  let text = parts.join('; ');
  if (limits.length) text += `${text ? '; ' : ''}only versions before ${limits.map((l) => shown(range, l)).join(' or ')} are covered`;
  return range.type === 'GIT' ? `commits${range.repo ? ` of ${range.repo}` : ''}: ${text}` : text;
}

/** An explicit versions list in words, naming at most LISTED_VERSIONS of them. */
export function versionsInWords(versions: string[]): string {
  if (versions.length === 0) return '';
  const named = versions.slice(0, LISTED_VERSIONS).join(', ');
  const more = versions.length - LISTED_VERSIONS;
  return `${versions.length === 1 ? 'version' : 'versions'} ${named}${more > 0 ? ` and ${more} more` : ''} affected`;
}

/** Every line that says which versions of one affected package are affected and where the fix is. */
export function affectedInWords(affected: Pick<Affected, 'ranges' | 'versions'>): string[] {
  const lines = (affected.ranges ?? []).map(rangeInWords);
  if (affected.versions?.length) lines.push(versionsInWords(affected.versions));
  return lines.length ? lines : ['no affected versions named'];
}

/** Every version an affected package names (events and the versions list), for search indexes. */
export function versionsNamed(affected: Pick<Affected, 'ranges' | 'versions'>): string[] {
  const out = new Set<string>();
  for (const range of affected.ranges ?? [])
    for (const event of range.events)
      for (const value of Object.values(event)) if (typeof value === 'string' && value !== '0') out.add(value);
  for (const version of affected.versions ?? []) out.add(version);
  return [...out];
}

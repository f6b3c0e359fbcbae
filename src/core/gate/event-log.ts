import type { Diagnostic } from '../diagnostics.ts';
import type { TriageVersion } from './versions.ts';
import { at } from './versions.ts';

const DOC = 'See docs/triage.md#history-is-append-only.';

/** One package × release entry of a record, where it sits, and its events as the YAML gives them. */
interface Entry {
  name: string;
  release: string;
  path: (string | number)[];
  events: unknown[];
}

/**
 * The event logs of a record that was public at the base are append-only:
 * scanners, VEX consumers and the time-to-fix record have read them, so a
 * change may add events after the base's but not edit, remove or reorder one,
 * nor drop a package × release entry (which drops its log). A correction is a
 * new event with a `note`. The base is read from its raw YAML, so a base the
 * schema refuses is still protected.
 */
export function eventLogFindings(before: TriageVersion, after: TriageVersion, id: string, baseTimeMs?: number): Diagnostic[] {
  const head = entries(after.data);
  const base = entries(before.yaml?.data);
  const out: Diagnostic[] = baseTimeMs === undefined ? [] : backdated(after, base, head, id, baseTimeMs);
  for (const old of base) {
    const now = head.find((e) => e.name === old.name && e.release === old.release);
    if (!now) {
      const pkg = head.find((e) => e.name === old.name);
      out.push(
        at(
          after,
          'GATE_TRIAGE_EVENTS_REWRITTEN',
          pkg ? pkg.path.slice(0, 2) : ['packages'],
          `This change removes ${old.name} in ${old.release} from the public triage record ${id}, and with it ${count(old.events.length)} its readers have seen.`,
          `Keep the entry and its events; if it was recorded by mistake, add an event that says so (with a note). ${DOC}`,
        ),
      );
      continue;
    }
    const changed = old.events.findIndex((event, i) => i >= now.events.length || canonical(event) !== canonical(now.events[i]));
    if (changed === -1) continue;
    const was = describe(old.events[changed]);
    out.push(
      at(
        after,
        'GATE_TRIAGE_EVENTS_REWRITTEN',
        changed < now.events.length ? [...now.path, 'events', changed] : [...now.path, 'events'],
        changed < now.events.length
          ? `Event ${changed + 1} of ${old.name} in ${old.release} of the public triage record ${id} (${was}) is changed, removed or moved by this change; its readers have already seen it.`
          : `This change removes event ${changed + 1} of ${old.name} in ${old.release} of the public triage record ${id} (${was}) and every one after it; its readers have already seen them.`,
        `Restore the events of the base branch as they were, in order, and record the correction as a new event after them, with a note. ${DOC}`,
      ),
    );
  }
  return out;
}

/**
 * Appending is free, but an appended decision dated before the commit the
 * change is compared with says the record was wrong at that commit: a fix
 * recorded late, or one backdated to look on time in the track record. Often
 * honest (a step recorded late), so a warning for the reviewer, once per
 * event, unless the event's note explains it (the page and VEX show the note);
 * `detected` is left out, since intake dates it by upstream.
 */
function backdated(after: TriageVersion, base: readonly Entry[], head: readonly Entry[], id: string, baseTimeMs: number): Diagnostic[] {
  const out: Diagnostic[] = [];
  const baseDate = new Date(baseTimeMs).toISOString().replace(/\.000Z$/, 'Z');
  for (const entry of head) {
    const old = base.find((e) => e.name === entry.name && e.release === entry.release);
    entry.events.forEach((event, i) => {
      if (old && i < old.events.length) return;
      const atMs = Date.parse(String(field(event, 'at')));
      if (field(event, 'status') === 'detected' || field(event, 'note') !== undefined || !(atMs < baseTimeMs)) return;
      out.push(
        at(
          after,
          'GATE_TRIAGE_EVENT_BACKDATED',
          [...entry.path, 'events', i, 'at'],
          `This change adds to the public triage record ${id} a ${String(field(event, 'status'))} event for ${entry.name} in ${entry.release} dated ${String(field(event, 'at'))}, before ${baseDate}, when the base branch still said otherwise; the track record and VEX consumers take the date as given.`,
          `If the step really happened then and is recorded late, say so in the event's note (which silences this); otherwise date it when it happened. ${DOC}`,
        ),
      );
    });
  }
  return out;
}

function entries(data: unknown): Entry[] {
  const out: Entry[] = [];
  const packages = field(data, 'packages');
  if (!Array.isArray(packages)) return out;
  packages.forEach((pkg, i) => {
    const releases = field(pkg, 'releases');
    if (!Array.isArray(releases)) return;
    releases.forEach((entry, j) => {
      const events = field(entry, 'events');
      out.push({
        name: String(field(pkg, 'name')),
        release: String(field(entry, 'release')),
        path: ['packages', i, 'releases', j],
        events: Array.isArray(events) ? events : [],
      });
    });
  });
  return out;
}

function field(object: unknown, key: string): unknown {
  return typeof object === 'object' && object !== null && !Array.isArray(object) ? (object as Record<string, unknown>)[key] : undefined;
}

/** The event's data with keys sorted: the order of fields in the YAML is layout, not content. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

function describe(event: unknown): string {
  return `${String(field(event, 'status'))} at ${String(field(event, 'at'))}`;
}

function count(n: number): string {
  return n === 1 ? 'the one event' : `the ${n} events`;
}

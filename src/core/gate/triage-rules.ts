import { type Diagnostic, diagnostic } from '../diagnostics.ts';
import { strictInstantMs } from '../embargo/embargo-facts.ts';
import type { TriageChange } from './changes.ts';
import { eventLogFindings } from './event-log.ts';
import { baseId, baseUnreadable, embargoesAgain, embargoUndecidable, headUnreadable, stillEmbargoed } from './version-rules.ts';
import { at, type TriageVersion } from './versions.ts';

/**
 * Every rule the gate applies to one changed triage record (vulns/), the same
 * rules as for an advisory (rules.ts) where a record has the field: no merge
 * while its embargo holds, fail closed on anything unreadable, and a record
 * that is public is never deleted, renamed, re-dated or hidden again, and its
 * event logs only grow (event-log.ts). A record
 * has no status or timeline.reported, so the embargo length rules and
 * GATE_EMBARGO_LIFTED are not applied (docs/embargo.md says why).
 */
export function triageChangeFindings(change: TriageChange, now: Date, baseTimeMs?: number): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { before, after } = change;
  if (after) out.push(...headFindings(after, now));
  if (before && !before.data) out.push(baseUnreadable(before, 'triage'));
  if (before && wasPublic(before, now)) out.push(...immutabilityFindings(change, before, now, baseTimeMs));
  return out;
}

function headFindings(after: TriageVersion, now: Date): Diagnostic[] {
  const data = after.data;
  if (!data) return headUnreadable(after, 'triage');
  if (!data.embargo) return [];
  const untilMs = strictInstantMs(data.embargo.until);
  if (untilMs === undefined) {
    return [embargoUndecidable(after, `embargo.until \`${String(data.embargo.until)}\` is not a UTC instant`)];
  }
  if (now.getTime() >= untilMs) return [];
  return [stillEmbargoed(after, `The triage record ${data.id}`, untilMs, now)];
}

/**
 * Whether the base version was public at `now`, from its raw YAML facts (a
 * base the schema refuses is still protected): published upstream and no
 * embargo still holding. In doubt (an instant that does not read) it counts
 * as public.
 */
function wasPublic(version: TriageVersion, now: Date): boolean {
  const facts = version.facts;
  if (!facts?.published) return false;
  const later = (value: string | undefined) => {
    const ms = value === undefined ? undefined : strictInstantMs(value);
    return ms !== undefined && ms > now.getTime();
  };
  return !later(facts.published) && !later(facts.embargoUntil);
}

function immutabilityFindings(change: TriageChange, before: TriageVersion, now: Date, baseTimeMs?: number): Diagnostic[] {
  const old = before.facts ?? {};
  const oldId = baseId(before);
  const after = change.after;
  if (!after) {
    return [
      diagnostic(
        'PUBLISHED_DELETED',
        before.path,
        '',
        `This change deletes the triage record ${oldId}, which is public (published upstream ${old.published}).`,
        'Published triage records are never deleted: restore the file. A REJECTED upstream id gets a `rejected` event instead.',
      ),
    ];
  }
  const data = after.data;
  if (!data) return []; // Already failing closed in headFindings.
  const out: Diagnostic[] = [];
  if (data.id !== oldId) {
    out.push(
      at(
        after,
        'GATE_PUBLISHED_ID_CHANGED',
        ['id'],
        `The id of a public triage record changes from ${oldId} to ${data.id}${change.status === 'renamed' ? ` (moved from ${before.path})` : ''}.`,
        `Keep ${oldId}: its page, VEX and OSV documents are found by it. Record the other id in aliases, or start a new record for it.`,
      ),
    );
  }
  if (data.published_upstream !== old.published) {
    const newMs = strictInstantMs(data.published_upstream);
    // No instant, or one still to come: the record would leave the site, not just move its date.
    const unpublished = newMs === undefined || newMs > now.getTime();
    out.push(
      at(
        after,
        unpublished ? 'GATE_UNPUBLISHED' : 'GATE_PUBLISHED_DATE_CHANGED',
        ['published_upstream'],
        unpublished
          ? `${oldId} is public and this change sets published_upstream to ${data.published_upstream ?? '(removed)'}, which would take it off the site.`
          : `published_upstream of ${oldId} changes from ${old.published} to ${data.published_upstream}.`,
        `Restore it to ${old.published}: the instant it became public is what readers saw and what the time-to-fix record counts from.`,
      ),
    );
  }
  out.push(...eventLogFindings(before, after, oldId, baseTimeMs));
  const oldUntil = old.embargoUntil === undefined ? undefined : strictInstantMs(old.embargoUntil);
  const newUntil = data.embargo ? strictInstantMs(data.embargo.until) : undefined;
  if (embargoesAgain(oldUntil, newUntil, strictInstantMs(old.published))) {
    out.push(
      at(
        after,
        'GATE_EMBARGO_EXTENDED',
        ['embargo', 'until'],
        `The triage record ${oldId} is already public, and this change ${oldUntil === undefined ? 'adds an embargo' : `extends its embargo from ${old.embargoUntil}`} to ${data.embargo?.until}.`,
        'What is public cannot be embargoed again; remove the change to embargo.until.',
      ),
    );
  }
  return out;
}

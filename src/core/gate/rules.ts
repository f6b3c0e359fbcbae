import type { Diagnostic } from '../diagnostics.ts';
import { diagnostic } from '../diagnostics.ts';
import { embargoFacts } from '../embargo/embargo-facts.ts';
import { isPublishable } from '../embargo/publishable.ts';
import type { Settings } from '../settings.ts';
import { DAY_MS, formatInstant } from '../time.ts';
import type { AdvisoryChange } from './changes.ts';
import { baseId, baseUnreadable, embargoesAgain, embargoUndecidable, headUnreadable, stillEmbargoed } from './version-rules.ts';
import { type AdvisoryVersion, at } from './versions.ts';

/** Every rule the gate applies to one changed advisory. */
export function changeFindings(change: AdvisoryChange, policy: Settings['policy'], now: Date): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { before, after } = change;
  if (after) out.push(...headFindings(change, after, policy, now));
  if (before && !before.data) out.push(baseUnreadable(before));
  if (before && wasPublished(before)) out.push(...immutabilityFindings(change, before, now));
  return out;
}

/**
 * Whether the base version was public, from its raw YAML facts, not from its
 * schema-checked data: a base the schema refuses is still protected. In doubt
 * (a publication instant with a status that is not plainly unpublished) it
 * counts as published.
 */
function wasPublished(version: AdvisoryVersion): boolean {
  const facts = version.facts;
  if (!facts?.published) return false;
  return facts.status !== 'draft' && facts.status !== 'embargoed';
}

/** Rules on the version the change would merge. */
function headFindings(change: AdvisoryChange, after: AdvisoryVersion, policy: Settings['policy'], now: Date): Diagnostic[] {
  const data = after.data;
  if (!data) return headUnreadable(after, 'advisory');
  const out: Diagnostic[] = [];
  const facts = embargoFacts(data, policy, now);
  if (facts && 'inDoubt' in facts) {
    out.push(embargoUndecidable(after, facts.inDoubt));
    return out;
  }
  if (facts && !facts.lifted) {
    out.push(stillEmbargoed(after, data.id, facts.untilMs, now));
  } else if (data.status === 'embargoed' && facts?.lifted) {
    out.push(
      at(
        after,
        'GATE_EMBARGO_LIFTED',
        ['status'],
        `The embargo on ${data.id} lifted at ${formatInstant(new Date(facts.untilMs))}, but its status is still embargoed, so it will not be published.`,
        'Set status: published and timeline.published to the instant it goes out.',
      ),
    );
  }

  const beforeEmbargo = change.before?.data?.embargo;
  const embargoChanged = JSON.stringify(beforeEmbargo ?? null) !== JSON.stringify(data.embargo ?? null) || !change.before?.data;
  if (facts && embargoChanged) {
    // Length rules apply to embargoes set or changed here, so an old advisory is not blocked by today's policy.
    if (facts.lengthMs === undefined) {
      out.push(
        at(
          after,
          'GATE_EMBARGO_LENGTH_UNKNOWN',
          ['timeline'],
          `${data.id} has an embargo but no timeline.reported, so its length against the ${facts.maxDays}-day policy cannot be checked; the gate fails closed.`,
          'Add timeline.reported: the instant the team learned of the vulnerability.',
        ),
      );
    } else if (facts.overMax && !facts.hasReason) {
      out.push(
        at(
          after,
          'GATE_EMBARGO_TOO_LONG',
          ['embargo', 'until'],
          `The embargo lasts ${days(facts.lengthMs)} from the report, longer than the policy maximum of ${facts.maxDays} days, and gives no reason.`,
          `Shorten it to at most ${facts.maxDays} days after timeline.reported, or record why in embargo.reason.`,
        ),
      );
    } else if (facts.overPreferred) {
      out.push(
        at(
          after,
          'GATE_EMBARGO_LONG',
          ['embargo', 'until'],
          `The embargo lasts ${days(facts.lengthMs)} from the report, past the preferred ${facts.preferredDays} days${facts.overMax ? ` and the ${facts.maxDays}-day maximum (a reason is recorded)` : ''}.`,
          'Shorter embargoes are preferred; check that the date agreed with the other parties is right.',
        ),
      );
    }
  }

  const publishedMs = data.timeline.published ? Date.parse(data.timeline.published) : undefined;
  const publishedChanged = data.timeline.published !== change.before?.data?.timeline.published;
  if (facts && publishedMs !== undefined && publishedMs < facts.untilMs && (embargoChanged || publishedChanged)) {
    out.push(
      at(
        after,
        'GATE_EMBARGO_AFTER_PUBLICATION',
        ['embargo', 'until'],
        `embargo.until (${data.embargo?.until}) is after timeline.published (${data.timeline.published}): an advisory cannot be published while it is under embargo.`,
        'If the embargo was broken and the advisory went out early, set embargo.until to the publication instant; never extend an embargo after publication.',
      ),
    );
  }
  return out;
}

/** Rules that protect what is already public: it is withdrawn, never deleted, and its id and date never change. */
function immutabilityFindings(change: AdvisoryChange, before: AdvisoryVersion, now: Date): Diagnostic[] {
  const old = before.facts ?? {};
  const oldId = baseId(before);
  const after = change.after;
  if (!after) {
    return [
      diagnostic(
        'PUBLISHED_DELETED',
        before.path,
        '',
        `This change deletes ${oldId}, which was published on ${old.published}.`,
        'Published advisories are never deleted: restore the file and set status: withdrawn with withdrawn and withdrawn_reason instead.',
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
        `The id of a published advisory changes from ${oldId} to ${data.id}${change.status === 'renamed' ? ` (moved from ${before.path})` : ''}.`,
        `Keep ${oldId}: links, feeds and other databases refer to it. To replace it, withdraw it and publish a new advisory.`,
      ),
    );
  }
  if (data.timeline.published !== old.published) {
    out.push(
      at(
        after,
        'GATE_PUBLISHED_DATE_CHANGED',
        ['timeline', 'published'],
        `timeline.published of ${oldId} changes from ${old.published} to ${data.timeline.published ?? '(removed)'}.`,
        `Restore it to ${old.published}; the first publication instant never changes. Record later updates elsewhere (e.g. withdrawn).`,
      ),
    );
  }
  if (data.status !== 'published' && data.status !== 'withdrawn') {
    out.push(
      at(
        after,
        'GATE_UNPUBLISHED',
        ['status'],
        `${oldId} was published and this change sets its status to ${data.status}, which would take it off the site.`,
        'A published advisory can only be withdrawn: set status: withdrawn with withdrawn and withdrawn_reason.',
      ),
    );
  }
  const oldEmbargo = old.embargoUntil === undefined ? {} : { embargo: { until: old.embargoUntil } };
  const oldStatus = old.status === 'withdrawn' ? 'withdrawn' : 'published';
  if (
    isPublishable({ status: oldStatus, timeline: { published: old.published }, ...oldEmbargo } as Parameters<typeof isPublishable>[0], now)
  ) {
    const oldUntil = old.embargoUntil === undefined ? undefined : Date.parse(old.embargoUntil);
    const newUntil = data.embargo ? Date.parse(data.embargo.until) : undefined;
    if (embargoesAgain(oldUntil, newUntil, Date.parse(old.published ?? ''))) {
      out.push(
        at(
          after,
          'GATE_EMBARGO_EXTENDED',
          ['embargo', 'until'],
          `${oldId} is already public, and this change ${oldUntil === undefined ? 'adds an embargo' : `extends its embargo from ${old.embargoUntil}`} to ${data.embargo?.until}.`,
          'What is public cannot be embargoed again; remove the change to embargo.until. To retract the advisory, withdraw it.',
        ),
      );
    }
  }
  return out;
}

function days(ms: number): string {
  const d = ms / DAY_MS;
  return `${Number.isInteger(d) ? d : d.toFixed(1)} days`;
}

import type { Diagnostic } from '../diagnostics.ts';
import { diagnostic } from '../diagnostics.ts';
import { embargoFacts } from '../embargo/embargo-facts.ts';
import { isPublishable } from '../embargo/publishable.ts';
import type { Settings } from '../settings.ts';
import { DAY_MS, formatInstant, formatSpan } from '../time.ts';
import type { AdvisoryChange } from './changes.ts';
import { type AdvisoryVersion, at } from './versions.ts';

const EMBARGO_DOC = 'See docs/embargo.md.';

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

/** Fail closed: the rules that protect published advisories need to read the base version. */
export function baseUnreadable(before: AdvisoryVersion<unknown>, kind: 'advisory' | 'triage' = 'advisory'): Diagnostic {
  const why = before.problems.map((p) => p.code).filter((code, i, all) => all.indexOf(code) === i);
  return diagnostic(
    'GATE_BASE_UNREADABLE',
    before.path,
    '',
    `The base branch's version of this file does not ${before.facts ? `match the ${kind === 'triage' ? 'triage record' : 'advisory'} schema` : 'parse as YAML'}${why.length > 0 ? ` (${why.join(', ')})` : ''}, so the gate cannot be sure which rules protect it${before.facts ? '; it judged it by the fields it could read' : ''} and fails closed.`,
    "Repair the base branch first (a change of its own that makes `npm run check` pass there), then gate this change again. The gate judges with the schemas of the code that runs it; CI runs the base branch's code.",
  );
}

/** Rules on the version the change would merge. */
function headFindings(change: AdvisoryChange, after: AdvisoryVersion, policy: Settings['policy'], now: Date): Diagnostic[] {
  const data = after.data;
  if (!data) {
    // Fail closed: a file the gate cannot read could be embargoed.
    return [
      ...after.problems,
      diagnostic(
        'GATE_UNDECIDABLE',
        after.path,
        '',
        'The gate cannot tell whether this advisory may be merged, because the file above could not be read as an advisory; it fails closed.',
        'Fix the problems reported for this file (npm run check), then run the gate again.',
      ),
    ];
  }
  const out: Diagnostic[] = [];
  const facts = embargoFacts(data, policy, now);
  if (facts && 'inDoubt' in facts) {
    out.push(
      at(
        after,
        'GATE_UNDECIDABLE',
        ['embargo', 'until'],
        `${facts.inDoubt}, so the gate cannot tell when it lifts; it fails closed.`,
        'Write a UTC instant such as 2026-12-01T14:00:00Z.',
      ),
    );
    return out;
  }
  if (facts && !facts.lifted) {
    out.push(
      at(
        after,
        'GATE_EMBARGOED',
        ['embargo', 'until'],
        `${data.id} is under embargo until ${formatInstant(new Date(facts.untilMs))} (${formatSpan(facts.remainingMs)} from now); it may not be merged before then.`,
        `Leave the pull request open: the scheduled re-run turns this check green once the embargo lifts. ${EMBARGO_DOC}`,
      ),
    );
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
  const oldId =
    old.id ??
    before.path
      .split('/')
      .pop()
      ?.replace(/\.yaml$/, '') ??
    before.path;
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
    const publishedMs = Date.parse(old.published ?? '');
    // Recording, after the fact, an embargo that ended by publication changes nothing anyone saw.
    if (newUntil !== undefined && (oldUntil === undefined || newUntil > oldUntil) && !(newUntil <= publishedMs)) {
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

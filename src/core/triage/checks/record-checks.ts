import { type CheckContext, report } from '../../checks/context.ts';
import type { Diagnostic } from '../../diagnostics.ts';
import { formatInstant, instantMs } from '../../time.ts';
import type { TriageEvent } from '../../types.gen.ts';
import { CLOSED, expectedYear, STATUS_FIELDS, type TriageRecord, type TriageStatus } from '../model.ts';

const EXTRA_FIELDS = [...new Set(Object.values(STATUS_FIELDS).flat())];
const OPEN: readonly TriageStatus[] = ['detected', 'investigating', 'affected'];

/**
 * Rules inside one triage record: where it lives, who it names, and that each
 * event log reads as a history (fields per status, time order, transitions).
 */
export function triageRecordChecks(ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Map<string, TriageRecord>();
  for (const t of ctx.db.triage) {
    out.push(...placeChecks(ctx, t));
    for (const name of [t.id, ...(t.aliases ?? [])]) {
      const key = name.toUpperCase();
      const first = seen.get(key);
      if (first && first !== t) {
        const path = name === t.id ? ['id'] : ['aliases', (t.aliases ?? []).indexOf(name)];
        out.push(
          report(
            ctx,
            'TRIAGE_ID_DUPLICATE',
            t.file,
            path,
            `${name} is already tracked by ${first.file}; two records for one vulnerability would give readers two answers.`,
            'Keep one record: merge the packages and events into the first file and delete this one.',
          ),
        );
      } else seen.set(key, t);
    }
    if (t.assignee && !ctx.db.memberByHandle.has(t.assignee)) {
      out.push(memberUnknown(ctx, t, ['assignee'], t.assignee));
    }
    const packages = new Set<string>();
    for (const [p, pkg] of t.packages.entries()) {
      if (packages.has(pkg.name)) {
        out.push(duplicate(ctx, t.file, ['packages', p, 'name'], `The package ${pkg.name} is listed twice in this record.`));
      }
      packages.add(pkg.name);
      const releases = new Set<string>();
      for (const [r, rel] of pkg.releases.entries()) {
        if (releases.has(rel.release)) {
          out.push(
            duplicate(
              ctx,
              t.file,
              ['packages', p, 'releases', r, 'release'],
              `The release ${rel.release} is listed twice for ${pkg.name}.`,
            ),
          );
        }
        releases.add(rel.release);
        out.push(...eventChecks(ctx, t, ['packages', p, 'releases', r, 'events'], rel.events));
      }
    }
  }
  return out;
}

function placeChecks(ctx: CheckContext, t: TriageRecord): Diagnostic[] {
  const out: Diagnostic[] = [];
  const [, year, name] = t.file.split('/');
  if (name !== `${t.id}.yaml`) {
    out.push(
      report(
        ctx,
        'ID_FILENAME_MISMATCH',
        t.file,
        ['id'],
        `The record's id ${t.id} does not match its file name ${name}.`,
        `Rename the file to vulns/${year}/${t.id}.yaml, or fix the id.`,
      ),
    );
  }
  const expected = expectedYear(t);
  if (expected !== year) {
    out.push(
      report(
        ctx,
        'ID_YEAR_FOLDER',
        t.file,
        ['id'],
        expected
          ? `The record ${t.id} belongs in vulns/${expected}/ (the year of its id, or of published_upstream for an id without one), not vulns/${year}/.`
          : `The id ${t.id} carries no year and the record has no published_upstream, so it has no year folder.`,
        expected ? `Move the file to vulns/${expected}/${t.id}.yaml.` : 'Add published_upstream, then put the file in that year’s folder.',
      ),
    );
  }
  return out;
}

function eventChecks(ctx: CheckContext, t: TriageRecord, base: (string | number)[], events: readonly TriageEvent[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const nowMs = ctx.now.getTime();
  for (const [i, e] of events.entries()) {
    const path = [...base, i];
    if (e.by && !ctx.db.memberByHandle.has(e.by)) out.push(memberUnknown(ctx, t, [...path, 'by'], e.by));
    out.push(...fieldChecks(ctx, t, path, e));
    const atMs = instantMs(e.at);
    if (atMs > nowMs) {
      out.push(
        report(
          ctx,
          'TRIAGE_EVENT_FUTURE',
          t.file,
          [...path, 'at'],
          `This ${e.status} event is dated ${e.at}, which is after now (${formatInstant(ctx.now)}); a log records what has happened.`,
          'Use the time it happened, in UTC with `Z`.',
        ),
      );
    }
    const prev = events[i - 1];
    if (!prev) continue;
    if (instantMs(prev.at) > atMs) {
      out.push(
        report(
          ctx,
          'TRIAGE_EVENT_ORDER',
          t.file,
          [...path, 'at'],
          `This ${e.status} event (${e.at}) is earlier than the ${prev.status} event before it (${prev.at}); the latest event is the current status, so the log must be in time order.`,
          'Put the events oldest first, or fix the date.',
        ),
      );
    }
    const problem = transitionProblem(prev, e);
    if (problem) out.push(report(ctx, 'TRIAGE_TRANSITION', t.file, [...path, 'status'], problem.message, problem.hint));
  }
  return out;
}

/** Why going from `prev` to `next` makes no sense, or undefined when it does (docs/triage.md, "Transitions"). */
function transitionProblem(prev: TriageEvent, next: TriageEvent): { message: string; hint: string } | undefined {
  if (prev.status === 'rejected') {
    return {
      message: `The ${next.status} event follows rejected; a rejected upstream id is final.`,
      hint: 'If upstream re-published the vulnerability under a new id, track it in a record of its own.',
    };
  }
  if (next.status === 'detected') {
    return {
      message: `detected follows ${prev.status}; detected is only the first event of a log.`,
      hint: 'Use investigating to reopen triage, with a note saying why.',
    };
  }
  if (CLOSED.includes(prev.status) && OPEN.includes(next.status) && !next.note) {
    return {
      message: `${next.status} follows ${prev.status} without a note; reopening a decided package (an incomplete fix, a wrong assessment) must say why.`,
      hint: 'Add `note:` to this event with the reason.',
    };
  }
  return undefined;
}

function fieldChecks(ctx: CheckContext, t: TriageRecord, path: (string | number)[], e: TriageEvent): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (e.status === 'not_affected' && (!e.justification || !e.statement)) {
    const missing = [!e.justification && 'justification', !e.statement && 'statement'].filter(Boolean).join(' and ');
    out.push(
      report(
        ctx,
        'TRIAGE_JUSTIFICATION_MISSING',
        t.file,
        [...path, 'status'],
        `This not_affected event has no ${missing}; VEX consumers need both to trust a "not affected".`,
        'Add `justification:` (component_not_present, vulnerable_code_not_present, vulnerable_code_not_in_execute_path, vulnerable_code_cannot_be_controlled_by_adversary or inline_mitigations_already_exist) and a one-line `statement:`.',
      ),
    );
  }
  if (e.status === 'fixed' && !e.version) {
    out.push(
      report(
        ctx,
        'TRIAGE_FIX_VERSION_MISSING',
        t.file,
        [...path, 'status'],
        'This fixed event names no version; readers and scanners cannot tell which package version has the fix.',
        'Add `version:` with the first fixed package version in this release.',
      ),
    );
  }
  if (e.status === 'will_not_fix' && !e.reason) {
    out.push(
      report(
        ctx,
        'TRIAGE_REASON_MISSING',
        t.file,
        [...path, 'status'],
        'This will_not_fix event gives no reason; readers must be able to see why a known vulnerability stays.',
        'Add `reason:`, e.g. "the release is past its end of life".',
      ),
    );
  }
  const allowed = STATUS_FIELDS[e.status];
  for (const field of EXTRA_FIELDS) {
    if (e[field] !== undefined && !allowed.includes(field)) {
      out.push(
        report(
          ctx,
          'TRIAGE_EVENT_FIELD',
          t.file,
          [...path, field],
          `\`${field}\` does not belong to a ${e.status} event, so exports would carry it under the wrong status.`,
          `Remove it, or change the status to the one it belongs to (see docs/triage.md).`,
          'key',
        ),
      );
    }
  }
  return out;
}

function memberUnknown(ctx: CheckContext, t: TriageRecord, path: (string | number)[], handle: string): Diagnostic {
  return report(
    ctx,
    'TRIAGE_MEMBER_UNKNOWN',
    t.file,
    path,
    `${handle} is not a member in rotations/, so nobody can be reached about this record.`,
    'Use the handle of a member in the roster, or add the member first.',
  );
}

export function duplicate(ctx: CheckContext, file: string, path: (string | number)[], message: string): Diagnostic {
  return report(ctx, 'TRIAGE_ENTRY_DUPLICATE', file, path, message, 'Keep one entry and merge what the others say into it.');
}

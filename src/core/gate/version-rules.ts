import { type Diagnostic, diagnostic } from '../diagnostics.ts';
import { formatInstant, formatSpan } from '../time.ts';
import { type AdvisoryVersion, at } from './versions.ts';

/**
 * The pieces of the gate's rules that advisories (rules.ts) and triage records
 * (triage-rules.ts) share word for word but for what the file is called, so
 * the two kinds of file fail closed, block an embargo and protect what is
 * public in the same way.
 */

export type GatedKind = 'advisory' | 'triage';

const EMBARGO_DOC = 'See docs/embargo.md.';

function noun(kind: GatedKind): string {
  return kind === 'triage' ? 'triage record' : 'advisory';
}

/** Fail closed: the rules that protect published advisories need to read the base version. */
export function baseUnreadable(before: AdvisoryVersion<unknown>, kind: GatedKind = 'advisory'): Diagnostic {
  const why = before.problems.map((p) => p.code).filter((code, i, all) => all.indexOf(code) === i);
  return diagnostic(
    'GATE_BASE_UNREADABLE',
    before.path,
    '',
    `The base branch's version of this file does not ${before.facts ? `match the ${noun(kind)} schema` : 'parse as YAML'}${why.length > 0 ? ` (${why.join(', ')})` : ''}, so the gate cannot be sure which rules protect it${before.facts ? '; it judged it by the fields it could read' : ''} and fails closed.`,
    "Repair the base branch first (a change of its own that makes `npm run check` pass there), then gate this change again. The gate judges with the schemas of the code that runs it; CI runs the base branch's code.",
  );
}

/** Fail closed: a head version the gate cannot read could be embargoed. Its own problems come first. */
export function headUnreadable(after: AdvisoryVersion<unknown>, kind: GatedKind): Diagnostic[] {
  return [
    ...after.problems,
    diagnostic(
      'GATE_UNDECIDABLE',
      after.path,
      '',
      `The gate cannot tell whether this ${noun(kind)} may be merged, because the file above could not be read as ${kind === 'triage' ? 'a triage record' : 'an advisory'}; it fails closed.`,
      'Fix the problems reported for this file (npm run check), then run the gate again.',
    ),
  ];
}

/** Fail closed on an embargo.until that does not read as an instant; `what` says what is wrong with it. */
export function embargoUndecidable(after: AdvisoryVersion<unknown>, what: string): Diagnostic {
  return at(
    after,
    'GATE_UNDECIDABLE',
    ['embargo', 'until'],
    `${what}, so the gate cannot tell when it lifts; it fails closed.`,
    'Write a UTC instant such as 2026-12-01T14:00:00Z.',
  );
}

/** The embargo on `subject` (e.g. "KSA-2026-0013", "The triage record CVE-2026-1313") still holds at `now`. */
export function stillEmbargoed(after: AdvisoryVersion<unknown>, subject: string, untilMs: number, now: Date): Diagnostic {
  return at(
    after,
    'GATE_EMBARGOED',
    ['embargo', 'until'],
    `${subject} is under embargo until ${formatInstant(new Date(untilMs))} (${formatSpan(untilMs - now.getTime())} from now); it may not be merged before then.`,
    `Leave the pull request open: the scheduled re-run turns this check green once the embargo lifts. ${EMBARGO_DOC}`,
  );
}

/** The id a base version had: its own id field, else its file name without .yaml. */
export function baseId(before: AdvisoryVersion<unknown>): string {
  return before.facts?.id ?? (before.path.split('/').pop() ?? before.path).replace(/\.yaml$/, '');
}

/**
 * Whether a change to embargo.until embargoes again what is public: an embargo
 * added or moved later. Recording, after the fact, an embargo that ended by
 * publication (at or before `publishedMs`) changes nothing anyone saw. An
 * instant that does not read (NaN) never compares as later or earlier.
 */
export function embargoesAgain(oldUntilMs: number | undefined, newUntilMs: number | undefined, publishedMs: number | undefined): boolean {
  if (newUntilMs === undefined) return false;
  if (oldUntilMs !== undefined && !(newUntilMs > oldUntilMs)) return false;
  return !(publishedMs !== undefined && newUntilMs <= publishedMs);
}

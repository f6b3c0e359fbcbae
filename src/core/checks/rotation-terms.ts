import type { Diagnostic } from '../diagnostics.ts';
import type { RotationTerm } from '../model.ts';
import { slotKey } from '../rotation/duty.ts';
import { addMonthsUtc } from '../rotation/months.ts';
import { formatInstant } from '../time.ts';
import { type CheckContext, report } from './context.ts';

/**
 * Terms against the policy and against each other: length between
 * policy.term_min_months and term_max_months, no member holding one slot twice
 * at once, nobody backing up themselves, and areas only (and always) on experts.
 * Overlaps between different members are allowed: that is a handover period.
 */
export function rotationTermChecks(ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { db, now } = ctx;
  const { term_min_months: min, term_max_months: max } = db.settings.policy;
  const valid = db.terms.filter((t) => t.fromMs < t.untilMs);

  for (const t of valid) {
    if (t.role === 'expert' && !t.area) {
      out.push(
        report(
          ctx,
          'TERM_AREA_MISSING',
          t.file,
          ['terms', t.index, 'role'],
          `The expert term of \`${t.member}\` names no area.`,
          'Add `area:` (e.g. `area: kernel`) so people know what to consult them on.',
        ),
      );
    }
    if (t.role !== 'expert' && t.area) {
      out.push(
        report(
          ctx,
          'TERM_AREA_UNEXPECTED',
          t.file,
          ['terms', t.index, 'area'],
          `A ${t.role} term has an area (\`${t.area}\`); only expert terms have one.`,
          'Remove `area`, or make the term `role: expert`.',
          'key',
        ),
      );
    }
    // Past terms are history: they are not judged again when the policy changes.
    if (t.untilMs <= now.getTime()) continue;
    const shortest = addMonthsUtc(t.fromMs, min);
    const longest = addMonthsUtc(t.fromMs, max);
    if (t.untilMs < shortest) {
      out.push(
        report(
          ctx,
          'TERM_TOO_SHORT',
          t.file,
          ['terms', t.index, 'until'],
          `The ${t.role} term of \`${t.member}\` from ${t.from} until ${t.until} is shorter than the policy's ${min} months.`,
          `End it on ${formatInstant(new Date(shortest))} or later, or change policy.term_min_months in watchkeeper.yaml.`,
        ),
      );
    } else if (t.untilMs > longest) {
      out.push(
        report(
          ctx,
          'TERM_TOO_LONG',
          t.file,
          ['terms', t.index, 'until'],
          `The ${t.role} term of \`${t.member}\` from ${t.from} until ${t.until} is longer than the policy's ${max} months.`,
          `End it on ${formatInstant(new Date(longest))} or earlier and add a new term after it, or change policy.term_max_months in watchkeeper.yaml.`,
        ),
      );
    }
  }

  const byMember = new Map<string, RotationTerm[]>();
  for (const t of valid) byMember.set(t.member, [...(byMember.get(t.member) ?? []), t]);
  for (const terms of byMember.values()) {
    const sorted = [...terms].sort((a, b) => a.fromMs - b.fromMs || a.file.localeCompare(b.file) || a.index - b.index);
    for (const [i, later] of sorted.entries()) {
      for (const earlier of sorted.slice(0, i)) {
        if (earlier.untilMs <= later.fromMs) continue;
        if (slotKey(earlier) === slotKey(later)) {
          out.push(
            report(
              ctx,
              'TERM_OVERLAP',
              later.file,
              ['terms', later.index, 'from'],
              `\`${later.member}\` already holds ${describeSlot(later)} until ${earlier.until} (${where(earlier)}); this term starts ${later.from}.`,
              `Start this term at ${earlier.until}, or merge the two terms.`,
            ),
          );
        } else if (earlier.role === later.role && earlier.role !== 'expert' && earlier.position !== later.position) {
          out.push(
            report(
              ctx,
              'TERM_SELF_BACKUP',
              later.file,
              ['terms', later.index, 'member'],
              `\`${later.member}\` would be both primary and backup ${later.role} from ${later.from} (see ${where(earlier)}).`,
              'The backup steps in when the primary is away, so it must be someone else: name another member.',
            ),
          );
        }
      }
    }
  }
  return out;
}

function describeSlot(t: RotationTerm): string {
  if (t.role === 'expert') return `the expert term for ${t.area ?? '(no area)'}`;
  return `the ${t.position === 'backup' ? 'backup ' : ''}${t.role} term`;
}

function where(t: RotationTerm): string {
  return `${t.file}, term ${t.index + 1}`;
}

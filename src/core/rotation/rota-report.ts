import type { Database, RotationTerm } from '../model.ts';
import { formatInstant } from '../time.ts';
import { coverageFrom } from './coverage.ts';
import { type DutyLine, dutyAt, dutyLine, type Handover, handoversAfter } from './duty.ts';

export interface HandoverLine {
  at: string;
  role: RotationTerm['role'];
  position: RotationTerm['position'];
  area?: string;
  outgoing: string[];
  incoming: string[];
}

export interface GapLine {
  role: RotationTerm['role'];
  position: RotationTerm['position'];
  from: string;
  until: string;
}

/** Everything `npm run rota` says about one instant: plain data, serialisable as JSON. */
export interface RotaReport {
  at: string;
  now: DutyLine[];
  /** Who is on duty after the next change of holders, and from when. */
  next: { at: string; duty: DutyLine[] } | undefined;
  handovers: HandoverLine[];
  /** Coordinator gaps from `at` to the end of the plan. */
  gaps: GapLine[];
  /** End of the last coordinator term (exclusive), when there is one. */
  plannedUntil: string | undefined;
}

export function rotaReport(db: Database, at: Date, options: { handovers?: number } = {}): RotaReport {
  const lines = (terms: RotationTerm[]): DutyLine[] => terms.map((t) => dutyLine(t, db.memberByHandle));
  const handovers = handoversAfter(db.terms, at);
  const first = handovers[0];
  const coverage = coverageFrom(db.terms, at);
  return {
    at: formatInstant(at),
    now: lines(dutyAt(db.terms, at).terms),
    next: first ? { at: formatInstant(first.at), duty: lines(dutyAt(db.terms, first.at).terms) } : undefined,
    handovers: handovers.slice(0, options.handovers ?? 20).map(handoverLine),
    gaps: coverage.gaps.map((g) => ({
      role: g.role,
      position: g.position,
      from: formatInstant(new Date(g.fromMs)),
      until: formatInstant(new Date(g.untilMs)),
    })),
    plannedUntil: coverage.plannedUntilMs === undefined ? undefined : formatInstant(new Date(coverage.plannedUntilMs)),
  };
}

function handoverLine(h: Handover): HandoverLine {
  return {
    at: formatInstant(h.at),
    role: h.role,
    position: h.position,
    ...(h.area ? { area: h.area } : {}),
    outgoing: h.outgoing,
    incoming: h.incoming,
  };
}

/** `backup coordinator`, `reviewer`, `expert (kernel)`. */
export function dutyLabel(d: { role: RotationTerm['role']; position: RotationTerm['position']; area?: string }): string {
  const base = d.role === 'expert' ? `expert (${d.area ?? 'no area'})` : d.role;
  return d.position === 'backup' ? `backup ${base}` : base;
}

/** The report as terminal text. */
export function formatRota(report: RotaReport, teamName: string): string {
  const out: string[] = [`${teamName}: rotation at ${report.at}`, ''];
  const table = (duty: DutyLine[]) => {
    if (duty.length === 0) return ['  nobody'];
    const who = (d: DutyLine) => `${d.name} (${d.member})`;
    const width = Math.max(...duty.map((d) => dutyLabel(d).length));
    const whoWidth = Math.max(...duty.map((d) => who(d).length));
    return duty.map((d) => `  ${dutyLabel(d).padEnd(width)}  ${who(d).padEnd(whoWidth)}  until ${d.until}`);
  };
  out.push('On duty', ...table(report.now), '');
  if (report.next) out.push(`Next, from ${report.next.at}`, ...table(report.next.duty), '');
  out.push('Upcoming handovers');
  if (report.handovers.length === 0) out.push('  none planned');
  for (const h of report.handovers) {
    const from = h.outgoing.join(', ') || '(nobody)';
    const to = h.incoming.join(', ') || '(nobody)';
    out.push(`  ${h.at}  ${dutyLabel(h).padEnd(20)}  ${from} -> ${to}`);
  }
  out.push('', 'Coordinator gaps');
  if (report.plannedUntil === undefined) out.push('  no coordinator terms are planned');
  else if (Date.parse(report.plannedUntil) <= Date.parse(report.at))
    out.push(`  the planned rotation ended on ${report.plannedUntil}: nobody coordinates`);
  else if (report.gaps.length === 0) out.push(`  none until ${report.plannedUntil}, the end of the planned rotation`);
  for (const g of report.gaps) out.push(`  ${g.from} until ${g.until}  no ${g.position === 'backup' ? 'backup ' : ''}${g.role}`);
  return out.join('\n');
}

/** Whether the report shows nobody coordinating at some point from its instant on. */
export function rotaHasGaps(report: RotaReport): boolean {
  return report.plannedUntil === undefined || Date.parse(report.plannedUntil) <= Date.parse(report.at) || report.gaps.length > 0;
}

import { type Advisory, versionsNamed } from '../core/index.ts';
import type { Entry } from './database.ts';
import { severityText } from './format.ts';

/**
 * What the advisory list's filter matches a row by, lower-cased: the id,
 * aliases, package names, summary and every version the advisory names, so
 * `openssl denial` or `3.0.15-1.ks3` finds the row (the filter requires every word).
 */
export function rowSearchText(entry: Entry): string {
  const a: Advisory = entry.advisory;
  return [
    a.id,
    ...(a.aliases ?? []),
    ...entry.facts.packages.map((p) => p.name),
    a.summary,
    ...a.affected.flatMap(versionsNamed),
    ...(a.fixes ?? []).flatMap((f) => (f.version ? [f.version] : [])),
    a.status,
  ]
    .join(' ')
    .toLowerCase();
}

/** A row's severity cell: the rating in its colour, or plainly `withdrawn` (a withdrawn advisory is no risk to colour). */
export function rowSeverity(entry: Entry): { text: string; className: string } {
  if (entry.advisory.status === 'withdrawn') return { text: 'Withdrawn', className: 'sev sev-withdrawn' };
  return { text: severityText(entry.facts), className: `sev sev-${entry.facts.severity}` };
}

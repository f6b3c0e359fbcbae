import { type Diagnostic, diagnostic } from './diagnostics.ts';

/** How many problems one file may report before the rest are summed up in one line. */
export const MAX_DIAGNOSTICS_PER_FILE = 100;

/**
 * Keeps the first `max` diagnostics of one file (in the order given, sorted
 * already) and replaces the rest with one FILE_MORE_PROBLEMS that counts them,
 * so 10,000 bad list items print 101 lines, not 10,000 annotations.
 */
export function capDiagnostics(file: string, list: Diagnostic[], max = MAX_DIAGNOSTICS_PER_FILE): Diagnostic[] {
  if (list.length <= max) return list;
  const rest = list.length - max;
  const codes = [...new Set(list.slice(max).map((d) => d.code))].sort().join(', ');
  return [
    ...list.slice(0, max),
    diagnostic(
      'FILE_MORE_PROBLEMS',
      file,
      '',
      `${rest.toLocaleString('en-US')} more problem${rest === 1 ? '' : 's'} in this file ${rest === 1 ? 'is' : 'are'} not shown (${codes}).`,
      'Fix the problems above and check again.',
    ),
  ];
}

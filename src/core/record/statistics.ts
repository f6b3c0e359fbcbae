import type { MeasureStats } from './types.ts';

/**
 * The few statistics the track record publishes, written out so anyone can
 * recompute them from the table with a spreadsheet.
 */

/**
 * The p-th percentile (0–100) by linear interpolation between closest ranks:
 * position (n − 1) · p / 100 in the sorted values. This is the method of
 * numpy.percentile's default, R's type 7 and spreadsheets' PERCENTILE.INC,
 * and its 50th percentile is the usual median (the mean of the two middle
 * values for an even count). Undefined for no values.
 */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const position = ((sorted.length - 1) * p) / 100;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const low = sorted[below] as number;
  const high = sorted[above] as number;
  return low + (high - low) * (position - below);
}

export function median(values: readonly number[]): number | undefined {
  return percentile(values, 50);
}

/** Rounds for display and export: one decimal place for days. */
export function roundDays(days: number): number {
  return Math.round(days * 10) / 10;
}

/**
 * The figures of one measure over one group of rows, the same for the
 * advisory record and the tracked-vulnerability record: `values` are the days
 * to fix of the rows with both dates, `overdue` the rows still without a fix
 * past the target, which count as misses in the share (leaving them out would
 * flatter the record).
 */
export function measureDays(values: readonly number[], overdue: number, targetDays: number): MeasureStats {
  const within = values.filter((v) => v <= targetDays).length;
  const denominator = values.length + overdue;
  const med = median(values);
  const p90 = percentile(values, 90);
  return {
    count: values.length,
    ...(med !== undefined ? { median: med } : {}),
    ...(p90 !== undefined ? { p90 } : {}),
    within,
    overdue,
    ...(denominator > 0 ? { share: within / denominator } : {}),
  };
}

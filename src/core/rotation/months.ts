/**
 * Calendar months in UTC, for the term length policy. A month is not a fixed
 * number of days: 2026-01-31 plus one month is 2026-02-28, and 2028-02-29
 * plus twelve months is 2029-02-28 (the day is clamped to the month's end).
 */
export function addMonthsUtc(ms: number, months: number): number {
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(
    year,
    month,
    Math.min(d.getUTCDate(), lastDay),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
    d.getUTCMilliseconds(),
  );
}

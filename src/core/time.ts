/**
 * Parses a schema-valid UTC instant (see schema/formats.ts) to epoch milliseconds.
 * The checks call this for every timeline field of every advisory, and
 * Date.parse costs over a microsecond a call; the common `2026-12-01T14:00:00Z`
 * form is computed from its digits instead. That path gives exactly what
 * Date.parse gives (the ECMAScript date-time format is defined as UTC fields),
 * and anything else — fractions, out-of-range fields, years below 100 (which
 * Date.UTC would read as 19xx), malformed text — goes to Date.parse itself.
 */
export function instantMs(value: string): number {
  return plainInstantMs(value) ?? Date.parse(value);
}

/** `YYYY-MM-DDTHH:MM:SSZ` with every field in range, else undefined. */
function plainInstantMs(value: string): number | undefined {
  if (value.length !== 20 || value.charCodeAt(19) !== 90 /* Z */) return undefined;
  if (value[4] !== '-' || value[7] !== '-' || value[10] !== 'T' || value[13] !== ':' || value[16] !== ':') return undefined;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  const hour = digits(value, 11, 2);
  const minute = digits(value, 14, 2);
  const second = digits(value, 17, 2);
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

/** The decimal number in value[start, start + length), or -1 when any of it is not a digit. */
function digits(value: string, start: number, length: number): number {
  let n = 0;
  for (let i = start; i < start + length; i++) {
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export const DAY_MS = 24 * 60 * 60 * 1000;

/** `2026-12-01T14:00:00Z` for a Date, without milliseconds when they are zero. */
export function formatInstant(date: Date): string {
  return date.toISOString().replace('.000Z', 'Z');
}

/** A human span like `3 days 4 hours` (rounded down to minutes). */
export function formatSpan(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / 60000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const parts: string[] = [];
  if (days) parts.push(`${days} day${days === 1 ? '' : 's'}`);
  if (hours) parts.push(`${hours} hour${hours === 1 ? '' : 's'}`);
  if (!days && mins) parts.push(`${mins} minute${mins === 1 ? '' : 's'}`);
  return parts.join(' ') || 'less than a minute';
}

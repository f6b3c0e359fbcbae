/** Parses a schema-valid UTC instant (see schema/formats.ts) to epoch milliseconds. */
export function instantMs(value: string): number {
  return Date.parse(value);
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

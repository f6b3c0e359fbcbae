/**
 * Reads a command-line instant: a UTC instant with `Z`
 * (`2027-01-01T09:30:00Z`) or a calendar date (`2027-01-01`, meaning its
 * start, 00:00 UTC). Anything else, including a time without a zone, is
 * refused rather than read in the machine's local time.
 */
export function parseAtArgument(value: string): Date | undefined {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const instant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/.test(value);
  if (!date && !instant) return undefined;
  const parsed = new Date(date ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(parsed.getTime())) return undefined;
  // Reject dates that JavaScript silently rolls over (2027-02-30 → 2027-03-02).
  if (parsed.toISOString().slice(0, 10) !== value.slice(0, 10)) return undefined;
  return parsed;
}

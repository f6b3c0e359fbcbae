/**
 * The clock a build publishes by: the real time, or `pinned` (the
 * WATCHKEEPER_BUILD_NOW a test sets) when given. A pinned instant is honoured
 * only when it is not in the future, so it can only ever make the site show
 * less (an embargo cannot be lifted early by setting it); anything unparsable
 * is refused.
 */
export function buildClockAt(pinned: string | undefined, real: Date): Date {
  if (!pinned) return real;
  const at = new Date(pinned);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(pinned) || Number.isNaN(at.getTime())) {
    throw new Error(`WATCHKEEPER_BUILD_NOW=${pinned} is not a UTC instant like 2026-12-01T14:00:00Z.`);
  }
  if (at.getTime() > real.getTime()) {
    throw new Error(`WATCHKEEPER_BUILD_NOW=${pinned} is in the future; a build may only be pinned to a past instant.`);
  }
  return at;
}

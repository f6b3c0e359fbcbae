import type { Code } from '../codes.ts';
import type { Position } from '../diagnostics.ts';
import { type Diagnostic, diagnostic, pointerOf } from '../diagnostics.ts';
import type { Database } from '../model.ts';

/** What every check gets: the loaded database, the clock, and a way to point into files. */
export interface CheckContext {
  db: Database;
  now: Date;
  locate: (file: string, pointer: string, part?: 'key' | 'value') => Position | undefined;
  /**
   * When set, `report` leaves the position to this instead of calling `locate`:
   * the caller fills every position after the checks, one parse per file
   * (see yaml/locate-later.ts), so warnings at scale keep no parsed documents.
   */
  locateLater?: (diagnostic: Diagnostic, part: 'key' | 'value') => void;
}

export type Check = (ctx: CheckContext) => Diagnostic[];

/** Builds a diagnostic positioned on `path` in `file`. */
export function report(
  ctx: CheckContext,
  code: Code,
  file: string,
  path: readonly (string | number)[],
  message: string,
  hint?: string,
  part: 'key' | 'value' = 'value',
): Diagnostic {
  const pointer = pointerOf(path);
  if (ctx.locateLater) {
    const later = diagnostic(code, file, pointer, message, hint);
    ctx.locateLater(later, part);
    return later;
  }
  return diagnostic(code, file, pointer, message, hint, ctx.locate(file, pointer, part));
}

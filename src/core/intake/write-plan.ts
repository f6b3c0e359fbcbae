import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { replaceFileAtomic, writeNewFileAtomic } from '../authoring/write-file.ts';
import { type Diagnostic, diagnostic } from '../diagnostics.ts';
import { type PlannedWrite, recordChanged } from './plan.ts';
import { digestOf } from './repo-state.ts';

function unchanged(path: string, digest: string | undefined): boolean {
  try {
    return digest !== undefined && digestOf(readFileSync(path)) === digest;
  } catch {
    return false;
  }
}

/**
 * Writes the planned files, each atomically: a new record never over an
 * existing file (one created since planning is reported, not replaced), an
 * updated record by temporary file and rename. Called only for a plan with no
 * errors, so a run writes everything it planned or nothing.
 */
export function writePlan(root: string, writes: readonly PlannedWrite[]): { written: string[]; diagnostics: Diagnostic[] } {
  const written: string[] = [];
  const diagnostics: Diagnostic[] = [];
  // Every record to update must still be the one planned from, before anything is written: all or nothing.
  for (const w of writes) if (!w.create && !unchanged(join(root, w.file), w.digest)) diagnostics.push(recordChanged(w.file, []));
  if (diagnostics.length > 0) return { written, diagnostics };
  for (const w of writes) {
    const path = join(root, w.file);
    if (w.create) {
      if (writeNewFileAtomic(path, w.text)) written.push(w.file);
      else
        diagnostics.push(
          diagnostic(
            'INTAKE_INVALID',
            w.file,
            '',
            'The file appeared while intake was running; it was left as it is.',
            'Run intake again.',
          ),
        );
    } else {
      replaceFileAtomic(path, w.text);
      written.push(w.file);
    }
  }
  return { written, diagnostics };
}

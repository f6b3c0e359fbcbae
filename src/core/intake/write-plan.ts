import { join } from 'node:path';
import { replaceFileAtomic, writeNewFileAtomic } from '../authoring/write-file.ts';
import { type Diagnostic, diagnostic } from '../diagnostics.ts';
import type { PlannedWrite } from './plan.ts';

/**
 * Writes the planned files, each atomically: a new record never over an
 * existing file (one created since planning is reported, not replaced), an
 * updated record by temporary file and rename. Called only for a plan with no
 * errors, so a run writes everything it planned or nothing.
 */
export function writePlan(root: string, writes: readonly PlannedWrite[]): { written: string[]; diagnostics: Diagnostic[] } {
  const written: string[] = [];
  const diagnostics: Diagnostic[] = [];
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

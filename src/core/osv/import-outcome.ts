import { join } from 'node:path';
import { writeNewFileAtomic } from '../authoring/write-file.ts';
import { type Diagnostic, diagnostic } from '../diagnostics.ts';
import type { PlannedFile, PlanResult } from './import-plan.ts';

/**
 * Says why each skipped record was not imported: IMPORT_DUPLICATE_ID when the
 * same original id came twice in this run with different content (a person
 * must choose), IMPORT_ALREADY_IMPORTED when it is the same record again.
 */
export function skippedDiagnostics(skipped: PlanResult['skipped']): Diagnostic[] {
  return skipped.map((s) => {
    if (s.sameAs && !s.identical) {
      return diagnostic(
        'IMPORT_DUPLICATE_ID',
        s.input,
        '/id',
        `${s.sourceId} was also in ${s.sameAs} (imported as ${s.existing}) with different content; this copy was not imported.`,
        'Decide which record is right and import that file alone.',
      );
    }
    const where = s.sameAs ? `the same record as ${s.sameAs}, imported as ${s.existing}` : `already here as ${s.existing}`;
    return diagnostic(
      'IMPORT_ALREADY_IMPORTED',
      s.input,
      '/id',
      `${s.sourceId} is ${where}; skipped.`,
      'Nothing to do; edit the existing file to update it.',
    );
  });
}

/**
 * Writes one planned file, never over an existing one (another import or
 * `npm run new` may have taken the id meanwhile): undefined when written, else
 * IMPORT_FILE_EXISTS.
 */
export function writePlannedFile(root: string, planned: PlannedFile): Diagnostic | undefined {
  if (writeNewFileAtomic(join(root, planned.file), planned.text)) return undefined;
  return diagnostic(
    'IMPORT_FILE_EXISTS',
    planned.file,
    '',
    `${planned.file} already exists; ${planned.sourceId} was not written.`,
    'Run the import again: it takes the next free id.',
  );
}

import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics.ts';
import { loadDatabase } from '../load.ts';
import type { Database } from '../model.ts';
import type { AdvisoryFile } from '../types.gen.ts';
import { type NewAdvisoryInput, newAdvisoryData, renderNewAdvisory } from './new-advisory.ts';
import { advisoryFileFor, createIdAllocator, type IdAllocator, takenIds } from './next-id.ts';
import { idsOnSharedBranches } from './remote-ids.ts';
import { writeNewFileAtomic } from './write-file.ts';

/**
 * The ids a new or renumbered advisory must not take: every file name under
 * advisories/ (sealed drafts included), every loaded advisory's id, and the
 * ids on the shared branches (someone else's merged work).
 */
export async function allocatorFor(root: string, db: Database): Promise<IdAllocator> {
  const prefix = db.settings.id_prefix;
  const taken = new Set([
    ...takenIds(root, prefix),
    ...db.advisories.map((a) => a.id.toUpperCase()),
    ...(await idsOnSharedBranches(root, prefix)),
  ]);
  return createIdAllocator(prefix, taken);
}

/** Another writer can take a number between choosing it and writing the file: so many tries, then give up. */
const ATTEMPTS = 5;

export type CreateAdvisoryResult = { ok: true; id: string; file: string; diagnostics: Diagnostic[] } | { ok: false; message: string };

/**
 * Writes a new advisory under the next free id of `now`'s year. The file is
 * created exclusively, so an id another process took meanwhile is skipped and
 * the next one tried. The result carries the checks' findings on the new file.
 */
export function createAdvisory(
  root: string,
  db: Database,
  input: NewAdvisoryInput,
  allocator: IdAllocator,
  now: Date,
): CreateAdvisoryResult {
  return createWithNextId(root, allocator, now, (id) => newAdvisoryData(input, id, db.settings, now));
}

/** The same for data built elsewhere (`npm run new -- --from <ID>`, advisory-from-triage.ts): `build` gets the id. */
export function createWithNextId(
  root: string,
  allocator: IdAllocator,
  now: Date,
  build: (id: string) => AdvisoryFile,
): CreateAdvisoryResult {
  const year = now.getUTCFullYear();
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const id = allocator.next(year);
    const file = advisoryFileFor(id);
    // next() already marked the id used, so a taken one is simply passed over.
    if (!writeNewFileAtomic(join(root, file), renderNewAdvisory(build(id)))) continue;
    const diagnostics = loadDatabase(root, { now }).diagnostics.filter((d) => d.file === file);
    return { ok: true, id, file, diagnostics };
  }
  return { ok: false, message: `Could not find a free id after ${ATTEMPTS} attempts; try again.` };
}

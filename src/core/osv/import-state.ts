import { createIdAllocator, takenIds } from '../authoring/next-id.ts';
import { loadDatabase } from '../load.ts';
import type { Settings } from '../settings.ts';
import type { ImportState } from './import-plan.ts';

/**
 * What the target repository already holds: the ids in use (file names,
 * sealed drafts included) and which advisory owns each alias, so an import
 * neither reuses a number nor duplicates an alias, and a second run of the
 * same import skips what the first one wrote.
 */
export function importState(root: string, now: Date): { state: ImportState; settings: Settings } {
  const db = loadDatabase(root, { now });
  const ids = takenIds(root, db.settings.id_prefix);
  for (const a of db.advisories) ids.add(a.id.toUpperCase());
  const aliasOwner = new Map<string, string>();
  for (const [alias, owners] of db.byAlias) if (owners[0]) aliasOwner.set(alias, owners[0].id);
  return { state: { allocator: createIdAllocator(db.settings.id_prefix, ids), aliasOwner }, settings: db.settings };
}

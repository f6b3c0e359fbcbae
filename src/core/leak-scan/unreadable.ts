import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { listDataFiles, SEALED_FOLDER } from '../files.ts';
import type { Database } from '../model.ts';
import type { UnreadableAdvisory } from './needles.ts';
import { ID_IN_NAME } from './secrets.ts';

/**
 * Advisories the database could not load (broken files) and sealed drafts,
 * named by their file names: their text is unknown, but their id must still
 * never appear in the output.
 */
export function unreadableAdvisories(db: Database): UnreadableAdvisory[] {
  const loaded = new Set(db.advisories.map((a) => a.file));
  const out: UnreadableAdvisory[] = [];
  for (const file of listDataFiles(db.root).advisories) {
    if (loaded.has(file)) continue;
    const id = ID_IN_NAME.exec(file.split('/').pop() ?? '')?.[1];
    if (id) out.push({ id, file });
  }
  const walk = (rel: string) => {
    let names: string[];
    try {
      names = readdirSync(join(db.root, rel), { withFileTypes: true }).map((d) => (d.isDirectory() ? `${d.name}/` : d.name));
    } catch {
      return;
    }
    for (const name of names) {
      if (name.endsWith('/')) walk(`${rel}/${name.slice(0, -1)}`);
      const id = ID_IN_NAME.exec(name)?.[1];
      if (id) out.push({ id, file: `${rel}/${name}` });
    }
  };
  walk(SEALED_FOLDER);
  return out;
}

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { listDataFiles, SEALED_FOLDERS } from '../files.ts';
import type { Database } from '../model.ts';
import type { UnreadableAdvisory } from './needles.ts';
import { unreadableSecret } from './secrets.ts';

/**
 * Advisories and triage records the database could not load (broken files)
 * and sealed drafts, named by their file names: their text is unknown, but
 * their id must still never appear in the output.
 */
export function unreadableAdvisories(db: Database): UnreadableAdvisory[] {
  const loaded = new Set([...db.advisories.map((a) => a.file), ...db.triage.map((t) => t.file)]);
  const out: UnreadableAdvisory[] = [];
  const files = listDataFiles(db.root);
  for (const file of [...files.advisories, ...files.triage]) {
    if (loaded.has(file)) continue;
    const secret = unreadableSecret(file);
    if (secret) out.push({ id: secret.id, file });
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
      const secret = unreadableSecret(`${rel}/${name}`);
      if (secret) out.push({ id: secret.id, file: `${rel}/${name}` });
    }
  };
  for (const folder of SEALED_FOLDERS) walk(folder);
  return out;
}

import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isPair, isScalar } from 'yaml';
import { readYaml } from '../yaml/read-yaml.ts';
import { canonicalText } from './canonical-yaml.ts';
import { advisoryFileFor, type IdAllocator } from './next-id.ts';
import { writeNewFileAtomic } from './write-file.ts';

export type RenumberResult = { ok: true; from: string; to: string; file: string } | { ok: false; message: string };

/**
 * Gives an advisory the next free id of its year and moves it to the
 * matching file, for when two branches picked the same number. Only the `id`
 * value changes (through the document API, so comments stay); the new file is
 * written without overwriting anything before the old one is removed.
 */
export function renumber(root: string, file: string, allocator: IdAllocator): RenumberResult {
  let text: string;
  try {
    text = readFileSync(join(root, file), 'utf8');
  } catch (error) {
    return { ok: false, message: `cannot read ${file}: ${(error as Error).message}` };
  }
  const read = readYaml(file, new TextEncoder().encode(text));
  const map = read.yaml?.doc.contents;
  if (!read.yaml || !isMap(map)) return { ok: false, message: `${file} cannot be read as an advisory; run \`npm run check\` first.` };
  const pair = map.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === 'id');
  const value = pair && isScalar(pair.value) ? pair.value : undefined;
  const from = typeof value?.value === 'string' ? value.value : undefined;
  const year = Number(/-(\d{4})-\d+$/.exec(from ?? '')?.[1] ?? /advisories\/(\d{4})\//.exec(file)?.[1]);
  if (!value || !from || !Number.isInteger(year)) return { ok: false, message: `${file} has no id of the form PREFIX-<year>-<number>.` };
  for (let attempt = 0; attempt < 5; attempt++) {
    const to = allocator.next(year);
    value.value = to;
    const target = advisoryFileFor(to);
    if (writeNewFileAtomic(join(root, target), canonicalText(read.yaml.doc))) {
      if (target !== file) rmSync(join(root, file));
      return { ok: true, from, to, file: target };
    }
  }
  return { ok: false, message: 'no free id found after 5 attempts; try again.' };
}

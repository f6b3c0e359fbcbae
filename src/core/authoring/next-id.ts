import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Ids are numbered from 1 per year and written with at least this many digits (KSA-2026-0001). */
export const ID_DIGITS = 4;

/**
 * Every id already used under advisories/, read from the file names
 * (the check makes file name == id), including sealed drafts whose contents
 * cannot be read without a key: a sealed draft's number is taken too.
 */
export function takenIds(root: string, prefix: string): Set<string> {
  const pattern = new RegExp(`^(${escapeRegExp(prefix)}-\\d{4}-\\d{1,9})(\\.|$)`, 'i');
  const out = new Set<string>();
  const walk = (dir: string, depth: number) => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.isDirectory() && depth < 3) walk(join(dir, entry.name), depth + 1);
      const m = pattern.exec(entry.name);
      if (m?.[1] && !entry.isDirectory()) out.add(m[1].toUpperCase());
    }
  };
  walk(join(root, 'advisories'), 0);
  return out;
}

export interface IdAllocator {
  /** The next free id for a year: one more than the highest number used that year. */
  next(year: number): string;
  /** Marks an id as used (e.g. one an import keeps). */
  take(id: string): void;
  has(id: string): boolean;
}

/**
 * Hands out ids after the highest one used in each year. Gaps are never
 * filled: a missing number may belong to a draft on someone's branch or to a
 * deleted file whose id was already announced, and reusing it would confuse.
 */
export function createIdAllocator(prefix: string, taken: Iterable<string>): IdAllocator {
  const used = new Set<string>();
  const highest = new Map<number, number>();
  const pattern = new RegExp(`^${escapeRegExp(prefix)}-(\\d{4})-(\\d{1,9})$`, 'i');
  const take = (id: string) => {
    used.add(id.toUpperCase());
    const m = pattern.exec(id);
    if (!m) return;
    const year = Number(m[1]);
    highest.set(year, Math.max(highest.get(year) ?? 0, Number(m[2])));
  };
  for (const id of taken) take(id);
  return {
    next(year) {
      const id = formatId(prefix, year, (highest.get(year) ?? 0) + 1);
      take(id);
      return id;
    },
    take,
    has: (id) => used.has(id.toUpperCase()),
  };
}

export function formatId(prefix: string, year: number, number: number): string {
  return `${prefix}-${year}-${String(number).padStart(ID_DIGITS, '0')}`;
}

/** advisories/<year>/<id>.yaml for an id. */
export function advisoryFileFor(id: string): string {
  const year = /-(\d{4})-\d+$/.exec(id)?.[1] ?? 'unknown';
  return `advisories/${year}/${id}.yaml`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

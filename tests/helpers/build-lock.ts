import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { PROJECT_ROOT } from './test-repo.ts';

/**
 * Astro keeps build state in the project folder (.astro/, node_modules/.vite),
 * so two builds or dev servers of the project at once, from test files running
 * in parallel, overwrite each other's chunks. Test files take this lock around
 * every astro build or dev server. The lock is a folder (mkdir is atomic) with
 * the holder's pid, so a lock left by a killed run is recognised and taken over.
 */
const LOCK = join(PROJECT_ROOT, 'node_modules/.cache/watchkeeper-astro.lock');

export async function acquireAstroLock(): Promise<() => void> {
  mkdirSync(join(LOCK, '..'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      return () => rmSync(LOCK, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (holderIsGone()) rmSync(LOCK, { recursive: true, force: true });
      else await delay(250);
    }
  }
}

export async function withAstroLock<T>(body: () => Promise<T>): Promise<T> {
  const release = await acquireAstroLock();
  try {
    return await body();
  } finally {
    release();
  }
}

function holderIsGone(): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(LOCK, 'pid'), 'utf8'));
  } catch {
    return false; // Just created; the pid is being written.
  }
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch {
    return true;
  }
}

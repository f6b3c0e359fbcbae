// The data that exists only beside the project (../shared: the real advisory
// corpus and the upstream copies of the external schemas). A fork has no
// ../shared, so every test that needs it goes through sharedTest(), which runs
// the test where the folder exists and otherwise skips it with one visible line.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'vitest';
import { PROJECT_ROOT } from './test-repo.ts';

/** ../shared, or the folder WATCHKEEPER_SHARED names (a worktree lives one level deeper than a clone). */
export const SHARED_ROOT = process.env.WATCHKEEPER_SHARED || join(PROJECT_ROOT, '..', 'shared');
export const CORPUS_ROOT = join(SHARED_ROOT, 'corpus');
export const SHARED_SCHEMAS_ROOT = join(SHARED_ROOT, 'schemas-external');

export type SharedPart = 'corpus' | 'schemas-external';

/** Whether ../shared/<part> is here. */
export function hasShared(part: SharedPart): boolean {
  return existsSync(join(SHARED_ROOT, part));
}

/** The one line a skipped test prints, so a skip is never silent. */
export function sharedSkipMessage(part: SharedPart, name: string): string {
  return `SKIPPED (no ${join(SHARED_ROOT, part)}; set WATCHKEEPER_SHARED to the folder holding ${part}/ to run it): ${name}`;
}

type TestBody = () => unknown;

/** test() when ../shared/<part> exists, else test.skip() plus one line on stderr. */
export function sharedTest(part: SharedPart, name: string, options: { timeout?: number }, body: TestBody): void {
  if (hasShared(part)) {
    test(name, options, body);
    return;
  }
  console.warn(sharedSkipMessage(part, name));
  test.skip(name, body);
}

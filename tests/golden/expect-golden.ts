// The assertion every golden case makes, shared by the two test files (check-like
// cases and cases over a git repository), which vitest runs in parallel.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { CASES, readCase, runCase } from './run-case.ts';

const UPDATE = process.env.UPDATE_GOLDEN === '1';

/** Folders with a case.yaml; `git` selects the cases that build a repository (gate, history). */
export function caseFolders(git: boolean): string[] {
  return readdirSync(CASES)
    .sort()
    .filter((f) => existsSync(join(CASES, f, 'case.yaml')))
    .filter((f) => ['gate', 'history'].includes(readCase(join(CASES, f)).run ?? 'check') === git);
}

/** Runs the case and compares its output with expected.txt (UPDATE_GOLDEN=1 rewrites it). */
export async function expectGolden(code: string): Promise<void> {
  const dir = join(CASES, code);
  const actual = await runCase(dir);
  // The case must produce the code it is named after, whatever else it produces.
  expect(actual, `${code}/case.yaml does not produce ${code}`).toMatch(new RegExp(`  (warning )?${code}  `));
  const file = join(dir, 'expected.txt');
  if (UPDATE) writeFileSync(file, actual);
  if (!existsSync(file)) throw new Error(`${code}/expected.txt is missing; run with UPDATE_GOLDEN=1 to write it, then read it`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

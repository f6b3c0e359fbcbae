// Scripts parse arguments, call core, print and exit: every diagnostic is built in src/core.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { PROJECT_ROOT } from '../helpers/test-repo.ts';

function scriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return scriptFiles(path);
    return /\.(ts|mjs)$/.test(entry.name) ? [path] : [];
  });
}

test('no script under scripts/ builds a diagnostic itself', () => {
  const files = scriptFiles(join(PROJECT_ROOT, 'scripts'));
  expect(files.length).toBeGreaterThan(10);
  const builders = files
    .filter((file) => /\bdiagnostic\(/.test(readFileSync(file, 'utf8')))
    .map((file) => file.slice(PROJECT_ROOT.length + 1));
  expect(builders).toEqual([]);
});

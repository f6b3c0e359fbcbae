// Issue 11's reproduction on the project's example data: KSA-2026-0013 (under
// embargo) has its summary and details appended to the details of published
// KSA-2026-0012. Shared by the gate and the build tests.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './test-repo.ts';

export const SECRET_FILE = 'advisories/2026/KSA-2026-0013.yaml';
export const PUBLISHED_FILE = 'advisories/2026/KSA-2026-0012.yaml';

/** The example settings, rotations and advisories as a file map. */
export function exampleData(): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(join(PROJECT_ROOT, dir))) {
      const rel = `${dir}/${name}`;
      if (statSync(join(PROJECT_ROOT, rel)).isDirectory()) walk(rel);
      else out[rel] = readFileSync(join(PROJECT_ROOT, rel), 'utf8');
    }
  };
  walk('advisories');
  walk('rotations');
  out['watchkeeper.yaml'] = readFileSync(join(PROJECT_ROOT, 'watchkeeper.yaml'), 'utf8');
  return out;
}

/** KSA-2026-0012's file with KSA-2026-0013's summary and details appended to its details. */
export function tamperedPublished(data: Record<string, string>): string {
  const secret = data[SECRET_FILE] as string;
  const summary = /^summary: "(.*)"$/m.exec(secret)?.[1];
  const details = /^details: \|\n((?: {2}.*\n|\n)+)/m.exec(secret)?.[1];
  if (!summary || !details) throw new Error(`${SECRET_FILE} no longer has the summary and details this reproduction copies.`);
  return (data[PUBLISHED_FILE] as string).replace(/^(details: \|\n(?: {2}.*\n)+)/m, `$1\n  ${summary}\n\n${details}`);
}

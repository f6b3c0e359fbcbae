// Issue 11's reproduction on the project's example data: the example advisory
// under embargo has its summary and details appended to the details of a
// published one. Shared by the gate and the build tests. The embargoed
// advisory is found by its status, not named: a file that spelled out its id
// or text would itself be refused by the gate's content rule.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from './test-repo.ts';

/** The published advisory the reproduction appends to. */
export const PUBLISHED_FILE = 'advisories/2026/KSA-2026-0012.yaml';

export interface Secret {
  file: string;
  id: string;
  alias: string;
  summary: string;
  details: string;
  until: string;
}

/** The example data's one embargoed advisory, read from its file. */
export function embargoedExample(data: Record<string, string> = exampleData()): Secret {
  const [file, text] = Object.entries(data).find(([f, t]) => f.startsWith('advisories/') && /^status: embargoed$/m.test(t)) ?? [];
  if (!file || !text) throw new Error('The example data has no embargoed advisory for the reproduction.');
  const a = parse(text) as { id: string; aliases: string[]; summary: string; details: string; embargo: { until: string } };
  return { file, id: a.id, alias: a.aliases[0] as string, summary: a.summary, details: a.details, until: a.embargo.until };
}

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

/** The published advisory's file with the embargoed one's summary and details appended to its details. */
export function tamperedPublished(data: Record<string, string>): string {
  const secret = embargoedExample(data);
  const details = secret.details
    .trimEnd()
    .split('\n')
    .map((l) => (l ? `  ${l}` : ''))
    .join('\n');
  return (data[PUBLISHED_FILE] as string).replace(/^(details: \|\n(?: {2}.*\n)+)/m, `$1\n  ${secret.summary}\n\n${details}\n`);
}

/** The first `n` words of a text, joined by single spaces (for building a changed file from the secret's details). */
export function firstWords(text: string, n: number, from = 0): string {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .slice(from, from + n)
    .join(' ');
}

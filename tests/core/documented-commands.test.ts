// Every `npm run <name>` the README and the docs tell a reader to type is a
// script in package.json: a command lost in a merge fails here, not in a
// team member's terminal.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { PROJECT_ROOT } from '../helpers/test-repo.ts';

const scripts = Object.keys(JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')).scripts);
const documents = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync(join(PROJECT_ROOT, 'docs'))
    .filter((n) => n.endsWith('.md'))
    .map((n) => `docs/${n}`),
];

test('every npm run command in the docs exists', () => {
  const named = new Map<string, string>();
  for (const doc of documents)
    for (const m of readFileSync(join(PROJECT_ROOT, doc), 'utf8').matchAll(/npm run ([a-z][a-z:-]*)/g)) named.set(m[1] ?? '', doc);
  expect(named.size).toBeGreaterThan(15);
  const missing = [...named].filter(([name]) => !scripts.includes(name)).map(([name, doc]) => `${name} (${doc})`);
  expect(missing).toEqual([]);
});

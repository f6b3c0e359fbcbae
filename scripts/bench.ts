// npm run bench — prints timings and peak memory for the main operations.
// Benchmarks print figures; they do not pass or fail (targets are in the issues).
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCli } from './lib/cli.ts';

const USAGE = `Usage: npm run bench -- [--only NAME[,NAME…]] [--sizes 1000,10000]

Runs every benchmark in bench/ (or only the named ones) and prints its figures.`;

const { values } = parseCli(USAGE, { only: { type: 'string' }, sizes: { type: 'string' } });
const projectRoot = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const sizes = (values.sizes ?? '1000,10000').split(',').map(Number);
const only = values.only?.split(',');

const helpers = new Set(['synthetic', 'peak-rss']);
for (const file of readdirSync(new URL('../bench/', import.meta.url)).sort()) {
  const name = file.replace(/\.ts$/, '');
  if (!file.endsWith('.ts') || helpers.has(name) || (only && !only.includes(name))) continue;
  const mod = (await import(`../bench/${file}`)) as { run: (root: string, sizes: number[]) => Promise<void> };
  console.log(`== ${name}`);
  await mod.run(projectRoot, sizes);
}

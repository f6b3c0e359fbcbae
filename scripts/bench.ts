// npm run bench — prints timings and peak memory for the main operations.
// Benchmarks print figures; they do not pass or fail (targets are in the issues).
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCli } from './lib/cli.ts';

const USAGE = `Usage: npm run bench -- [--only NAME[,NAME…]] [--sizes 1000,10000] [--scale 50000]

Runs every benchmark in bench/ (or only the named ones) and prints its figures.
site-build builds 10,000 advisories and the bare-Astro baseline side by side;
--scale N adds a build of N advisories and its ratio to the 10,000 one.`;

const { values } = parseCli(USAGE, { only: { type: 'string' }, sizes: { type: 'string' }, scale: { type: 'string' } });
const projectRoot = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const sizes = (values.sizes ?? '1000,10000').split(',').map(Number);
const only = values.only?.split(',');
const scale = values.scale === undefined ? undefined : Number(values.scale);
if (scale !== undefined && !(Number.isInteger(scale) && scale > 0)) {
  console.error(`--scale takes a number of advisories, not ${values.scale}.\n\n${USAGE}`);
  process.exit(2);
}

const helpers = new Set(['synthetic', 'peak-rss', 'run-step', 'bare-astro']);
for (const file of readdirSync(new URL('../bench/', import.meta.url)).sort()) {
  const name = file.replace(/\.ts$/, '');
  if (!file.endsWith('.ts') || helpers.has(name) || (only && !only.includes(name))) continue;
  const mod = (await import(`../bench/${file}`)) as {
    run: (root: string, sizes: number[], options: { scale?: number }) => Promise<void>;
  };
  console.log(`== ${name}`);
  await mod.run(projectRoot, sizes, scale === undefined ? {} : { scale });
}

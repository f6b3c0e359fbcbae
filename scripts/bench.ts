// npm run bench — prints timings and peak memory for the main operations.
// Benchmarks print figures; they do not pass or fail (targets are in the issues).
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCli } from './lib/cli.ts';

const USAGE = `Usage: npm run bench -- [--only NAME[,NAME…]] [--sizes 1000,10000] [--scale 50000]
                        [--advisories 10000] [--no-build]

Runs every benchmark in bench/ (or only the named ones) and prints its figures.
site-build builds 10,000 advisories and the bare-Astro baseline side by side;
--scale N adds a build of N advisories and its ratio to the 10,000 one.
triage-scale checks and builds --advisories advisories (10,000) plus 5,000,
20,000 and 50,000 triage records (or the --sizes given); --no-build: check only.`;

const { values } = parseCli(USAGE, {
  only: { type: 'string' },
  sizes: { type: 'string' },
  scale: { type: 'string' },
  advisories: { type: 'string' },
  'no-build': { type: 'boolean' },
});
const projectRoot = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const sizes = (values.sizes ?? '1000,10000').split(',').map(Number);
const only = values.only?.split(',');
const scale = values.scale === undefined ? undefined : Number(values.scale);
if (scale !== undefined && !(Number.isInteger(scale) && scale > 0)) {
  console.error(`--scale takes a number of advisories, not ${values.scale}.\n\n${USAGE}`);
  process.exit(2);
}

const advisories = values.advisories === undefined ? undefined : Number(values.advisories);
if (advisories !== undefined && !(Number.isInteger(advisories) && advisories >= 0)) {
  console.error(`--advisories takes a number of advisories, not ${values.advisories}.\n\n${USAGE}`);
  process.exit(2);
}
// Options every benchmark receives; each reads the ones it knows.
const options = {
  ...(scale === undefined ? {} : { scale }),
  ...(advisories === undefined ? {} : { advisories }),
  sizesGiven: values.sizes !== undefined,
  noBuild: values['no-build'] === true,
};

const helpers = new Set(['synthetic', 'synthetic-triage', 'peak-rss', 'run-step', 'bare-astro']);
for (const file of readdirSync(new URL('../bench/', import.meta.url)).sort()) {
  const name = file.replace(/\.ts$/, '');
  if (!file.endsWith('.ts') || helpers.has(name) || (only && !only.includes(name))) continue;
  const mod = (await import(`../bench/${file}`)) as {
    run: (
      root: string,
      sizes: number[],
      options: { scale?: number; advisories?: number; sizesGiven: boolean; noBuild: boolean },
    ) => Promise<void>;
  };
  console.log(`== ${name}`);
  await mod.run(projectRoot, sizes, options);
}

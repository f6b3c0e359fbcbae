// npm run codeowners — writes the generated rotation section of .github/CODEOWNERS.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CODEOWNERS_FILE, codeownersSection, loadDatabase, parseAtArgument, updateCodeowners } from '../src/core/index.ts';
import { dataRootOption, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, parseCli, runCommand } from './lib/cli.ts';

const USAGE = `Usage: npm run codeowners -- [--check] [--at DATE|INSTANT] [--root DIR]

Regenerates the section of ${CODEOWNERS_FILE} between the watchkeeper:rotation
markers from the terms on duty (now, or at --at). Lines outside the markers are kept.
--check writes nothing and exits 1 when the committed section is out of date.`;

const { values } = parseCli(USAGE, { check: { type: 'boolean' }, at: { type: 'string' }, root: { type: 'string' } });

await runCommand(() => {
  const at = values.at === undefined ? new Date() : parseAtArgument(values.at);
  if (!at) {
    console.error(`--at ${values.at}: give a date (2027-01-01) or a UTC instant with Z.\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  const root = dataRootOption(values.root);
  const path = join(root, CODEOWNERS_FILE);
  const db = loadDatabase(root, { now: at });
  let existing: string | undefined;
  try {
    existing = readFileSync(path, 'utf8');
  } catch {
    existing = undefined;
  }
  const updated = updateCodeowners(existing, codeownersSection(db, at));
  if (updated === existing) {
    console.log(`${CODEOWNERS_FILE} is up to date.`);
    return EXIT_OK;
  }
  if (values.check) {
    console.log(`${CODEOWNERS_FILE} is out of date; run \`npm run codeowners\` and commit it.`);
    return EXIT_PROBLEMS;
  }
  // Write beside the file and rename, so an interrupted run never leaves half a CODEOWNERS.
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(`${path}.tmp`, updated);
  renameSync(`${path}.tmp`, path);
  console.log(`Wrote ${CODEOWNERS_FILE}.`);
  return EXIT_OK;
});

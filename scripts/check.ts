// npm run check — validates every advisory, rotation and the settings.

import { fileURLToPath } from 'node:url';
import { checkRepository, withKeyChecks, withSealingChecks } from '../src/core/index.ts';
import { dataRootOption, outputFormat, parseCli, printDiagnostics, runCommand } from './lib/cli.ts';

const USAGE = `Usage: npm run check -- [--root DIR] [--format human|json|github] [--no-cache] [--cache-dir DIR]

Checks every file in advisories/ and rotations/ and watchkeeper.yaml.
Files that passed before and have not changed are taken from a cache in
node_modules/.cache/watchkeeper, or --cache-dir (--no-cache reads everything afresh).
Exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage or internal error.`;

const { values } = parseCli(USAGE, {
  root: { type: 'string' },
  format: { type: 'string' },
  'no-cache': { type: 'boolean' },
  'cache-dir': { type: 'string' },
});
const cacheDir = values['cache-dir'] ?? fileURLToPath(new URL('../node_modules/.cache/watchkeeper', import.meta.url));

await runCommand(async () => {
  const format = outputFormat(values.format);
  const now = new Date();
  const loaded = await checkRepository(dataRootOption(values.root), { now, ...(values['no-cache'] ? {} : { cacheDir }) });
  // Members' OpenPGP keys and sealed drafts' recipients are read with async OpenPGP.js, after the synchronous load.
  const db = await withSealingChecks(await withKeyChecks(loaded, now), now);
  return printDiagnostics(db.diagnostics, db.filesRead, format);
});

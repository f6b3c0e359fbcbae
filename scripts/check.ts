// npm run check — validates every advisory, rotation and the settings.
import { resolve } from 'node:path';
import { loadDatabase } from '../src/core/index.ts';
import { outputFormat, parseCli, printDiagnostics, runCommand } from './lib/cli.ts';

const USAGE = `Usage: npm run check -- [--root DIR] [--format human|json|github]

Checks every file in advisories/ and rotations/ and watchkeeper.yaml.
Exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage or internal error.`;

const { values } = parseCli(USAGE, { root: { type: 'string' }, format: { type: 'string' } });

await runCommand(() => {
  const format = outputFormat(values.format);
  const db = loadDatabase(resolve(values.root ?? '.'), { now: new Date() });
  return printDiagnostics(db.diagnostics, db.filesRead, format);
});

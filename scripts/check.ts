// npm run check — validates every advisory, rotation and the settings.

import { enableCompileCache } from 'node:module';
import { fileURLToPath } from 'node:url';

// Start-up is a large part of a check with one file changed: Node keeps the
// type-stripped and compiled library in this cache (keyed by each source's
// hash, so an edited file is compiled afresh). It must be on before the library
// loads, which is why the imports below are dynamic.
enableCompileCache(fileURLToPath(new URL('../node_modules/.cache/watchkeeper/compile', import.meta.url)));
// From their own modules, not src/core/index.ts, which loads the whole library.
const { dataRootOption, outputFormat, parseCli, printDiagnostics, runCommand } = await import('./lib/cli.ts');
const { stampFilesAhead } = await import('../src/core/stamp-files.ts');
const { defaultCacheDir, parseCacheFile } = await import('../src/core/parse-cache.ts');

const USAGE = `Usage: npm run check -- [--root DIR] [--format human|json|github] [--no-cache] [--cache-dir DIR]

Checks every file in advisories/, vulns/ and rotations/ and watchkeeper.yaml.
Files that passed before and have not changed are taken from a cache in
node_modules/.cache/watchkeeper, or --cache-dir (--no-cache reads everything afresh).
Exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage or internal error.`;

const { values } = parseCli(USAGE, {
  root: { type: 'string' },
  format: { type: 'string' },
  'no-cache': { type: 'boolean' },
  'cache-dir': { type: 'string' },
});

const cacheDir = values['cache-dir'] ?? defaultCacheDir(fileURLToPath(new URL('..', import.meta.url)));

// The files are listed and stamped on a worker thread while the library loads
// below (a fifth of a check with one file changed in a large repository).
// Without the cache the stamps are not used; an unusable root is reported by
// runCommand below.
const stamped = values['no-cache'] ? undefined : startStamping();
function startStamping() {
  try {
    const root = dataRootOption(values.root);
    return stampFilesAhead(root, parseCacheFile(cacheDir, root));
  } catch {
    return undefined;
  }
}

const { checkRepository } = await import('../src/core/check-repository.ts');

await runCommand(async () => {
  const format = outputFormat(values.format);
  const now = new Date();
  const root = dataRootOption(values.root);
  const db = await checkRepository(root, { now, ...(values['no-cache'] ? {} : { cacheDir }), ...(stamped ? { stamped } : {}) });
  return printDiagnostics(db.diagnostics, db.filesRead, format);
});

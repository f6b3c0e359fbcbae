// npm run publish -- <sealed file> — when the embargo has lifted: decrypt, check, write the plain advisory, remove the sealed file.
import { resolve } from 'node:path';
import { DECRYPTION_KEY_ENV, DECRYPTION_PASSPHRASE_ENV, publishSealed, repoRelative } from '../src/core/index.ts';
import { dataRootOption, EXIT_USAGE, outputFormat, parseCli, printDiagnostics, runCommand } from './lib/cli.ts';
import { KEY_FILE_OPTION, secretKeyFrom } from './lib/secret-key.ts';

const USAGE = `Usage: npm run publish -- advisories/sealed/<name>.yaml.asc [--key-file PATH] [--root DIR] [--format human|json|github]

Opens a sealed draft with your secret key ($${DECRYPTION_KEY_ENV}, passphrase in
$${DECRYPTION_PASSPHRASE_ENV}, or --key-file outside the repository), checks it
like any advisory, refuses while its embargo is still on, writes
advisories/<year>/<id>.yaml exactly as sealed (comments included) and removes
the sealed file. A sealed triage record (vulns/sealed/) is checked as a record
and written to vulns/<year>/<id>.yaml. Nothing changes when a step fails. Then set its status to
published and open the pull request. See docs/sealing.md.
Exit status: 0 published, 1 problems, 2 usage or internal error.`;

const { values, positionals } = parseCli(USAGE, { ...KEY_FILE_OPTION, root: { type: 'string' }, format: { type: 'string' } }, true);

await runCommand(async () => {
  const format = outputFormat(values.format);
  if (positionals.length !== 1) {
    console.error(`Name one sealed draft.\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  const root = dataRootOption(values.root);
  const sealedFile = repoRelative(root, resolve(positionals[0] as string));
  if (!sealedFile) {
    console.error(`${positionals[0]} is not inside the repository ${root}.`);
    return EXIT_USAGE;
  }
  const result = await secretKeyFrom('decryption', values['key-file'], root);
  if (!result.ok) return printDiagnostics(result.diagnostics, 0, format);
  const published = await publishSealed({ root, sealedFile, keys: [result.key], now: new Date() });
  if (!published.ok) return printDiagnostics(published.diagnostics, 1, format);
  if (format === 'json') console.log(JSON.stringify({ id: published.id, file: published.advisoryFile, removed: sealedFile }, null, 2));
  else console.log(`publish: ${published.id} written to ${published.advisoryFile}; ${sealedFile} removed.`);
  return 0;
});

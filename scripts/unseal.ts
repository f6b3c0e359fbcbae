// npm run unseal -- <sealed file> — decrypts a sealed draft with your key, for editing outside the repository.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeNewFileAtomic } from '../src/core/authoring/write-file.ts';
import { DECRYPTION_KEY_ENV, DECRYPTION_PASSPHRASE_ENV, openSealedFile, repoRelative } from '../src/core/index.ts';
import { dataRootOption, EXIT_PROBLEMS, EXIT_USAGE, outputFormat, parseCli, printDiagnostics, runCommand } from './lib/cli.ts';
import { KEY_FILE_OPTION, secretKeyFrom } from './lib/secret-key.ts';

const USAGE = `Usage: npm run unseal -- advisories/sealed/<name>.yaml.asc|vulns/sealed/<name>.yaml.asc [--out FILE] [--key-file PATH] [--root DIR]

Decrypts a sealed draft with your secret key ($${DECRYPTION_KEY_ENV}, passphrase in
$${DECRYPTION_PASSPHRASE_ENV}, or --key-file outside the repository) and writes
the exact draft to --out (a new file outside the repository) or to standard
output. Edit it there, then seal it back with
\`npm run seal -- FILE --replace advisories/sealed/<name>.yaml.asc\`.
\`gpg --decrypt <sealed file>\` works too. See docs/sealing.md.
Exit status: 0 opened, 1 problems, 2 usage or internal error.`;

const { values, positionals } = parseCli(
  USAGE,
  { out: { type: 'string' }, ...KEY_FILE_OPTION, root: { type: 'string' }, format: { type: 'string' } },
  true,
);

await runCommand(async () => {
  const format = outputFormat(values.format);
  if (positionals.length !== 1) {
    console.error(`Name one sealed draft.\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  const root = dataRootOption(values.root);
  const sealed = positionals[0] as string;
  if (values.out !== undefined && repoRelative(root, values.out) !== undefined) {
    console.error(
      `--out ${values.out} is inside the repository, where the plain draft could be committed by mistake; write it elsewhere (e.g. /tmp).`,
    );
    return EXIT_USAGE;
  }
  const result = await secretKeyFrom('decryption', values['key-file'], root);
  if (!result.ok) return printDiagnostics(result.diagnostics, 0, format);
  const opened = await openSealedFile(sealed, readFileSync(resolve(sealed), 'utf8'), [result.key]);
  if (!opened.ok) return printDiagnostics(opened.diagnostics, 1, format);
  if (values.out === undefined) {
    process.stdout.write(opened.bytes);
    return 0;
  }
  if (!writeNewFileAtomic(resolve(values.out), new TextDecoder().decode(opened.bytes))) {
    console.error(`${values.out} already exists; choose a new file.`);
    return EXIT_PROBLEMS;
  }
  console.error(`unseal: ${sealed} opened into ${values.out}.`);
  return 0;
});

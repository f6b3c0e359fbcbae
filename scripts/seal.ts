// npm run seal -- <draft> — encrypts an advisory draft (or a triage record) to everyone on the team, as advisories/sealed/ (vulns/sealed/)<random>.yaml.asc.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  DECRYPTION_KEY_ENV,
  isSealedPath,
  loadDatabase,
  openSealedFile,
  removePlainDraft,
  repoRelative,
  sealDraft,
} from '../src/core/index.ts';
import { dataRootOption, EXIT_PROBLEMS, EXIT_USAGE, outputFormat, parseCli, printDiagnostics, runCommand } from './lib/cli.ts';
import { KEY_FILE_OPTION, secretKeyFrom } from './lib/secret-key.ts';

const USAGE = `Usage: npm run seal -- <draft.yaml> [--replace advisories/sealed/<name>.yaml.asc] [--keep]
       npm run seal -- --reseal advisories/sealed/<name>.yaml.asc [--key-file PATH]
       [--root DIR] [--format human|json|github]

Encrypts an advisory draft (status draft or embargoed) to the encryption keys
of everyone on the team now and writes advisories/sealed/<random>.yaml.asc;
an unpublishable triage record (embargoed, or not yet public upstream) goes to
vulns/sealed/<random>.yaml.asc the same way.
A draft inside the repository is then removed (--keep leaves it). --replace
overwrites an existing sealed draft after you edited it (see npm run unseal).
--reseal opens a sealed draft with your key ($${DECRYPTION_KEY_ENV} or
--key-file) and seals it again for the current team, after someone joined or left.
Needs \`sealing: { enabled: true }\` in watchkeeper.yaml. See docs/sealing.md.
Exit status: 0 sealed, 1 problems, 2 usage or internal error.`;

const { values, positionals } = parseCli(
  USAGE,
  {
    replace: { type: 'string' },
    reseal: { type: 'string' },
    keep: { type: 'boolean' },
    ...KEY_FILE_OPTION,
    root: { type: 'string' },
    format: { type: 'string' },
  },
  true,
);

await runCommand(async () => {
  const format = outputFormat(values.format);
  const root = dataRootOption(values.root);
  const now = new Date();
  const resealing = values.reseal !== undefined;
  if (resealing ? positionals.length !== 0 || values.replace !== undefined : positionals.length !== 1) {
    console.error(`Name one draft, or use --reseal alone.\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  const target = values.reseal ?? values.replace;
  if (target !== undefined && !isSealedPath(target)) {
    console.error(
      `${target} is not a sealed draft path (advisories/sealed/<name>.yaml.asc or vulns/sealed/<name>.yaml.asc, relative to the repository root).`,
    );
    return EXIT_USAGE;
  }
  const db = loadDatabase(root, { now });
  let bytes: Uint8Array;
  let name: string;
  if (values.reseal !== undefined) {
    const result = await secretKeyFrom('decryption', values['key-file'], root);
    if (!result.ok) return printDiagnostics(result.diagnostics, 0, format);
    const opened = await openSealedFile(values.reseal, readFileSync(resolve(root, values.reseal), 'utf8'), [result.key]);
    if (!opened.ok) return printDiagnostics(opened.diagnostics, 1, format);
    bytes = opened.bytes;
    name = values.reseal;
  } else {
    const draft = resolve(positionals[0] as string);
    bytes = readFileSync(draft);
    name = repoRelative(root, draft) ?? (positionals[0] as string);
  }
  const sealed = await sealDraft({ db, bytes, name, now, ...(target !== undefined ? { replace: target } : {}) });
  if (!sealed.ok) return printDiagnostics(sealed.diagnostics, 1, format);
  let removed = false;
  if (values.reseal === undefined && !values.keep) removed = removePlainDraft(root, resolve(positionals[0] as string), sealed.sealedFile);
  if (format === 'json') {
    console.log(JSON.stringify({ sealed: sealed.sealedFile, recipients: sealed.recipients, removedPlain: removed }, null, 2));
  } else {
    console.log(`seal: ${name} sealed as ${sealed.sealedFile} for ${sealed.recipients.join(', ')}.`);
    if (removed) console.log(`seal: removed the plain draft ${name}; if it was ever committed, it is still in the git history.`);
  }
  return sealed.ok ? 0 : EXIT_PROBLEMS;
});

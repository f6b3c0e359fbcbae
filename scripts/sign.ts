// npm run sign -- dist/ — detached .asc and .sha512 for every feed, OSV and CSAF file; security.txt cleartext-signed.
import { resolve } from 'node:path';
import {
  type Diagnostic,
  fingerprintOf,
  loadDatabase,
  SIGNING_KEY_ENV,
  SIGNING_PASSPHRASE_ENV,
  signerName,
  signingKeyStatus,
  signSite,
  teamKeys,
} from '../src/core/index.ts';
import { dataRootOption, EXIT_USAGE, outputFormat, parseCli, printDiagnostics, runCommand } from './lib/cli.ts';
import { KEY_FILE_OPTION, secretKeyFrom } from './lib/secret-key.ts';

const USAGE = `Usage: npm run sign -- <built site folder> [--key-file PATH] [--root DIR] [--format human|json|github]

Signs the built site: a detached armored signature (<file>.asc) and a SHA-512
digest (<file>.sha512) beside every feed, OSV and CSAF file, and
.well-known/security.txt cleartext-signed in place. The secret key comes from
$${SIGNING_KEY_ENV} (armored; passphrase in $${SIGNING_PASSPHRASE_ENV}) or from
--key-file, which must lie outside the repository. The key must be one of the
team's published keys; it is refused when it stops signing within 30 days and
announced within 90. See docs/signing.md.
Exit status: 0 signed (warnings allowed), 1 problems (nothing signed), 2 usage or internal error.`;

const { values, positionals } = parseCli(USAGE, { ...KEY_FILE_OPTION, root: { type: 'string' }, format: { type: 'string' } }, true);

await runCommand(async () => {
  const format = outputFormat(values.format);
  if (positionals.length !== 1) {
    console.error(`Name one built site folder.\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  const dir = resolve(positionals[0] as string);
  const root = dataRootOption(values.root);
  const now = new Date();
  const result = await secretKeyFrom('signing', values['key-file'], root);
  if (!result.ok) return printDiagnostics(result.diagnostics, 0, format);
  const db = loadDatabase(root, { now });
  const keys = await teamKeys(db);
  const status = await signingKeyStatus(result.key, keys, now, result.source);
  const problems: Diagnostic[] = [...status.diagnostics];
  if (problems.some((d) => d.severity === 'error')) return printDiagnostics(problems, 0, format);
  const site = await signSite(dir, positionals[0] as string, result.key, now);
  if (!site.ok) return printDiagnostics([...problems, ...site.diagnostics], 0, format);
  const { signed } = site;
  if (format !== 'json') {
    const who = status.published ? signerName(status.published) : 'an unpublished key';
    console.log(
      `sign: ${signed.detached.length} file(s) signed (.asc, .sha512)${signed.cleartext.length ? ` and ${signed.cleartext.join(', ')} cleartext-signed` : ''} with ${fingerprintOf(result.key.toPublic())} (${who}).`,
    );
  }
  return printDiagnostics(problems, signed.detached.length + signed.cleartext.length, format);
});

// npm run verify -- <file>... — checks signed files against the team's published keys and says who signed them and when.
import { type Diagnostic, formatInstant, formatJson, loadDatabase, signerName, teamKeys, verifyFile } from '../src/core/index.ts';
import { dataRootOption, EXIT_USAGE, outputFormat, parseCli, printDiagnostics, runCommand } from './lib/cli.ts';

const USAGE = `Usage: npm run verify -- <file>... [--root DIR] [--format human|json|github]

Verifies each file: a feed, OSV or CSAF file with its .asc (and .sha512) beside
it, or a cleartext-signed file such as security.txt. The keys are the team's
published keys in <root>/rotations/keys (the roster says whose is whose).
A signature counts only when its key was valid when it signed and still is now;
SHA-1 signatures never count. See docs/signing.md for verifying with gpg.
Exit status: 0 every file verified, 1 problems, 2 usage or internal error.`;

const { values, positionals } = parseCli(USAGE, { root: { type: 'string' }, format: { type: 'string' } }, true);

await runCommand(async () => {
  const format = outputFormat(values.format);
  if (positionals.length === 0) {
    console.error(`Name at least one file.\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  const now = new Date();
  const db = loadDatabase(dataRootOption(values.root), { now });
  const keys = await teamKeys(db);
  const all: Diagnostic[] = [];
  const results = [];
  for (const file of positionals) {
    const result = await verifyFile(file, { keys, terms: db.terms, now });
    results.push(result);
    all.push(...result.diagnostics);
    const good = result.good;
    if (format !== 'json' && good?.signer) {
      const failed = result.diagnostics.some((d) => d.severity === 'error');
      console.log(
        `${failed ? 'BAD ' : 'GOOD'} ${result.file}: signed by ${signerName(good.signer)} with ${good.signer.fingerprint}${good.created ? ` on ${formatInstant(good.created)}` : ''}${result.hashChecked && !failed ? '; SHA-512 matches' : ''}`,
      );
    }
  }
  if (format === 'json') {
    const files = results.map((r) => ({
      file: r.file,
      mode: r.mode,
      verified: r.good !== undefined && !r.diagnostics.some((d) => d.severity === 'error'),
      signer: r.good?.signer ? { handle: r.good.signer.member?.handle ?? null, fingerprint: r.good.signer.fingerprint } : null,
      signed: r.good?.created ? formatInstant(r.good.created) : null,
    }));
    console.log(JSON.stringify({ files, ...JSON.parse(formatJson(all, positionals.length)) }, null, 2));
    return all.some((d) => d.severity === 'error') ? 1 : 0;
  }
  return printDiagnostics(all, positionals.length, format);
});

import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { PrivateKey } from 'openpgp';
import { writeNewFileAtomic } from '../authoring/write-file.ts';
import { type Diagnostic, diagnostic } from '../diagnostics.ts';
import { strictInstantMs } from '../embargo/embargo-facts.ts';
import { parseFile } from '../parse-file.ts';
import { formatInstant } from '../time.ts';
import { expectedYear } from '../triage/model.ts';
import type { AdvisoryFile, TriageFile } from '../types.gen.ts';
import { openSealed } from './open-sealed.ts';
import { isSealedPath } from './seal-draft.ts';
import { TRIAGE_SEALED_FOLDER } from './sealed-files.ts';

export interface PublishOptions {
  root: string;
  /** Repo-relative path of the sealed draft. */
  sealedFile: string;
  /** Secret keys to open it with. */
  keys: readonly PrivateKey[];
  now: Date;
}

export type PublishResult = { ok: true; advisoryFile: string; id: string } | { ok: false; diagnostics: Diagnostic[] };

/**
 * Turns a sealed draft back into a plain advisory when its embargo has lifted:
 * decrypts it, checks it like any advisory file (safe YAML, schema), refuses
 * while the embargo is still on, writes advisories/<year>/<id>.yaml without
 * overwriting anything (a sealed triage record from vulns/sealed/ the same
 * way, checked as a record and written to vulns/<year>/<id>.yaml), and only then removes the sealed file. If anything
 * fails before the write, nothing changes; if removing the sealed file fails,
 * both copies remain and nothing is lost.
 */
export async function publishSealed(options: PublishOptions): Promise<PublishResult> {
  const { root, sealedFile, now } = options;
  const fail = (code: Parameters<typeof diagnostic>[0], message: string, hint: string, more: Diagnostic[] = []): PublishResult => ({
    ok: false,
    diagnostics: [diagnostic(code, sealedFile, '', message, hint), ...more],
  });
  if (!isSealedPath(sealedFile)) {
    return fail(
      'SEAL_FILE_NAME',
      `${sealedFile} is not a sealed draft (advisories/sealed/<random>.yaml.asc or vulns/sealed/<random>.yaml.asc).`,
      'Name a file from advisories/sealed/.',
    );
  }
  let armored: Uint8Array;
  try {
    armored = readFileSync(join(root, sealedFile));
  } catch (error) {
    return fail('SEAL_UNREADABLE', `The sealed draft cannot be read: ${(error as Error).message}.`, 'Check the path.');
  }
  const opened = await openSealed(armored, options.keys);
  if (!opened.ok) {
    return fail(
      'SEAL_DECRYPT_FAILED',
      `The sealed draft cannot be opened with the key given: ${opened.message}.`,
      'Use the secret key of a member the draft was sealed for.',
    );
  }
  const year = 'YYYY';
  // The folder says the kind: one path for both, checked with that kind's schema.
  const triage = sealedFile.startsWith(`${TRIAGE_SEALED_FOLDER}/`);
  const folder = triage ? 'vulns' : 'advisories';
  const probe = parseFile(`${folder}/${year}/sealed-draft.yaml`, opened.bytes, triage ? 'triage' : 'advisory');
  if (probe.diagnostics.length > 0 || probe.data === undefined) {
    return fail(
      'SEAL_INVALID_DRAFT',
      `The opened draft is not a valid ${triage ? 'triage record' : 'advisory'}, so it is not published.`,
      'Unseal it (`npm run unseal`), fix it, and seal it again with --replace.',
      probe.diagnostics.map((d) => ({ ...d, file: sealedFile })),
    );
  }
  const advisory = probe.data as AdvisoryFile | TriageFile;
  const until = advisory.embargo ? strictInstantMs(advisory.embargo.until) : undefined;
  if (advisory.embargo && (until === undefined || until > now.getTime())) {
    return fail(
      'PUBLISH_EMBARGO_ACTIVE',
      `${advisory.id} is under embargo until ${until === undefined ? advisory.embargo.until : formatInstant(new Date(until))}; publishing it now would disclose it early.`,
      'Wait until the embargo lifts, or change embargo.until in the sealed draft if the date was moved by agreement.',
    );
  }
  const recordYear = triage ? expectedYear(advisory as TriageFile) : /-(\d{4})-/.exec(advisory.id)?.[1];
  const advisoryFile = `${folder}/${recordYear ?? year}/${advisory.id}.yaml`;
  const text = new TextDecoder('utf-8', { fatal: true }).decode(opened.bytes);
  if (!writeNewFileAtomic(join(root, advisoryFile), text)) {
    return fail(
      'PUBLISH_TARGET_EXISTS',
      `${advisoryFile} already exists; the sealed draft is left as it is.`,
      'Compare the two, merge what is needed into one, and remove the other.',
    );
  }
  rmSync(join(root, sealedFile));
  return { ok: true, advisoryFile, id: advisory.id };
}

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Diagnostic, diagnostic, sortDiagnostics } from '../diagnostics.ts';
import type { Database } from '../model.ts';
import { signerName, type TeamKey, teamKeys } from '../signing/team-keys.ts';
import { compareRecipients } from './compare-recipients.ts';
import { readRecipients, type SealedRecipients } from './recipients.ts';
import { listSealedFiles, SEALED_FOLDER, SEALED_FOLDERS } from './sealed-files.ts';
import { teamRecipients } from './team-recipients.ts';

const RESEAL = (file: string) =>
  `Re-seal it for the current team: \`npm run seal -- --reseal ${file} --key-file <your secret key>\` (any member on the team can).`;

/** Whether watchkeeper.yaml turns sealing on. */
export function sealingEnabled(db: Database): boolean {
  return db.settings.sealing?.enabled === true;
}

/**
 * The sealed-draft checks of `npm run check`, with no secret key: every file
 * in advisories/sealed/ and vulns/sealed/ must be an encrypted OpenPGP message addressed to
 * exactly the encryption keys of the members on the team at `now`. A file
 * whose recipients differ is listed with what changed, so it can be re-sealed:
 * a member who joined cannot read it, and one who left still can.
 * With sealing off, only the presence of sealed files is reported.
 */
export async function checkSealedDrafts(db: Database, now: Date): Promise<Diagnostic[]> {
  const listing = listSealedFiles(db.root);
  if (!sealingEnabled(db)) {
    if (listing.files.length === 0) return listing.diagnostics;
    // Off or not, every file there must be a sealed message: plaintext in the folder is a leak either way.
    const shapes = await Promise.all(listing.files.map((file) => readSealed(db.root, file)));
    return sortDiagnostics([
      ...listing.diagnostics,
      ...shapes.flatMap((s) => s.diagnostics),
      ...SEALED_FOLDERS.flatMap((folder) => {
        const count = listing.files.filter((f) => f.startsWith(`${folder}/`)).length;
        return count === 0
          ? []
          : [
              diagnostic(
                'SEAL_FILES_WHILE_DISABLED',
                folder,
                '',
                `${count} sealed draft(s) sit in ${folder}/, but sealing is off, so nobody checks who can open them.`,
                'Set `sealing: { enabled: true }` in watchkeeper.yaml, or publish or remove the sealed drafts.',
              ),
            ];
      }),
    ]);
  }
  const out = [...listing.diagnostics];
  const keys = await teamKeys(db);
  const team = await teamRecipients(db, now, keys);
  if (listing.files.length > 0 && team.length === 0) {
    out.push(
      diagnostic(
        'SEAL_NO_TEAM',
        SEALED_FOLDER,
        '',
        'Nobody is on the team now, so no sealed draft can be addressed correctly.',
        'Add current terms to rotations/.',
      ),
    );
  }
  const results = await Promise.all(listing.files.map((file) => checkOne(db.root, file, team, keys)));
  return sortDiagnostics([...out, ...results.flat()]);
}

/** Reads one sealed file and checks it is one encrypted OpenPGP message; the recipients when it is. */
async function readSealed(root: string, file: string): Promise<{ diagnostics: Diagnostic[]; recipients?: SealedRecipients }> {
  const fail = (code: Parameters<typeof diagnostic>[0], message: string, hint: string) => ({
    diagnostics: [diagnostic(code, file, '', message, hint)],
  });
  let bytes: Uint8Array;
  try {
    bytes = await readFile(join(root, file));
  } catch (error) {
    return fail('SEAL_UNREADABLE', `The sealed draft cannot be read: ${(error as Error).message}.`, 'Check the file.');
  }
  const read = await readRecipients(bytes);
  if (!read.ok) {
    return fail(
      read.code,
      `This is not a sealed draft: ${read.message}`,
      'Seal drafts with `npm run seal`; remove anything else from the folder. If the file held a draft in plaintext, treat the draft as disclosed.',
    );
  }
  if (!read.recipients.encrypted) {
    return fail(
      'SEAL_NOT_ENCRYPTED',
      'This file holds no integrity-protected encrypted data: its content may be readable or alterable by anyone.',
      'If it held a draft, treat the draft as disclosed. Seal drafts only with `npm run seal`.',
    );
  }
  return { diagnostics: [], recipients: read.recipients };
}

async function checkOne(
  root: string,
  file: string,
  team: Awaited<ReturnType<typeof teamRecipients>>,
  keys: readonly TeamKey[],
): Promise<Diagnostic[]> {
  const sealed = await readSealed(root, file);
  const recipients = sealed.recipients;
  if (!recipients) return sealed.diagnostics;
  const out: Diagnostic[] = [];
  const add = (code: Parameters<typeof diagnostic>[0], message: string, hint: string) =>
    out.push(diagnostic(code, file, '', message, hint));
  const diff = compareRecipients(recipients, team);
  if (diff.wildcards > 0) {
    add(
      'SEAL_WILDCARD_RECIPIENT',
      `${diff.wildcards} recipient(s) are hidden (key id 0): nobody can tell who can open the file, and any key may be one of them.`,
      RESEAL(file),
    );
  }
  if (diff.passwords > 0) {
    add(
      'SEAL_PASSWORD',
      `The file can also be opened with a password (${diff.passwords} password packet(s)); anyone who learns it can read the draft.`,
      RESEAL(file),
    );
  }
  for (const r of diff.missing) {
    const why = r.keyIds.length === 0 ? ' (they have no usable published encryption key; fix their key first)' : '';
    add('SEAL_RECIPIENT_MISSING', `\`${r.member.handle}\` is on the team now but cannot open this draft${why}.`, RESEAL(file));
  }
  for (const id of diff.extra) {
    const holder = keys.find((k) => k.key.getKeys().some((part) => part.getKeyID().toHex().toUpperCase() === id));
    const who = holder ? `${signerName(holder)}, who is not on the team now` : 'a key that is not one of the team members’ keys';
    add('SEAL_RECIPIENT_EXTRA', `The draft is also encrypted to ${id}, of ${who}.`, RESEAL(file));
  }
  return out;
}

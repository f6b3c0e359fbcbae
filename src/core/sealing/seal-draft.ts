import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { createMessage, encrypt, type PublicKey } from 'openpgp';
import { replaceFileAtomic, writeNewFileAtomic } from '../authoring/write-file.ts';
import { type Diagnostic, diagnostic } from '../diagnostics.ts';
import { isTriagePublishable } from '../embargo/publishable.ts';
import { KEY_CONFIG } from '../keys/key-status.ts';
import type { Database } from '../model.ts';
import { parseFile } from '../parse-file.ts';
import type { AdvisoryFile, TriageFile } from '../types.gen.ts';
import { readYaml } from '../yaml/read-yaml.ts';
import { sealingEnabled } from './check-sealed.ts';
import { compareRecipients, isExactMatch } from './compare-recipients.ts';
import { readRecipients } from './recipients.ts';
import { randomSealedPath, SEALED_FOLDERS, SEALED_NAME, sealedFolderOf } from './sealed-files.ts';
import { teamRecipients } from './team-recipients.ts';

export interface SealOptions {
  db: Database;
  /** The draft's text (what gets sealed, byte for byte). */
  bytes: Uint8Array;
  /** A name for the draft in messages (its path). */
  name: string;
  now: Date;
  /** Repo-relative sealed file to overwrite (re-sealing); a new random name otherwise. */
  replace?: string;
}

export type SealResult = { ok: true; sealedFile: string; recipients: string[] } | { ok: false; diagnostics: Diagnostic[] };

/**
 * Encrypts a draft to everyone on the team at `now` and writes it to
 * advisories/sealed/<random>.yaml.asc atomically — or, for a triage record,
 * to vulns/sealed/<random>.yaml.asc (draftKind tells them apart). The draft
 * must be a valid advisory whose status is draft or embargoed, or a valid
 * triage record that is not publishable (a public one has nothing to hide). Every member on the team must have a usable encryption key: a draft
 * some member cannot open is refused rather than sealed short. The written
 * file is read back and its recipients compared with the team before success
 * is reported.
 */
export async function sealDraft(options: SealOptions): Promise<SealResult> {
  const { db, bytes, name, now } = options;
  const fail = (code: Parameters<typeof diagnostic>[0], message: string, hint: string): SealResult => ({
    ok: false,
    diagnostics: [diagnostic(code, name, '', message, hint)],
  });
  if (!sealingEnabled(db)) {
    return fail(
      'SEAL_DISABLED',
      'Sealing is off in watchkeeper.yaml.',
      'Set `sealing: { enabled: true }` in watchkeeper.yaml (see docs/sealing.md).',
    );
  }
  const kind = draftKind(bytes);
  const parsed = parseFile(name, bytes, kind);
  if (parsed.diagnostics.length > 0 || parsed.data === undefined) {
    return {
      ok: false,
      diagnostics: [
        diagnostic(
          'SEAL_INVALID_DRAFT',
          name,
          '',
          `The draft is not a valid ${kind === 'triage' ? 'triage record' : 'advisory'}, so it is not sealed.`,
          'Fix the problems listed, then seal it.',
        ),
        ...parsed.diagnostics,
      ],
    };
  }
  if (options.replace !== undefined && !options.replace.startsWith(`${sealedFolderOf(kind)}/`)) {
    return fail(
      'SEAL_INVALID_DRAFT',
      `The draft is ${kind === 'triage' ? 'a triage record' : 'an advisory'}, but ${options.replace} holds the other kind of sealed draft.`,
      `Replace a sealed file in ${sealedFolderOf(kind)}/, or seal it as a new draft.`,
    );
  }
  if (kind === 'triage') {
    const record = parsed.data as TriageFile;
    if (isTriagePublishable(record, now)) {
      return fail(
        'SEAL_NOT_A_DRAFT',
        `The triage record ${record.id} is publishable now (public upstream, no embargo holding); only unpublishable records are sealed.`,
        'A public record is public already; keep it as a plain file.',
      );
    }
  }
  const advisory = parsed.data as AdvisoryFile;
  if (kind === 'advisory' && advisory.status !== 'draft' && advisory.status !== 'embargoed') {
    return fail(
      'SEAL_NOT_A_DRAFT',
      `${advisory.id} has status \`${advisory.status}\`; only drafts and embargoed advisories are sealed.`,
      'A published advisory is public already; keep it as a plain file.',
    );
  }
  const team = await teamRecipients(db, now);
  if (team.length === 0) return fail('SEAL_NO_TEAM', `Nobody is on the team at ${now.toISOString()}.`, 'Add current terms to rotations/.');
  const keyless = team.filter((r) => !r.key || !r.preferred);
  if (keyless.length > 0) {
    return fail(
      'SEAL_RECIPIENT_MISSING',
      `${keyless.map((r) => `\`${r.member.handle}\``).join(', ')} on the team ha${keyless.length === 1 ? 's' : 've'} no usable published encryption key, so they could not open the draft.`,
      'Fix their key first (npm run check lists the key problems); a draft is sealed for the whole team or not at all.',
    );
  }
  const armored = await encrypt({
    // Binary literal data: the exact bytes come back out, comments and line endings included.
    message: await createMessage({ binary: bytes, format: 'binary' }),
    encryptionKeys: team.map((r) => r.key as PublicKey),
    date: now,
    format: 'armored',
    config: KEY_CONFIG,
  });
  const check = await readRecipients(armored);
  if (!check.ok || !isExactMatch(compareRecipients(check.recipients, team)) || !check.recipients.encrypted) {
    throw new Error('the sealed message is not addressed to exactly the team; nothing was written');
  }
  let sealedFile = options.replace;
  if (sealedFile !== undefined) {
    if (!isSealedPath(sealedFile)) throw new Error(`${sealedFile} is not a sealed draft path`);
    replaceFileAtomic(join(db.root, sealedFile), armored);
  } else {
    // 130 random bits: a collision is not expected, but an existing file is never overwritten.
    do sealedFile = randomSealedPath(kind);
    while (!writeNewFileAtomic(join(db.root, sealedFile), armored));
  }
  return { ok: true, sealedFile, recipients: team.map((r) => r.member.handle) };
}

/** Whether a repo-relative path names a file in advisories/sealed/ or vulns/sealed/ with a random name. */
export function isSealedPath(rel: string): boolean {
  const parts = rel.split('/');
  return (
    parts.length === 3 && (SEALED_FOLDERS as readonly string[]).includes(`${parts[0]}/${parts[1]}`) && SEALED_NAME.test(parts[2] ?? '')
  );
}

/**
 * Whether a draft's text is a triage record or an advisory: a record has
 * `packages` and no `status` at its top level. Text that does not read is
 * judged as an advisory, whose schema then reports the problems.
 */
export function draftKind(bytes: Uint8Array): 'advisory' | 'triage' {
  const data = readYaml('draft.yaml', bytes).yaml?.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'advisory';
  return 'packages' in data && !('status' in data) ? 'triage' : 'advisory';
}

/** A path relative to the repository root with forward slashes, or undefined when it lies outside. */
export function repoRelative(root: string, path: string): string | undefined {
  const rel = relative(resolve(root), resolve(path));
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || rel.startsWith(sep)) return undefined;
  return rel.split(sep).join('/');
}

/**
 * Removes the plain draft once its sealed copy is written, when the draft sits
 * inside the repository: leaving it would defeat the sealing. The sealed copy
 * is checked to exist first, so the text is never in neither place.
 */
export function removePlainDraft(root: string, draftPath: string, sealedFile: string): boolean {
  if (!repoRelative(root, draftPath)) return false;
  if (!existsSync(join(root, sealedFile)) || readFileSync(join(root, sealedFile)).length === 0) return false;
  rmSync(draftPath);
  return true;
}

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { createMessage, readCleartextMessage, readSignature, verify } from 'openpgp';
import { type Diagnostic, diagnostic } from '../diagnostics.ts';
import type { RotationTerm } from '../model.ts';
import { formatInstant } from '../time.ts';
import { VERIFY_CONFIG } from './config.ts';
import { judgeSignature, PROBLEM_CODES, type SignatureVerdict, type VerificationResult } from './judge-signature.ts';
import { onTeamAt, signerName, type TeamKey } from './team-keys.ts';

const CLEARTEXT_BEGIN = '-----BEGIN PGP SIGNED MESSAGE-----';
const SIGNATURE_END = '-----END PGP SIGNATURE-----';

export interface FileVerification {
  /** The file as named by the caller. */
  file: string;
  mode: 'detached' | 'cleartext' | 'none';
  /** One verdict per signature packet. */
  verdicts: SignatureVerdict[];
  /** The verdict that made the file count, when one did. */
  good: SignatureVerdict | undefined;
  /** Whether a `.sha512` beside the file was checked (and matched, unless there is a diagnostic). */
  hashChecked: boolean;
  diagnostics: Diagnostic[];
}

export interface VerifyOptions {
  keys: readonly TeamKey[];
  /** Terms, to say whether a member signer was on the team when they signed. */
  terms: readonly RotationTerm[];
  now: Date;
}

/**
 * Verifies a signed file: `x` or `x.asc` (a detached signature beside the
 * data), or a cleartext-signed file such as security.txt. Says who signed and
 * when; a `.sha512` beside the data is checked too. The file passes when at
 * least one signature counts (see judgeSignature) and nothing else is wrong.
 */
export async function verifyFile(path: string, options: VerifyOptions): Promise<FileVerification> {
  const dataPath = path.endsWith('.asc') ? path.slice(0, -4) : path;
  const result: FileVerification = { file: dataPath, mode: 'none', verdicts: [], good: undefined, hashChecked: false, diagnostics: [] };
  const problem = (code: Parameters<typeof diagnostic>[0], message: string, hint: string) => {
    result.diagnostics.push(diagnostic(code, result.file, '', message, hint));
    return result;
  };
  let data: Buffer;
  try {
    data = await readFile(dataPath);
  } catch (error) {
    return problem('VERIFY_UNREADABLE', `${dataPath} cannot be read: ${(error as Error).message}.`, 'Check the path.');
  }
  const signatureText = await readFile(`${dataPath}.asc`, 'utf8').catch(() => undefined);
  let entries: VerificationResult[];
  if (signatureText !== undefined) {
    result.mode = 'detached';
    try {
      const signature = await readSignature({ armoredSignature: signatureText, config: VERIFY_CONFIG });
      entries = (
        await verify({
          message: await createMessage({ binary: data }),
          signature,
          verificationKeys: options.keys.map((k) => k.key),
          date: options.now,
          config: VERIFY_CONFIG,
        })
      ).signatures;
    } catch (error) {
      return problem(
        'VERIFY_UNREADABLE',
        `${dataPath}.asc is not an OpenPGP signature: ${(error as Error).message}.`,
        'Fetch the .asc file again.',
      );
    }
  } else if (data.includes(CLEARTEXT_BEGIN)) {
    result.mode = 'cleartext';
    const text = data.toString('utf8');
    const outside = textOutsideSignature(text);
    if (outside) {
      return problem(
        'VERIFY_TEXT_OUTSIDE_SIGNATURE',
        `${dataPath} has text ${outside} the signed block. That text is not covered by the signature, and a reader that ignores the armor would take it as genuine.`,
        'Fetch the file again from the site; the signed original starts with the BEGIN PGP SIGNED MESSAGE line and ends with the signature.',
      );
    }
    try {
      const message = await readCleartextMessage({ cleartextMessage: text, config: VERIFY_CONFIG });
      entries = (await verify({ message, verificationKeys: options.keys.map((k) => k.key), date: options.now, config: VERIFY_CONFIG }))
        .signatures;
    } catch (error) {
      return problem(
        'VERIFY_UNREADABLE',
        `${dataPath} is not a readable cleartext-signed file: ${(error as Error).message}.`,
        'Fetch the file again.',
      );
    }
  } else {
    return problem(
      'VERIFY_NO_SIGNATURE',
      `${dataPath} carries no signature: there is no ${basename(dataPath)}.asc beside it and it is not cleartext-signed.`,
      'Download the .asc file published next to it and keep both in the same folder.',
    );
  }
  if (entries.length === 0)
    return problem('VERIFY_NO_SIGNATURE', `The signature file for ${dataPath} holds no signature.`, 'Fetch it again.');
  for (const entry of entries) result.verdicts.push(await judgeSignature(entry, options.keys, options.now));
  result.good = result.verdicts.find((v) => v.problem === undefined);
  if (!result.good) {
    for (const v of result.verdicts) {
      if (!v.problem) continue;
      result.diagnostics.push(
        diagnostic(
          PROBLEM_CODES.detached[v.problem],
          result.file,
          '',
          v.message,
          v.problem === 'unknown-signer'
            ? "Do not trust the file. If the team has a new key, update your copy of the team's keys (the site's /keys/ or rotations/keys/)."
            : 'Do not trust the file; fetch it and its signature again, and tell the team if it persists.',
        ),
      );
    }
  } else if (result.good.signer?.member && result.good.created) {
    const { member } = result.good.signer;
    if (!onTeamAt(options.terms, member.handle, result.good.created)) {
      result.diagnostics.push(
        diagnostic(
          'VERIFY_SIGNER_OFF_TEAM',
          result.file,
          '',
          `${signerName(result.good.signer)} signed this on ${formatInstant(result.good.created)}, when they held no term on the team.`,
          'The signature is genuine; decide whether you trust this member outside their terms.',
        ),
      );
    }
  }
  const hashText = await readFile(`${dataPath}.sha512`, 'utf8').catch(() => undefined);
  if (hashText !== undefined && result.mode === 'detached') {
    result.hashChecked = true;
    const expected = /^([0-9a-f]{128})\b/i.exec(hashText.trim())?.[1]?.toLowerCase();
    const actual = createHash('sha512').update(data).digest('hex');
    if (expected !== actual) {
      result.diagnostics.push(
        diagnostic(
          'VERIFY_HASH_MISMATCH',
          result.file,
          '',
          `${dataPath}.sha512 gives ${expected ? `${expected.slice(0, 16)}…` : 'no SHA-512 digest'}, but the file's SHA-512 is ${actual.slice(0, 16)}….`,
          'Fetch the file and its .sha512 again; a mismatch means one of them changed after signing.',
        ),
      );
    }
  }
  return result;
}

/** Where text sits outside the cleartext armor ('before' / 'after'), or undefined when the file is only the signed block. */
export function textOutsideSignature(text: string): 'before' | 'after' | undefined {
  if (!text.startsWith(CLEARTEXT_BEGIN)) return 'before';
  const end = text.indexOf(SIGNATURE_END);
  if (end === -1) return 'after';
  if (text.slice(end + SIGNATURE_END.length).trim() !== '') return 'after';
  // A second signed block further down would verify separately from the first.
  if (text.indexOf(CLEARTEXT_BEGIN, 1) !== -1) return 'after';
  return undefined;
}

import type { PrivateKey, PublicKey } from 'openpgp';
import { type Diagnostic, diagnostic } from '../diagnostics.ts';
import { canSignAt, fingerprintOf, isRevokedAt, usableUntil } from '../keys/key-status.ts';
import { DAY_MS, formatInstant, formatSpan } from '../time.ts';
import { signerName, type TeamKey } from './team-keys.ts';

/** A signing key that stops working within this many days is announced… */
export const SIGN_WARN_DAYS = 90;
/** …and within this many days it is refused: subscribers' verification would start failing before the next routine rotation. */
export const SIGN_FAIL_DAYS = 30;

export interface SigningKeyStatus {
  /** The published key matching the secret key, when there is one. */
  published: TeamKey | undefined;
  diagnostics: Diagnostic[];
}

/**
 * Whether a secret key may sign the site's outputs at `now`: it must be one of
 * the team's published keys (otherwise nobody can verify what it signs), it
 * must be able to sign now, and it must keep doing so for SIGN_FAIL_DAYS.
 * Expiry is read from the published copy, because that is the one subscribers
 * verify with: a key extended locally but not re-published still expires for them.
 */
export async function signingKeyStatus(secret: PrivateKey, keys: readonly TeamKey[], now: Date, source: string): Promise<SigningKeyStatus> {
  const fingerprint = fingerprintOf(secret.toPublic());
  const published = keys.find((k) => k.fingerprint === fingerprint);
  const out: Diagnostic[] = [];
  const at = (code: Parameters<typeof diagnostic>[0], message: string, hint: string) =>
    out.push(diagnostic(code, source, '', message, hint));
  if (!published) {
    at(
      'SIGN_KEY_UNPUBLISHED',
      `The signing key ${fingerprint} is not one of the team's published keys, so nobody could verify what it signs.`,
      "Sign with a member's key listed in rotations/roster.yaml, or with the team key: commit its public key to rotations/keys/ and set contact.key_fingerprint in watchkeeper.yaml.",
    );
  }
  const key: PublicKey = published?.key ?? secret.toPublic();
  const who = published ? `The signing key of ${signerName(published)}` : 'The signing key';
  if (await isRevokedAt(key, now)) {
    at('SIGN_KEY_UNUSABLE', `${who} (${fingerprint}) is revoked.`, 'Sign with another published key.');
    return { published, diagnostics: out };
  }
  if (!(await canSignAt(key, now))) {
    at(
      'SIGN_KEY_UNUSABLE',
      `${who} (${fingerprint}) cannot sign at ${formatInstant(now)}: it has expired or has no valid signing key.`,
      "Extend its expiry (`gpg --quick-set-expire <fpr> 1y '*'`) and commit the re-exported public key, or sign with another published key.",
    );
    return { published, diagnostics: out };
  }
  const until = await usableUntil(key, 'sign', now);
  if (until) {
    const left = until.getTime() - now.getTime();
    const extend = "Extend its expiry (`gpg --quick-set-expire <fpr> 1y '*'`) and commit the re-exported public key so subscribers get it.";
    if (left <= SIGN_FAIL_DAYS * DAY_MS) {
      at('SIGN_KEY_EXPIRES_SOON', `${who} (${fingerprint}) stops signing on ${formatInstant(until)}, in ${formatSpan(left)}.`, extend);
    } else if (left <= SIGN_WARN_DAYS * DAY_MS) {
      at('SIGN_KEY_EXPIRING', `${who} (${fingerprint}) stops signing on ${formatInstant(until)}, in ${formatSpan(left)}.`, extend);
    }
  }
  return { published, diagnostics: out };
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PublicKey } from 'openpgp';
import { type Diagnostic, diagnostic, sortDiagnostics } from '../diagnostics.ts';
import { canEncryptAt, canSignAt, expiryOf, fingerprintOf, isRevokedAt, primaryKeyProblem, usableUntil } from '../keys/key-status.ts';
import { readPublicKeyFile } from '../keys/read-key.ts';
import type { Database } from '../model.ts';
import { type KeyHolder, keyHolders } from '../rotation/key-holders.ts';
import { type MemberKey, readMemberKeys } from '../rotation/member-keys.ts';
import { DAY_MS, formatInstant, formatSpan } from '../time.ts';
import { locate } from '../yaml/locate.ts';
import { readYaml, type YamlFile } from '../yaml/read-yaml.ts';
import { type CheckContext, report } from './context.ts';

/** How early a key's coming expiry is announced. */
export const KEY_WARNING_DAYS = 30;

/**
 * Reads the public key of every member on a current or planned term with
 * OpenPGP.js and checks it at `now`: it is their key (fingerprint), it is not
 * revoked or expired, it can encrypt and sign, and it keeps doing so until the
 * member's last term ends. Async because OpenPGP.js is; checkRepository awaits
 * it after loadDatabase (src/core/check-repository.ts). A missing file is
 * KEY_FILE_MISSING, reported by the synchronous checks. Every other file in
 * rotations/keys/ is still read once to make sure it holds no secret key.
 */
export async function checkKeys(db: Database, now: Date): Promise<Diagnostic[]> {
  const ctx: CheckContext = { db, now, locate: lazyLocator(db.root) };
  const holders = keyHolders(db, now);
  const keys = await readMemberKeys(
    db,
    now,
    holders.map((h) => h.member),
    { facts: false },
  );
  const results = await Promise.all(holders.map((holder, i) => checkOne(ctx, holder, keys[i] as MemberKey)));
  const checked = new Set(holders.map((h) => h.keyFile));
  const others = await Promise.all(db.keyFiles.filter((f) => !checked.has(f)).map((f) => secretKeyCheck(db.root, f)));
  return sortDiagnostics([...results.flat(), ...others.flat()]);
}

/** A secret key must never sit in the repository, whoever it belongs to. */
async function secretKeyCheck(root: string, keyFile: string): Promise<Diagnostic[]> {
  const read = await readPublicKeyFile(join(root, keyFile));
  if (read.ok || read.problem !== 'secret') return [];
  return [
    diagnostic(
      'KEY_SECRET',
      keyFile,
      '',
      `${keyFile} holds a SECRET key.`,
      'Remove it from the repository and its history now, treat the key as compromised (revoke it), and commit only public keys (`gpg --armor --export`).',
    ),
  ];
}

async function checkOne(ctx: CheckContext, holder: KeyHolder, memberKey: MemberKey): Promise<Diagnostic[]> {
  const { member, keyFile, untilMs } = holder;
  const { now } = ctx;
  const at = (field: 'path' | 'fingerprint') => ['members', member.index, 'key', field];
  const read = memberKey.read;
  // A missing file is KEY_FILE_MISSING, reported by the synchronous checks.
  if (!read) return [];
  if (!read.ok) {
    if (read.problem === 'secret') {
      return [
        report(
          ctx,
          'KEY_SECRET',
          member.file,
          at('path'),
          `${keyFile} holds a SECRET key of \`${member.handle}\`.`,
          'Remove it from the repository and its history now, treat the key as compromised (revoke it), and commit only the public key (`gpg --armor --export`).',
        ),
      ];
    }
    return [
      report(
        ctx,
        'KEY_UNREADABLE',
        member.file,
        at('path'),
        `${keyFile} (key of \`${member.handle}\`) cannot be used: ${read.message}`,
        'Replace it with the output of `gpg --armor --export <fingerprint>`: exactly one public key.',
      ),
    ];
  }
  const key = read.key;
  const out: Diagnostic[] = [];
  const fingerprint = fingerprintOf(key);
  if (fingerprint !== member.key.fingerprint) {
    out.push(
      report(
        ctx,
        'KEY_FINGERPRINT_MISMATCH',
        member.file,
        at('fingerprint'),
        `The roster gives \`${member.handle}\` the fingerprint ${member.key.fingerprint}, but ${keyFile} holds ${fingerprint}.`,
        'Compare the fingerprint with the member in person or over a trusted channel, then correct whichever is wrong.',
      ),
    );
  }
  if (await isRevokedAt(key, now)) {
    out.push(
      report(
        ctx,
        'KEY_REVOKED',
        member.file,
        at('path'),
        `The key of \`${member.handle}\` (${keyFile}) is revoked.`,
        'The member must make a new key; commit it and update the fingerprint in the roster.',
      ),
    );
    return out;
  }
  const problem = await primaryKeyProblem(key, now);
  if (problem) {
    const expires = await expiryOf(key);
    out.push(
      expires && expires.getTime() <= now.getTime()
        ? report(
            ctx,
            'KEY_EXPIRED',
            member.file,
            at('path'),
            `The key of \`${member.handle}\` (${keyFile}) expired on ${formatInstant(expires)}.`,
            'The member extends the expiry (`gpg --quick-set-expire`) and commits the re-exported public key.',
          )
        : report(
            ctx,
            'KEY_UNUSABLE',
            member.file,
            at('path'),
            `The key of \`${member.handle}\` (${keyFile}) is not valid: ${problem}.`,
            'The member re-certifies the key with a current tool (SHA-256 or better self-signatures) and commits the new export.',
          ),
    );
    return out;
  }
  const usages = [
    { usage: 'encrypt' as const, can: await canEncryptAt(key, now), code: 'KEY_CANNOT_ENCRYPT' as const },
    { usage: 'sign' as const, can: await canSignAt(key, now), code: 'KEY_CANNOT_SIGN' as const },
  ];
  for (const u of usages.filter((u) => !u.can)) {
    out.push(
      report(
        ctx,
        u.code,
        member.file,
        at('path'),
        `The key of \`${member.handle}\` (${keyFile}) has no valid key that can ${u.usage}.`,
        u.usage === 'encrypt'
          ? 'Embargoed reports are encrypted to the team: add an encryption subkey (`gpg --quick-add-key <fpr> cv25519 encr`) and commit the new export.'
          : 'Members sign their work: add a signing-capable key (`gpg --quick-add-key <fpr> ed25519 sign`) and commit the new export.',
      ),
    );
  }
  const stops = await earliestStop(
    key,
    usages.filter((u) => u.can).map((u) => u.usage),
    now,
  );
  if (stops) {
    const termEnd = formatInstant(new Date(untilMs));
    if (stops.when.getTime() < untilMs) {
      out.push(
        report(
          ctx,
          'KEY_EXPIRES_IN_TERM',
          member.file,
          at('path'),
          `The key of \`${member.handle}\` (${keyFile}) can no longer ${stops.usage} from ${formatInstant(stops.when)}, before their term ends on ${termEnd}.`,
          "The member extends the expiry of the key and its subkeys (`gpg --quick-set-expire <fpr> 2y '*'`) and commits the re-exported public key.",
        ),
      );
    } else if (stops.when.getTime() - now.getTime() <= KEY_WARNING_DAYS * DAY_MS) {
      out.push(
        report(
          ctx,
          'KEY_EXPIRING',
          member.file,
          at('path'),
          `The key of \`${member.handle}\` (${keyFile}) can no longer ${stops.usage} from ${formatInstant(stops.when)}, in ${formatSpan(stops.when.getTime() - now.getTime())}.`,
          'Extend its expiry now so mail to the team keeps working; commit the re-exported public key.',
        ),
      );
    }
  }
  return out;
}

async function earliestStop(key: PublicKey, usages: ('encrypt' | 'sign')[], now: Date) {
  let first: { usage: 'encrypt' | 'sign'; when: Date } | undefined;
  for (const usage of usages) {
    const when = await usableUntil(key, usage, now);
    if (when && (!first || when.getTime() < first.when.getTime())) first = { usage, when };
  }
  return first;
}

/** Positions for key diagnostics: the roster is parsed again only when a diagnostic needs a line. */
function lazyLocator(root: string): CheckContext['locate'] {
  const files = new Map<string, YamlFile | undefined>();
  return (file, pointer, part) => {
    if (!files.has(file)) {
      try {
        files.set(file, readYaml(file, readFileSync(join(root, file))).yaml);
      } catch {
        files.set(file, undefined);
      }
    }
    const yaml = files.get(file);
    return yaml ? locate(yaml, pointer, part) : undefined;
  };
}

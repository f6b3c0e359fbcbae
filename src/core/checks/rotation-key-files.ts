import type { Diagnostic } from '../diagnostics.ts';
import { keyHolders } from '../rotation/key-holders.ts';
import { type CheckContext, report } from './context.ts';

/**
 * Every member on a current or planned term has their public key file in the
 * repository. This part is synchronous so every load reports it; reading the
 * keys themselves is async (OpenPGP.js) and lives in rotation-keys.ts.
 */
export function rotationKeyFileChecks(ctx: CheckContext): Diagnostic[] {
  const present = new Set(ctx.db.keyFiles);
  return keyHolders(ctx.db, ctx.now)
    .filter((h) => !present.has(h.keyFile))
    .map(({ member, keyFile }) =>
      report(
        ctx,
        'KEY_FILE_MISSING',
        member.file,
        ['members', member.index, 'key', 'path'],
        `\`${member.handle}\` is on a term but their public key ${keyFile} is not in the repository.`,
        `Export it with \`gpg --armor --export ${member.key.fingerprint} > ${keyFile}\` and commit it.`,
      ),
    );
}

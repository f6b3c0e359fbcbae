import { existsSync } from 'node:fs';
import type { PrivateKey } from 'openpgp';
import { type Diagnostic, diagnostic } from '../diagnostics.ts';
import { type SignOutputsResult, signOutputs } from './sign-outputs.ts';

export type SignSiteResult = { ok: true; signed: SignOutputsResult } | { ok: false; diagnostics: Diagnostic[] };

/**
 * `npm run sign` on a built site folder: signs its outputs (signOutputs), and
 * says SIGN_NO_OUTPUT on `shown` (the folder as the user named it) when the
 * folder is missing or holds nothing to sign — a sign step that signs nothing
 * must fail, or a deploy would publish unsigned files.
 */
export async function signSite(dir: string, shown: string, key: PrivateKey, now: Date): Promise<SignSiteResult> {
  if (!existsSync(dir)) {
    return {
      ok: false,
      diagnostics: [diagnostic('SIGN_NO_OUTPUT', shown, '', 'The folder does not exist.', 'Build the site first (`npm run build`).')],
    };
  }
  const signed = await signOutputs(dir, key, now);
  if (signed.detached.length === 0 && signed.cleartext.length === 0) {
    return {
      ok: false,
      diagnostics: [
        diagnostic(
          'SIGN_NO_OUTPUT',
          shown,
          '',
          'No feed, OSV, CSAF file or security.txt was found to sign.',
          'Name the built site folder (dist/), after `npm run build`.',
        ),
      ],
    };
  }
  return { ok: true, signed };
}

import { type Diagnostic, diagnostic } from '../diagnostics.ts';
import { type GitRepo, readBlobBytes, type TreeChange } from '../git/index.ts';
import { SEALED_NAME } from '../sealing/sealed-files.ts';

/**
 * A file added or changed under advisories/sealed/ must be what sealing makes:
 * a randomly named, integrity-protected OpenPGP message. The gate repeats this
 * part of the sealing checks because the sealed folder is the one place a
 * draft may sit in a public repository: plaintext there would merge unseen.
 * Who the recipients are is `npm run check`'s business. OpenPGP.js is loaded
 * only when such a file changed.
 */
export async function sealedFindings(repo: GitRepo, change: TreeChange): Promise<Diagnostic[]> {
  const entry = change.after;
  if (!entry || entry.mode === '120000' || entry.type !== 'blob') return [];
  const name = change.path.split('/').pop() ?? '';
  const out: Diagnostic[] = [];
  if (!SEALED_NAME.test(name)) {
    out.push(
      diagnostic(
        'SEAL_FILE_NAME',
        change.path,
        '',
        'A sealed draft has a name that is not random; a telling name (an id, a package) discloses what the encryption hides.',
        'Seal drafts with `npm run seal`, which names them at random.',
      ),
    );
  }
  const { readRecipients } = await import('../sealing/recipients.ts');
  const read = await readRecipients(await readBlobBytes(repo, entry.oid));
  if (!read.ok) {
    out.push(
      diagnostic(
        read.code,
        change.path,
        '',
        `This is not a sealed draft: ${read.message} The gate cannot tell what it discloses, so it fails closed.`,
        'Seal drafts with `npm run seal`; remove anything else from the folder.',
      ),
    );
  } else if (!read.recipients.encrypted) {
    out.push(
      diagnostic(
        'SEAL_NOT_ENCRYPTED',
        change.path,
        '',
        'This file holds no integrity-protected encrypted data: its content may be readable by anyone.',
        'If it held a draft, treat the draft as disclosed. Seal drafts only with `npm run seal`.',
      ),
    );
  }
  return out;
}

import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createCleartextMessage, createMessage, type PrivateKey, readCleartextMessage, sign } from 'openpgp';
import { replaceFileAtomic } from '../authoring/write-file.ts';
import { SIGN_CONFIG } from './config.ts';
import { listSignedOutputs, SECURITY_TXT } from './output-files.ts';

export interface SignOutputsResult {
  /** Site-relative files that got a `.asc` and a `.sha512`. */
  detached: string[];
  /** Site-relative files signed in place (security.txt), when present. */
  cleartext: string[];
}

/** How many files are signed at once: enough to keep both cores busy without holding every file in memory. */
const PARALLEL = 8;

/**
 * Signs the built site in `dir` at `now`. Detached signatures are binary
 * signatures over the exact bytes (like `gpg --detach-sign --armor`): a feed
 * served with converted line endings no longer verifies, just as its `.sha512`
 * no longer matches, and that is the point. security.txt is cleartext-signed,
 * which by its nature is a text signature (line endings do not matter).
 * Every file is written atomically (temporary file, then rename).
 */
export async function signOutputs(dir: string, key: PrivateKey, now: Date): Promise<SignOutputsResult> {
  const files = listSignedOutputs(dir);
  const queue = [...files];
  const worker = async () => {
    for (let rel = queue.shift(); rel !== undefined; rel = queue.shift()) await signDetached(join(dir, rel), key, now);
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, queue.length) }, worker));
  const cleartext: string[] = [];
  if (existsSync(join(dir, SECURITY_TXT))) {
    await signCleartextFile(join(dir, SECURITY_TXT), key, now);
    cleartext.push(SECURITY_TXT);
  }
  return { detached: files, cleartext };
}

/** Writes `<file>.asc` (armored detached signature) and `<file>.sha512` (`sha512sum` format). */
export async function signDetached(path: string, key: PrivateKey, now: Date): Promise<void> {
  const bytes = readFileSync(path);
  const signature = await sign({
    message: await createMessage({ binary: bytes }),
    signingKeys: key,
    detached: true,
    date: now,
    format: 'armored',
    config: SIGN_CONFIG,
  });
  replaceFileAtomic(`${path}.asc`, signature);
  replaceFileAtomic(`${path}.sha512`, sha512Line(bytes, basename(path)));
}

/** The `.sha512` file's content: the hex digest, two spaces, the file name (what `sha512sum -c` reads). */
export function sha512Line(bytes: Uint8Array, name: string): string {
  return `${createHash('sha512').update(bytes).digest('hex')}  ${name}\n`;
}

/**
 * Replaces a text file with its cleartext-signed form. Signing a file that is
 * already signed re-signs its text rather than wrapping the old signature, so
 * running `npm run sign` twice gives one signature, not two nested ones.
 */
export async function signCleartextFile(path: string, key: PrivateKey, now: Date): Promise<void> {
  let text = readFileSync(path, 'utf8');
  if (text.startsWith('-----BEGIN PGP SIGNED MESSAGE-----')) text = (await readCleartextMessage({ cleartextMessage: text })).getText();
  // Like `gpg --clearsign`: the newline before the signature armor ends the text, it is not part of it.
  text = text.replace(/(\r?\n)+$/, '');
  const signed = await sign({
    message: await createCleartextMessage({ text }),
    signingKeys: key,
    date: now,
    format: 'armored',
    config: SIGN_CONFIG,
  });
  // OpenPGP.js writes the signed lines with CRLF and the armor with LF; a cleartext signature is a
  // text signature (line endings are canonicalised before hashing), so one LF style for the whole file is safe.
  replaceFileAtomic(path, signed.replaceAll('\r\n', '\n'));
}

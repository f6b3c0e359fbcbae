/** What kind of signature a commit carries. */
export type SignatureKind = 'none' | 'openpgp' | 'ssh' | 'x509' | 'unknown';

export interface SignedCommit {
  /** The bytes the signature covers: the commit object without its `gpgsig` header. */
  payload: Uint8Array;
  /** The armored signature, when there is one. */
  signature: string | undefined;
  kind: SignatureKind;
}

/**
 * Splits a raw commit object (git's text format) into the signed payload and
 * the signature, as `git verify-commit` does: the `gpgsig` header and its
 * continuation lines (each starting with a space) are cut out of the headers.
 * Bytes are handled as latin1 so that any commit encoding round-trips exactly.
 */
export function splitSignedCommit(raw: Uint8Array): SignedCommit {
  const text = Buffer.from(raw).toString('latin1');
  const end = text.indexOf('\n\n');
  const headerText = end === -1 ? text : text.slice(0, end);
  const rest = end === -1 ? '' : text.slice(end);
  const kept: string[] = [];
  const signatureLines: string[] = [];
  let inSignature = false;
  for (const line of headerText.split('\n')) {
    if (line.startsWith('gpgsig ')) {
      inSignature = true;
      signatureLines.push(line.slice('gpgsig '.length));
    } else if (inSignature && line.startsWith(' ')) {
      signatureLines.push(line.slice(1));
    } else {
      inSignature = false;
      kept.push(line);
    }
  }
  const payload = new Uint8Array(Buffer.from(kept.join('\n') + rest, 'latin1'));
  if (signatureLines.length === 0) return { payload, signature: undefined, kind: 'none' };
  const signature = `${signatureLines.join('\n')}\n`;
  return { payload, signature, kind: signatureKind(signature) };
}

/** Tells the signature formats git can write apart by their armor line. */
export function signatureKind(signature: string): SignatureKind {
  const first = signature.trimStart().split('\n', 1)[0]?.trim() ?? '';
  if (first === '-----BEGIN PGP SIGNATURE-----') return 'openpgp';
  if (first === '-----BEGIN SSH SIGNATURE-----') return 'ssh';
  // gpgsm (X.509/CMS) writes a PKCS#7 block; git calls the format x509.
  if (first === '-----BEGIN SIGNED MESSAGE-----' || first === '-----BEGIN PKCS7-----' || first === '-----BEGIN CMS-----') return 'x509';
  return 'unknown';
}

import { type Dirent, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Where security.txt sits in the built site; it is cleartext-signed in place (RFC 9116 §2.3). */
export const SECURITY_TXT = '.well-known/security.txt';

/**
 * Which built files get a detached `.asc` and a `.sha512`: every feed (RSS,
 * Atom, JSON Feed), every OSV file, every OpenVEX document, and every CSAF JSON file including
 * provider-metadata.json — the CSAF trusted-provider layout puts `<file>.asc`
 * and `<file>.sha512` next to each document. Pages are not signed: browsers
 * never check, and subscribers read the feeds.
 */
export function isSignedOutput(rel: string): boolean {
  if (rel.endsWith('.asc') || rel.endsWith('.sha512') || rel.endsWith('.sha256')) return false;
  if (rel.startsWith('feeds/')) return /\.(xml|json)$/.test(rel);
  if (rel.startsWith('osv/')) return rel.endsWith('.json');
  if (rel.startsWith('.well-known/csaf/')) return rel.endsWith('.json');
  // A scanner acts on an OpenVEX "not_affected" by dropping a finding: the claim must be as verifiable as an advisory.
  if (rel.startsWith('vex/')) return rel.endsWith('.json');
  return false;
}

/** Every file under `dir` to sign, site-relative with forward slashes, sorted. Links are not followed. */
export function listSignedOutputs(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(join(dir, rel), { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (const entry of entries) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile() && isSignedOutput(child)) out.push(child);
    }
  };
  walk('');
  return out.sort();
}

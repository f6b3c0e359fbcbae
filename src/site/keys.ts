import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { paths, safeHref } from '../core/export/paths.ts';
import { type Database, groupFingerprint, type TeamMember } from '../core/index.ts';

/** The published file name of a member's public key: `<handle>.asc`, so it is stable when the file is renamed. */
export function keyFileName(member: TeamMember): string {
  return `${member.handle}.asc`;
}

/** The armored public key text of a member, or undefined when the file is missing (the rotation checks report that). */
export function keyText(root: string, member: TeamMember): string | undefined {
  const file = join(root, 'rotations', member.key.path);
  // Only files directly under rotations/keys/ are published: a path elsewhere is never copied to the site.
  if (!member.key.path.startsWith('keys/') || basename(member.key.path) !== member.key.path.slice(5) || !existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  // A secret key committed by mistake must never be copied to the public site.
  return text.includes('PRIVATE KEY BLOCK') ? undefined : text;
}

/** Where each member's key is published (src/pages/keys/, named after the handle), for members whose key file can be published. */
export function publishedKeyLinks(db: Pick<Database, 'root' | 'members'>): Map<string, { href: string; file: string }> {
  return new Map(
    db.members
      .filter((m) => keyText(db.root, m) !== undefined)
      .map((m) => [m.handle, { href: paths.key(keyFileName(m)), file: keyFileName(m) }]),
  );
}

/** A member's contact as a link and its text (a mailto: address shown without the scheme); undefined when it is not a safe address. */
export function contactLink(contact: string): { href: string; text: string } | undefined {
  const href = safeHref(contact);
  return href ? { href, text: contact.replace(/^mailto:/, '') } : undefined;
}

/** A member's key fingerprint as the site shows it (groups of four), or an em dash for a handle with no key on record. */
export function memberFingerprint(db: Pick<Database, 'memberByHandle'>, handle: string): string {
  return groupFingerprint(db.memberByHandle.get(handle)?.key.fingerprint ?? '') || '—';
}

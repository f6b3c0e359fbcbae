import type { Settings } from '../settings.ts';
import { DAY_MS, formatInstant } from '../time.ts';
import { absolute, paths } from './paths.ts';

/** How long a security.txt stays valid: RFC 9116 recommends less than a year; the site is rebuilt far more often. */
export const SECURITY_TXT_DAYS = 180;

/** An OpenPGP key the team accepts encrypted reports for. */
export interface EncryptionKey {
  /** A URL where the key can be fetched, or undefined when only a fingerprint is known. */
  url?: string;
  fingerprint: string;
}

/**
 * /.well-known/security.txt (RFC 9116) from the settings and the keys of the
 * members on duty. Each field is one `Name: value` line; a value with a line
 * break would forge another field, so it is refused rather than written.
 */
export function securityTxt(settings: Settings, keys: EncryptionKey[], now: Date): string {
  const fields: [string, string][] = [['Contact', `mailto:${settings.contact.email}`]];
  if (settings.contact.url) fields.push(['Contact', settings.contact.url]);
  fields.push(['Expires', formatInstant(new Date(Math.floor(now.getTime() / 1000) * 1000 + SECURITY_TXT_DAYS * DAY_MS))]);
  if (settings.contact.key_fingerprint) fields.push(['Encryption', `openpgp4fpr:${settings.contact.key_fingerprint.toLowerCase()}`]);
  for (const key of keys) fields.push(['Encryption', key.url ?? `openpgp4fpr:${key.fingerprint.toLowerCase()}`]);
  fields.push(['Policy', absolute(settings.site_url, paths.policy())]);
  fields.push(['Canonical', absolute(settings.site_url, paths.securityTxt())]);
  // CSAF 2.0 requirement 8: security.txt names the provider-metadata.json, so scanners find the CSAF documents.
  fields.push(['CSAF', absolute(settings.site_url, paths.csafProviderMetadata())]);
  if (settings.contact.languages?.length) fields.push(['Preferred-Languages', settings.contact.languages.join(', ')]);
  const lines = fields.map(([name, value]) => {
    if (/[\r\n]/.test(value)) throw new Error(`security.txt field ${name} would contain a line break`);
    return `${name}: ${value}`;
  });
  return `${lines.join('\n')}\n`;
}

/** robots.txt: everything may be crawled; the sitemap is named. */
export function robotsTxt(settings: Settings): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absolute(settings.site_url, paths.sitemap())}\n`;
}

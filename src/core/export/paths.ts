/**
 * The site's URL layout in one place: pages, feeds, sitemaps and exports all
 * link through these, so a link can never point at a page that is not built.
 * Paths are absolute from the site root and end in `/` for pages.
 */

const SAFE_SEGMENT = /^[A-Za-z0-9._:+-]*$/;

/** Keeps a path segment readable while making it safe: anything outside the set is `~HH`-escaped (UTF-8), so the mapping is one-to-one. */
export function segment(value: string): string {
  // Most ids and names need no escape; the loop below costs a regex test per byte of every link on every page.
  if (SAFE_SEGMENT.test(value) && value !== '.' && value !== '..') return value;
  let out = '';
  for (const byte of new TextEncoder().encode(value)) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9._:+-]/.test(c) && byte < 0x80 ? c : `~${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  // `.` and `..` alone would mean something else in a path.
  return out === '.' || out === '..' ? out.replace(/\./g, '~2E') : out;
}

/**
 * A package path segment that every file system and static host can store:
 * like segment() but without `:` (Windows checkouts and some hosts refuse it),
 * which becomes `_` (`Kestrel:3` → `Kestrel_3`); a literal `_` is escaped, so
 * the mapping stays one-to-one. The one slug of package pages and feeds.
 */
export function slug(value: string): string {
  return segment(value).replace(/_/g, '~5F').replace(/:/g, '_');
}

export const paths = {
  home: () => '/',
  advisories: () => '/advisories/',
  advisory: (id: string) => `/advisories/${segment(id)}/`,
  advisoryJson: (id: string) => `/advisories/${segment(id)}.json`,
  year: (year: string) => `/advisories/year/${segment(year)}/`,
  severity: (rating: string) => `/advisories/severity/${segment(rating)}/`,
  status: (status: string) => `/advisories/status/${segment(status)}/`,
  packages: () => '/packages/',
  package: (ecosystem: string, name: string) => `/packages/${slug(ecosystem)}/${slug(name)}/`,
  /** Where a package page was before slugs (with `:`): a redirect page keeps old links working. */
  legacyPackage: (ecosystem: string, name: string) => `/packages/${segment(ecosystem)}/${segment(name)}/`,
  vulns: () => '/vulns/',
  vuln: (alias: string) => `/vulns/${segment(alias.toUpperCase())}/`,
  search: () => '/search/',
  policy: () => '/policy/',
  feeds: () => '/feeds/',
  team: () => '/team/',
  record: () => '/record/',
  /** The record's downloads: per advisory, and per package × release of every tracked vulnerability. */
  recordFile: (name: 'record.csv' | 'record.json' | 'record-vulns.csv' | 'record-vulns.json') => `/record/${name}`,
  osv: (osvId: string) => `/osv/${segment(osvId)}.json`,
  osvAll: () => '/osv/all.json',
  csafProviderMetadata: () => '/.well-known/csaf/provider-metadata.json',
  /** CSAF file name rule: the lower-case tracking id with anything but [+-a-z0-9] as `_`. */
  csafDocument: (id: string, year: string) =>
    `/.well-known/csaf/white/${segment(year)}/${id.toLowerCase().replace(/[^+\-a-z0-9]+/g, '_')}.json`,
  /** Triage records (vulns/): the overview of the queue, and the per-vulnerability exports. */
  triage: () => '/vulns/triage/',
  openvex: (id: string) => `/vex/${segment(id.toUpperCase())}.openvex.json`,
  openvexAll: () => '/vex/all.openvex.json',
  /** OSV record per tracked vulnerability, as distributions publish `DEBIAN-CVE-…`: see osv/osv-names.ts for the id. */
  osvVuln: (id: string) => `/osv/vulns/${segment(id.toUpperCase())}.json`,
  /** CSAF VEX profile document of a tracked vulnerability: same file name rule as csafDocument, in its own folder. */
  csafVex: (id: string, year: string) =>
    `/.well-known/csaf/white/vex/${segment(year)}/${id.toLowerCase().replace(/[^+\-a-z0-9]+/g, '_')}.json`,
  securityTxt: () => '/.well-known/security.txt',
  sitemap: () => '/sitemap.xml',
  key: (file: string) => `/keys/${segment(file)}`,
  favicon: () => '/favicon.svg',
};

/** An absolute URL on the public site. */
export function absolute(siteUrl: string, path: string): string {
  return `${siteUrl.replace(/\/$/, '')}${path}`;
}

/** A link target from the data, or undefined unless it is https: or mailto: (the schema already insists; this is the second lock). */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'mailto:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

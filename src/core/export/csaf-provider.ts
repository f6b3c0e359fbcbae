import { createHash } from 'node:crypto';
import { escapeHtml } from '../markdown/render-markdown.ts';
import type { Settings } from '../settings.ts';
import { CSAF_TLP, csafPublisher } from './csaf-document.ts';
import { absolute, paths } from './paths.ts';

/**
 * The CSAF provider directory around the documents (CSAF 2.0 section 7.1):
 * provider-metadata.json, index.txt and changes.csv in the TLP folder,
 * `.sha512` files, and an index.html listing in every folder, because
 * aggregators walk the directory (requirement 14) and static hosts generate
 * no listings. The documents themselves come from ./csaf-document.ts.
 */

type Json = Record<string, unknown>;

/** A key consumers use to check the `.asc` signatures: where to fetch it, and its fingerprint. */
export interface CsafKey {
  url: string;
  fingerprint?: string;
}

/** The `.sha512` companion: `<hex>  <file name>` as sha512sum writes it. */
export function sha512File(text: string, fileName: string): string {
  return `${createHash('sha512').update(text, 'utf8').digest('hex')}  ${fileName}\n`;
}

/**
 * The provider-metadata.json; `public_openpgp_keys` lists every key that may
 * sign (each needs a URL, by the provider schema). `moreFolders` are further
 * distributions (the VEX documents' folder, csafVexFolder()), each with its
 * own year folders, index.txt and changes.csv.
 */
export function csafProviderMetadata(settings: Settings, lastUpdated: string, keys: CsafKey[], moreFolders: string[] = []): Json {
  return {
    canonical_url: absolute(settings.site_url, paths.csafProviderMetadata()),
    distributions: [csafFolder(), ...moreFolders].map((folder) => ({ directory_url: absolute(settings.site_url, folder) })),
    last_updated: lastUpdated,
    list_on_CSAF_aggregators: true,
    metadata_version: '2.0',
    mirror_on_CSAF_aggregators: true,
    ...(keys.length
      ? { public_openpgp_keys: keys.map((k) => ({ ...(k.fingerprint ? { fingerprint: k.fingerprint.toUpperCase() } : {}), url: k.url })) }
      : {}),
    publisher: csafPublisher(settings),
    role: 'csaf_provider',
  };
}

/** The TLP folder's path, `/.well-known/csaf/white/`. */
export function csafFolder(): string {
  return `/.well-known/csaf/${CSAF_TLP.folder}/`;
}

/** The VEX documents' folder, `/.well-known/csaf/white/vex/`: a distribution of its own beside the advisories'. */
export function csafVexFolder(): string {
  return `${csafFolder()}vex/`;
}

/** index.txt: one `<year>/<file>` per line, as the directory layout requires. */
export function csafIndexTxt(documents: { year: string; file: string }[]): string {
  return documents.map((d) => `${d.year}/${d.file}\n`).join('');
}

/** changes.csv: `"<year>/<file>","<current release date>"`, newest first (RFC 4180 quoting). */
export function csafChangesCsv(documents: { year: string; file: string; changed: string }[]): string {
  const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
  return [...documents]
    .sort((a, b) => b.changed.localeCompare(a.changed))
    .map((d) => `${quote(`${d.year}/${d.file}`)},${quote(d.changed)}\n`)
    .join('');
}

/** One folder listing: its site path (ending in `/`) and the index.html that lists it. */
export interface CsafListing {
  path: string;
  html: string;
}

/**
 * An index.html for /.well-known/csaf/, the TLP folder and each year folder,
 * listing its files and subfolders as plain links, the way a web server's
 * autoindex would. Signatures (`<file>.asc`) are left out: they exist only
 * when the site is signed after the build, and CSAF names them by rule. Names come from paths.csafDocument (only `[+\-a-z0-9_.]`)
 * and years, and are escaped all the same.
 *
 * `folder` is the distribution being listed (the TLP folder unless given, which
 * also gets the /.well-known/csaf/ listing); `subfolders` are further
 * distributions inside it (`vex/`), listed beside its years.
 */
export function csafListings(
  documents: { year: string; file: string }[],
  options: { folder?: string; subfolders?: string[] } = {},
): CsafListing[] {
  const tlp = options.folder ?? csafFolder();
  const years = [...new Set(documents.map((d) => d.year))].sort();
  const listings: CsafListing[] = [
    ...(tlp === csafFolder()
      ? [{ path: '/.well-known/csaf/', html: listing('/.well-known/csaf/', ['provider-metadata.json', `${CSAF_TLP.folder}/`]) }]
      : []),
    { path: tlp, html: listing(tlp, ['changes.csv', 'index.txt', ...years.map((y) => `${y}/`), ...(options.subfolders ?? [])]) },
  ];
  for (const year of years) {
    const files = documents
      .filter((d) => d.year === year)
      .map((d) => d.file)
      .sort()
      .flatMap((f) => [f, `${f}.sha512`]);
    listings.push({ path: `${tlp}${year}/`, html: listing(`${tlp}${year}/`, files) });
  }
  return listings;
}

function listing(path: string, entries: string[]): string {
  const items = ['../', ...entries].map((e) => `<li><a href="${escapeHtml(encodeURI(e))}">${escapeHtml(e)}</a></li>`);
  return `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Index of ${escapeHtml(path)}</title></head>\n<body>\n<h1>Index of ${escapeHtml(path)}</h1>\n<ul>\n${items.join('\n')}\n</ul>\n</body>\n</html>\n`;
}

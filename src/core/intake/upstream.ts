import { excerpt } from '../text/excerpt.ts';
import type { TriageReference } from '../types.gen.ts';

/** The two upstream formats intake reads. */
export type UpstreamFormat = 'cve5' | 'osv';

/**
 * One way an upstream record names a product it affects, with where it says
 * so (a JSON pointer into the input), so a match or a refusal can point at it.
 */
export type UpstreamName =
  /** CVE JSON 5 affected[].vendor/product (CNA or ADP container). */
  | { kind: 'cve'; vendor: string; product: string; pointer: string }
  /** A CPE 2.3 name (CVE affected[].cpes), kept as its vendor:product part. */
  | { kind: 'cpe'; vendor: string; product: string; pointer: string }
  /** A package URL without version, qualifiers or subpath (OSV package.purl, or a GitHub repository URL). */
  | { kind: 'purl'; purl: string; pointer: string }
  /** An OSV package: ecosystem and name (a parent distribution's `AlmaLinux:9` name, or the team's own ecosystem). */
  | { kind: 'package'; ecosystem: string; name: string; pointer: string }
  /**
   * A CVE JSON 5 `packageName` whose `collectionURL` is not a registry with a
   * purl type (a distribution's package browser), or that has no collectionURL.
   */
  | { kind: 'packageName'; name: string; collection?: string; pointer: string };

/** What intake takes from one upstream record, in either format. */
export interface UpstreamRecord {
  /** The input it came from: the file, or `file#/3` for the 4th element of a JSON array. */
  input: string;
  format: UpstreamFormat;
  /** The record's own id (cveMetadata.cveId, OSV id). */
  id: string;
  /** Other ids of the same vulnerability (OSV aliases); never the id itself. */
  aliases: string[];
  summary: string;
  references: TriageReference[];
  /** When it was made public upstream, as a UTC instant with `Z`. */
  published?: string;
  /** cveMetadata.state == REJECTED (or an OSV `withdrawn`). */
  rejected: boolean;
  names: UpstreamName[];
}

/** `openssl/openssl` for a CVE or CPE name, the purl, or `AlmaLinux:9/openssl-libs`: how a name is shown in reports. */
export function nameLabel(name: UpstreamName): string {
  // Upstream text reaches the terminal and the record's notes: controls and bidi characters are shown escaped, length capped.
  const q = (text: string) => excerpt(text, 200);
  if (name.kind === 'cve') return `CVE vendor/product ${q(name.vendor)}/${q(name.product)}`;
  if (name.kind === 'cpe') return `CPE ${q(name.vendor)}:${q(name.product)}`;
  if (name.kind === 'purl') return `purl ${q(name.purl)}`;
  if (name.kind === 'packageName') return `CVE packageName ${q(name.name)}${name.collection ? ` in ${q(name.collection)}` : ''}`;
  return `package ${q(name.ecosystem)}/${q(name.name)}`;
}

/** A purl reduced to what names a project: no version, qualifiers or subpath; lower-case. */
export function purlBase(purl: string): string {
  const noSubpath = purl.split('#')[0] ?? '';
  const noQualifiers = noSubpath.split('?')[0] ?? '';
  // The version follows the last `@` after the type and namespace (scoped npm names start with `%40`).
  const at = noQualifiers.lastIndexOf('@');
  const base = at > noQualifiers.indexOf('/') ? noQualifiers.slice(0, at) : noQualifiers;
  return base.replace(/\/+$/, '').toLowerCase();
}

/** `https://github.com/curl/curl` (a CVE product or repo) as the purl pkg:github/curl/curl, else undefined. */
export function githubPurl(url: string): string | undefined {
  const m = /^https?:\/\/(?:www\.)?github\.com\/([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(url.trim());
  return m ? `pkg:github/${m[1]}/${m[2]}`.toLowerCase() : undefined;
}

/** The vendor:product part of a CPE 2.3 name (cpe:2.3:a:openssl:openssl:…), lower-case, or undefined. */
export function cpeVendorProduct(cpe: string): { vendor: string; product: string } | undefined {
  const parts = cpe.split(':');
  if (parts[0] !== 'cpe' || parts[1] !== '2.3' || parts.length < 5) return undefined;
  const vendor = (parts[3] ?? '').toLowerCase();
  const product = (parts[4] ?? '').toLowerCase();
  if (!vendor || !product || vendor === '*' || product === '*' || vendor === '-' || product === '-') return undefined;
  return { vendor, product };
}

/**
 * Package collections (CVE JSON 5 `collectionURL`) that have a purl type, by
 * host: a packageName there names exactly one purl. Hosts only; the path of a
 * registry URL varies (`https://pypi.org/`, `https://pypi.org/simple`).
 */
const COLLECTION_PURL_TYPES: Record<string, string> = {
  'pypi.org': 'pypi',
  'pypi.python.org': 'pypi',
  'registry.npmjs.org': 'npm',
  'www.npmjs.com': 'npm',
  'npmjs.com': 'npm',
  'crates.io': 'cargo',
  'rubygems.org': 'gem',
  'repo.maven.apache.org': 'maven',
  'repo1.maven.org': 'maven',
  'packagist.org': 'composer',
  'www.nuget.org': 'nuget',
  'nuget.org': 'nuget',
  'pkg.go.dev': 'golang',
  'proxy.golang.org': 'golang',
  'hex.pm': 'hex',
  'pub.dev': 'pub',
  'github.com': 'github',
};

/**
 * A CVE packageName in a collection with a purl type, as that purl (lower-case,
 * no version): `requests` at https://pypi.org/ is pkg:pypi/requests, a Maven
 * `group:artifact` is pkg:maven/group/artifact. Undefined for any other collection.
 */
export function collectionPurl(collectionURL: string, packageName: string): string | undefined {
  let host: string;
  try {
    const url = new URL(collectionURL.trim());
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    host = url.hostname.toLowerCase();
  } catch {
    return undefined;
  }
  const type = COLLECTION_PURL_TYPES[host];
  const name = packageName.trim();
  // A scoped npm name (@scope/name) is %40scope/name in a purl; a Maven group:artifact is group/artifact.
  const path = type === 'npm' && name.startsWith('@') ? `%40${name.slice(1)}` : type === 'maven' ? name.replace(':', '/') : name;
  if (!type || path === '' || /[\s?#@:]/.test(path)) return undefined;
  // A GitHub packageName is owner/repo.
  if (type === 'github' && !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(path)) return undefined;
  return `pkg:${type}/${path}`.toLowerCase();
}

/**
 * A product name as the near-miss hint compares it with package names: lower
 * case, and runs of spaces, `_` and `-` as one `-` (`Linux` = `linux`,
 * `NGINX_Open Source` = `nginx-open-source`).
 */
export function normalisedName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-');
}

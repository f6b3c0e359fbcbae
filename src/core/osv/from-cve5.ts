import type { ImportChange } from './import-change.ts';
import type { OsvAffected, OsvRecord } from './osv-types.ts';

/** A CVE JSON 5 record (https://github.com/CVEProject/cve-schema), as far as import reads it. */
export function isCve5(input: unknown): boolean {
  return isObject(input) && (input.dataType === 'CVE_RECORD' || isObject(input.cveMetadata));
}

/**
 * Turns a CVE JSON 5 record into an OSV record, which fromOsv then converts
 * like any other. CVE records name vendors and products, not packages: a
 * `packageName` with a known `collectionURL` gives an OSV ecosystem (PyPI,
 * npm, …); otherwise the product is used as the package name with no
 * ecosystem (the tracker's default ecosystem then applies), and that is
 * reported. Version entries become ranges; `unaffected` entries and CVSS v2
 * metrics are reported and left out.
 */
export function cve5ToOsv(input: unknown): { record: OsvRecord; changes: ImportChange[] } {
  const changes: ImportChange[] = [];
  const note = (pointer: string, message: string) => changes.push({ kind: 'cve-mapped', pointer, message });
  const record = isObject(input) ? input : {};
  const meta = isObject(record.cveMetadata) ? record.cveMetadata : {};
  const containers = isObject(record.containers) ? record.containers : {};
  const cna = isObject(containers.cna) ? containers.cna : {};
  const id = typeof meta.cveId === 'string' ? meta.cveId : '';
  const english = (list: unknown): string | undefined => {
    if (!Array.isArray(list)) return undefined;
    const en = list.find((d) => isObject(d) && typeof d.lang === 'string' && d.lang.toLowerCase().startsWith('en')) ?? list[0];
    return isObject(en) && typeof en.value === 'string' ? en.value : undefined;
  };
  const published = instant(meta.datePublished, '/cveMetadata/datePublished', note);
  const modified = instant(meta.dateUpdated, '/cveMetadata/dateUpdated', note) ?? published ?? '';
  const out: OsvRecord = { id, modified };
  if (published) out.published = published;
  if (meta.state === 'REJECTED') {
    const rejected = instant(meta.dateRejected, '/cveMetadata/dateRejected', note) ?? modified;
    out.withdrawn = rejected;
    note('/cveMetadata/state', 'A REJECTED CVE record is imported as a withdrawn advisory.');
  }
  const title = typeof cna.title === 'string' ? cna.title : undefined;
  if (title) out.summary = title;
  const details = english(cna.descriptions) ?? english(isObject(cna.rejectedReasons) ? undefined : cna.rejectedReasons);
  if (details) out.details = details;

  const affected: OsvAffected[] = [];
  for (const [i, a] of (Array.isArray(cna.affected) ? cna.affected : []).entries()) {
    if (!isObject(a)) continue;
    const at = `/containers/cna/affected/${i}`;
    const ecosystem = ecosystemOf(a.collectionURL);
    const name = typeof a.packageName === 'string' ? a.packageName : typeof a.product === 'string' ? a.product.replace(/\s+/g, '-') : '';
    if (!ecosystem)
      note(`${at}/product`, `No known package collection; the product \`${name}\` becomes a package of the default ecosystem.`);
    // Without a known collection the package has no ecosystem: fromOsv then leaves it to the tracker's default.
    const entry: OsvAffected = { package: ecosystem ? { ecosystem, name } : ({ name } as NonNullable<OsvAffected['package']>) };
    const versions: string[] = [];
    const ranges: NonNullable<OsvAffected['ranges']> = [];
    for (const [k, v] of (Array.isArray(a.versions) ? a.versions : []).entries()) {
      if (!isObject(v) || typeof v.version !== 'string') continue;
      if (v.status !== 'affected') {
        note(`${at}/versions/${k}`, `The ${String(v.status)} version entry ${v.version} is left out (OSV lists affected versions).`);
        continue;
      }
      const type = v.versionType === 'semver' ? 'SEMVER' : v.versionType === 'git' ? 'GIT' : 'ECOSYSTEM';
      const start = v.version === '*' || v.version === '' ? '0' : v.version;
      if (typeof v.lessThan === 'string') ranges.push({ type, events: [{ introduced: start }, { fixed: v.lessThan }] });
      else if (typeof v.lessThanOrEqual === 'string')
        ranges.push({ type, events: [{ introduced: start }, { last_affected: v.lessThanOrEqual }] });
      else versions.push(v.version);
    }
    if (ranges.length) entry.ranges = ranges.map((r) => (r.type === 'GIT' && typeof a.repo === 'string' ? { ...r, repo: a.repo } : r));
    if (versions.length || !ranges.length) entry.versions = versions;
    affected.push(entry);
  }
  out.affected = affected;

  const severity: NonNullable<OsvRecord['severity']> = [];
  for (const [i, m] of (Array.isArray(cna.metrics) ? cna.metrics : []).entries()) {
    if (!isObject(m)) continue;
    for (const [key, type] of [
      ['cvssV4_0', 'CVSS_V4'],
      ['cvssV3_1', 'CVSS_V3'],
      ['cvssV3_0', 'CVSS_V3'],
      ['cvssV2_0', 'CVSS_V2'],
    ] as const) {
      const metric = m[key];
      if (isObject(metric) && typeof metric.vectorString === 'string') {
        if (type === 'CVSS_V2') note(`/containers/cna/metrics/${i}/${key}`, 'CVSS v2 metrics are not kept as a score.');
        severity.push({ type, score: metric.vectorString });
      }
    }
  }
  if (severity.length) out.severity = severity;

  out.references = (Array.isArray(cna.references) ? cna.references : [])
    .filter(isObject)
    .filter((r) => typeof r.url === 'string')
    .map((r) => ({ type: referenceType(r.tags), url: String(r.url) }));
  const credits = (Array.isArray(cna.credits) ? cna.credits : []).filter(isObject).filter((c) => typeof c.value === 'string');
  if (credits.length)
    out.credits = credits.map((c) => ({ name: String(c.value), ...(creditType(c.type) ? { type: creditType(c.type) as string } : {}) }));
  return { record: out, changes };
}

const COLLECTIONS: [RegExp, string][] = [
  [/^https:\/\/pypi\.(org|python\.org)/, 'PyPI'],
  [/^https:\/\/(www\.)?npmjs\.(com|org)|^https:\/\/registry\.npmjs\.org/, 'npm'],
  [/^https:\/\/crates\.io/, 'crates.io'],
  [/^https:\/\/rubygems\.org/, 'RubyGems'],
  [/^https:\/\/(repo\.maven\.apache\.org|search\.maven\.org|central\.sonatype\.com)/, 'Maven'],
  [/^https:\/\/(www\.)?nuget\.org/, 'NuGet'],
  [/^https:\/\/packagist\.org/, 'Packagist'],
  [/^https:\/\/(pkg\.go\.dev|proxy\.golang\.org)/, 'Go'],
  [/^https:\/\/hex\.pm/, 'Hex'],
  [/^https:\/\/pub\.dev/, 'Pub'],
];

function ecosystemOf(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  return COLLECTIONS.find(([pattern]) => pattern.test(url))?.[1];
}

function referenceType(tags: unknown): string {
  const list = Array.isArray(tags) ? tags.map(String) : [];
  if (list.includes('patch')) return 'FIX';
  if (list.includes('vendor-advisory') || list.includes('third-party-advisory')) return 'ADVISORY';
  if (list.includes('issue-tracking')) return 'REPORT';
  if (list.includes('exploit')) return 'EVIDENCE';
  if (list.includes('mailing-list')) return 'DISCUSSION';
  if (list.includes('technical-description') || list.includes('media-coverage')) return 'ARTICLE';
  return 'WEB';
}

function creditType(type: unknown): string | undefined {
  const map: Record<string, string> = {
    finder: 'FINDER',
    reporter: 'REPORTER',
    analyst: 'ANALYST',
    coordinator: 'COORDINATOR',
    'remediation developer': 'REMEDIATION_DEVELOPER',
    'remediation reviewer': 'REMEDIATION_REVIEWER',
    'remediation verifier': 'REMEDIATION_VERIFIER',
    tool: 'TOOL',
    sponsor: 'SPONSOR',
    other: 'OTHER',
  };
  return typeof type === 'string' ? map[type] : undefined;
}

/** CVE dates are often written without a zone; they are UTC by the CVE schema's own definition. */
function instant(value: unknown, pointer: string, note: (pointer: string, message: string) => void): string | undefined {
  if (typeof value !== 'string') return undefined;
  const withZone = /(Z|[+-]\d\d:?\d\d)$/.test(value) ? value : `${value}Z`;
  const ms = Date.parse(withZone);
  if (!Number.isFinite(ms)) return undefined;
  const out = new Date(ms).toISOString().replace('.000Z', 'Z');
  if (out !== value) note(pointer, `${value} written as the UTC instant ${out}.`);
  return out;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

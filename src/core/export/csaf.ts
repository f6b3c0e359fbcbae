import { createHash } from 'node:crypto';
import type { Advisory } from '../model.ts';
import type { Settings } from '../settings.ts';
import type { AdvisoryFacts } from './facts.ts';
import { absolute, paths } from './paths.ts';
import { safeJson } from './safe-json.ts';

/** One dated revision of the document (from the one dates function). */
export interface CsafRevision {
  date: string;
  summary: string;
}

export interface CsafInput {
  advisory: Advisory;
  facts: AdvisoryFacts;
  published: string;
  modified: string;
  revisions: CsafRevision[];
}

type Json = Record<string, unknown>;

const CVE = /^CVE-\d{4}-\d{4,}$/i;

/** The TLP label every public document carries, and its folder in the directory layout. */
export const CSAF_TLP = { label: 'WHITE', folder: 'white' } as const;

export function csafPublisher(settings: Settings): Json {
  return {
    category: 'vendor',
    name: settings.name,
    namespace: settings.site_url,
    contact_details: `Email: ${settings.contact.email}`,
  };
}

/**
 * A CSAF 2.0 `csaf_security_advisory` document for one publishable advisory.
 * Every affected package becomes products in the product tree (one per
 * affected range or listed version, one per fixed version); CVSS v3 vectors
 * become scores (CSAF 2.0 has no CVSS v4 field, so v4 vectors are kept as a
 * note); a withdrawn advisory says so in a note and its title.
 */
export function toCsaf(input: CsafInput, settings: Settings): Json {
  const { advisory, facts } = input;
  const products = productTree(advisory, settings);
  const revisions = csafRevisions(input);
  const cves = (advisory.aliases ?? []).filter((a) => CVE.test(a));
  const otherIds = (advisory.aliases ?? []).filter((a) => !CVE.test(a));
  const allAffected = products.affected;
  const notes: Json[] = [
    { category: 'summary', title: 'Summary', text: advisory.summary },
    ...(advisory.details ? [{ category: 'description', title: 'Details', text: advisory.details }] : []),
  ];
  if (advisory.status === 'withdrawn') {
    notes.push({
      category: 'general',
      title: 'Withdrawn',
      text: `This advisory was withdrawn on ${advisory.withdrawn}. ${advisory.withdrawn_reason ?? ''}`.trim(),
    });
  }
  for (const score of facts.scores.filter((s) => s.version === '4.0')) {
    notes.push({ category: 'other', title: 'CVSS v4.0', text: `${score.vector} (${score.score.toFixed(1)}, ${score.rating})` });
  }
  const v3 = facts.scores.filter((s) => s.version !== '4.0');
  const vulnerability: Json = {
    ...(cves[0] ? { cve: cves[0].toUpperCase() } : {}),
    ...(otherIds.length + cves.length > 1
      ? {
          ids: [...cves.slice(1), ...otherIds].map((text) => ({
            system_name: CVE.test(text) ? 'CVE' : (text.split('-')[0] ?? 'alias'),
            text,
          })),
        }
      : {}),
    title: advisory.summary,
    notes: [{ category: 'description', title: 'Summary', text: advisory.summary }],
    ...(advisory.timeline.reported ? { discovery_date: advisory.timeline.reported } : {}),
    release_date: input.published,
    product_status: {
      ...(allAffected.length ? { known_affected: allAffected } : {}),
      ...(products.fixed.length ? { fixed: products.fixed } : {}),
    },
    ...(v3.length && allAffected.length
      ? {
          scores: v3.map((s) => ({
            products: allAffected,
            cvss_v3: { version: s.version, vectorString: s.vector, baseScore: s.score, baseSeverity: s.rating.toUpperCase() },
          })),
        }
      : {}),
    ...(allAffected.length ? { remediations: remediations(advisory, allAffected) } : {}),
    ...(advisory.credits?.length ? { acknowledgments: advisory.credits.map((c) => ({ names: [c.name] })) } : {}),
    ...(advisory.references?.length
      ? { references: advisory.references.map((r) => ({ category: 'external', summary: r.type, url: r.url })) }
      : {}),
  };
  const last = revisions.at(-1);
  return {
    document: {
      category: 'csaf_security_advisory',
      csaf_version: '2.0',
      distribution: { tlp: { label: CSAF_TLP.label, url: 'https://www.first.org/tlp/' } },
      lang: 'en',
      notes,
      publisher: csafPublisher(settings),
      references: [
        { category: 'self', summary: 'This advisory on the web', url: absolute(settings.site_url, paths.advisory(advisory.id)) },
        { category: 'self', summary: 'This CSAF document', url: absolute(settings.site_url, paths.csafDocument(advisory.id, facts.year)) },
      ],
      title: advisory.status === 'withdrawn' ? `WITHDRAWN: ${advisory.summary}` : advisory.summary,
      tracking: {
        current_release_date: last?.date ?? input.modified,
        generator: { engine: { name: 'Watchkeeper' } },
        id: advisory.id,
        initial_release_date: input.published,
        revision_history: revisions,
        status: 'final',
        version: last?.number ?? '1',
      },
    },
    product_tree: { branches: products.branches },
    vulnerabilities: [vulnerability],
  };
}

/** Document revisions are the changes from publication on, numbered 1, 2, … (CSAF integer versioning). */
function csafRevisions(input: CsafInput): { date: string; number: string; summary: string }[] {
  const after = input.revisions.filter((r) => r.date >= input.published && r.date !== input.published);
  const list = [{ date: input.published, summary: 'Initial publication' }, ...after];
  return list.map((r, i) => ({ date: r.date, number: String(i + 1), summary: r.summary }));
}

interface Products {
  branches: Json[];
  affected: string[];
  fixed: string[];
}

function productTree(advisory: Advisory, settings: Settings): Products {
  const byPackage = new Map<string, { name: string; ecosystem: string; branches: Json[] }>();
  const affected: string[] = [];
  const fixed: string[] = [];
  let counter = 0;
  const product = (name: string): { product_id: string; name: string } => ({
    product_id: `WK-${String(++counter).padStart(4, '0')}`,
    name,
  });
  for (const entry of advisory.affected) {
    const ecosystem = entry.package.ecosystem ?? settings.default_ecosystem;
    const key = `${ecosystem}/${entry.package.name}`;
    let pkg = byPackage.get(key);
    if (!pkg) {
      pkg = { name: entry.package.name, ecosystem, branches: [] };
      byPackage.set(key, pkg);
    }
    for (const range of entry.ranges ?? []) {
      const text = rangeText(range.events, range.type);
      const p = product(`${entry.package.name} ${text}`);
      pkg.branches.push({ category: 'product_version_range', name: text, product: withPurl(p, entry.package.purl) });
      affected.push(p.product_id);
      if (range.type !== 'GIT') {
        for (const event of range.events) {
          if (!event.fixed) continue;
          const f = product(`${entry.package.name} ${event.fixed}`);
          pkg.branches.push({ category: 'product_version', name: event.fixed, product: withPurl(f, entry.package.purl, event.fixed) });
          fixed.push(f.product_id);
        }
      }
    }
    for (const version of entry.versions ?? []) {
      const p = product(`${entry.package.name} ${version}`);
      pkg.branches.push({ category: 'product_version', name: version, product: withPurl(p, entry.package.purl, version) });
      affected.push(p.product_id);
    }
  }
  const vendor = settings.project ?? settings.name;
  const packages = [...byPackage.values()].map((p) => ({
    category: 'product_name',
    name: p.ecosystem === settings.default_ecosystem ? p.name : `${p.name} (${p.ecosystem})`,
    branches: p.branches,
  }));
  return { branches: [{ category: 'vendor', name: vendor, branches: packages }], affected, fixed };
}

function withPurl(p: { product_id: string; name: string }, purl: string | undefined, version?: string): Json {
  if (!purl) return p;
  return { ...p, product_identification_helper: { purl: version ? `${purl}@${encodeURIComponent(version)}` : purl } };
}

/** A readable range such as `>= 0, < 3.0.15-1.ks3` (or commit ids for GIT ranges). */
function rangeText(
  events: readonly { introduced?: string; fixed?: string; last_affected?: string; limit?: string }[],
  type: string,
): string {
  const parts: string[] = [];
  for (const event of events) {
    if (event.introduced !== undefined) parts.push(event.introduced === '0' ? 'all versions' : `>= ${event.introduced}`);
    if (event.fixed !== undefined) parts.push(`< ${event.fixed}`);
    if (event.last_affected !== undefined) parts.push(`<= ${event.last_affected}`);
    if (event.limit !== undefined) parts.push(`< ${event.limit} (limit)`);
  }
  const text = parts.join(', ').replace(/^all versions, /, '');
  return type === 'GIT' ? `commits ${text}` : text;
}

function remediations(advisory: Advisory, productIds: string[]): Json[] {
  const out: Json[] = [];
  for (const fix of advisory.fixes ?? []) {
    if (fix.type === 'update') {
      out.push({
        category: 'vendor_fix',
        details: `Update ${fix.package} to ${fix.version} or later.`,
        product_ids: productIds,
        ...(fix.url ? { url: fix.url } : {}),
      });
    } else {
      out.push({
        category: 'vendor_fix',
        details: `Fixed by commit ${fix.commit} in ${fix.repo}.`,
        product_ids: productIds,
        ...(fix.repo ? { url: fix.repo } : {}),
      });
    }
  }
  if (out.length === 0) {
    const fixedVersions = advisory.affected.flatMap((a) =>
      (a.ranges ?? []).flatMap((r) => r.events.flatMap((e) => (e.fixed ? [`${a.package.name} ${e.fixed}`] : []))),
    );
    out.push(
      fixedVersions.length
        ? { category: 'vendor_fix', details: `Update to ${fixedVersions.join(', ')} or later.`, product_ids: productIds }
        : { category: 'none_available', details: 'No fix is available yet.', product_ids: productIds },
    );
  }
  return out;
}

/** The serialised document (the bytes that are published and hashed). */
export function csafText(document: Json): string {
  return `${safeJson(document)}\n`;
}

/** The `.sha512` companion: `<hex>  <file name>` as sha512sum writes it. */
export function sha512File(text: string, fileName: string): string {
  return `${createHash('sha512').update(text, 'utf8').digest('hex')}  ${fileName}\n`;
}

/** The provider-metadata.json of the CSAF directory layout. */
export function csafProviderMetadata(settings: Settings, lastUpdated: string, keys: { fingerprint: string; url: string }[]): Json {
  return {
    canonical_url: absolute(settings.site_url, paths.csafProviderMetadata()),
    distributions: [{ directory_url: absolute(settings.site_url, `/.well-known/csaf/${CSAF_TLP.folder}/`) }],
    last_updated: lastUpdated,
    list_on_CSAF_aggregators: true,
    metadata_version: '2.0',
    mirror_on_CSAF_aggregators: true,
    ...(keys.length ? { public_openpgp_keys: keys } : {}),
    publisher: csafPublisher(settings),
    role: 'csaf_provider',
  };
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

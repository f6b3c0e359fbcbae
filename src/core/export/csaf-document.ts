import type { CvssScore } from '../cvss.ts';
import type { Advisory } from '../model.ts';
import { commitLink } from '../record/fix-links.ts';
import type { Settings } from '../settings.ts';
import { type AdvisoryFacts, isCve } from './facts.ts';
import { absolute, paths } from './paths.ts';
import { safeJson } from './safe-json.ts';

/**
 * One CSAF 2.0 document per publishable advisory (category
 * `csaf_security_advisory`). The provider directory around the documents
 * (provider-metadata.json, index.txt, changes.csv, folder listings) is in
 * ./csaf-provider.ts.
 */

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
 * The document. The product tree is vendor → release (product_family, the
 * tracker's ecosystem) → package (product_name) → versions (product_version
 * for a fixed or listed version, product_version_range for an affected
 * range), each with the package's purl where the data gives one. CVSS v3
 * vectors become scores, one per CVSS version (mandatory test 6.1.7); CSAF
 * 2.0 defines no CVSS v4 field, so a v4 vector is kept as a note and as an
 * `impact` threat on the affected products, and the note says why. A
 * withdrawn advisory affects nothing: every product is `known_not_affected`,
 * there are no scores and no fixes, and its title and notes say it plainly.
 */
export function toCsaf(input: CsafInput, settings: Settings): Json {
  const { advisory, facts } = input;
  const products = productTree(advisory, settings);
  const withdrawn = facts.withdrawn;
  const cves = facts.cves;
  const otherIds = [...new Set([...(advisory.aliases ?? []), ...facts.upstream])].filter((a) => !isCve(a));
  const affected = products.affected;
  const notes: Json[] = [
    { category: 'summary', title: 'Summary', text: advisory.summary },
    ...(advisory.details ? [{ category: 'description', title: 'Details', text: advisory.details }] : []),
  ];
  if (withdrawn) notes.unshift({ category: 'general', title: 'Withdrawn', text: withdrawnText(advisory) });
  const v4 = facts.scores.filter((s) => s.version === '4.0');
  const v3 = firstPerVersion(facts.scores.filter((s) => s.version !== '4.0'));
  const vulnerabilityNotes: Json[] = [{ category: 'description', title: 'Summary', text: advisory.summary }];
  if (withdrawn) vulnerabilityNotes.push({ category: 'general', title: 'Withdrawn', text: withdrawnText(advisory) });
  for (const score of withdrawn ? [] : v4) {
    vulnerabilityNotes.push({
      category: 'other',
      title: 'CVSS v4.0',
      text: `${score.vector} (base score ${score.score.toFixed(1)}, ${score.rating}). CSAF 2.0 has no field for CVSS v4.0, so the vector is given here and as an impact threat.`,
    });
  }
  const vulnerability: Json = {
    ...(cves[0] ? { cve: cves[0] } : {}),
    ...(cves.length + otherIds.length > 1 || otherIds.length
      ? { ids: [...cves.slice(1), ...otherIds].map((text) => ({ system_name: idSystem(text), text })) }
      : {}),
    title: withdrawn ? `Withdrawn: ${advisory.summary}` : advisory.summary,
    notes: vulnerabilityNotes,
    ...(advisory.timeline.reported ? { discovery_date: advisory.timeline.reported } : {}),
    release_date: input.published,
    product_status: withdrawn
      ? { known_not_affected: [...affected, ...products.fixed] }
      : {
          ...(affected.length ? { known_affected: affected } : {}),
          ...(products.fixed.length ? { fixed: products.fixed } : {}),
        },
    ...(!withdrawn && v3.length && affected.length
      ? {
          scores: v3.map((s) => ({
            products: affected,
            cvss_v3: { version: s.version, vectorString: s.vector, baseScore: s.score, baseSeverity: s.rating.toUpperCase() },
          })),
        }
      : {}),
    ...(!withdrawn && v4.length && affected.length
      ? {
          threats: v4.map((s) => ({
            category: 'impact',
            details: `CVSS v4.0 base score ${s.score.toFixed(1)} (${s.rating}): ${s.vector}`,
            product_ids: affected,
          })),
        }
      : {}),
    ...(!withdrawn && affected.length ? { remediations: remediations(advisory, affected) } : {}),
    ...(advisory.credits?.length ? { acknowledgments: advisory.credits.map((c) => ({ names: [c.name] })) } : {}),
    ...(advisory.references?.length
      ? { references: advisory.references.map((r) => ({ category: 'external', summary: r.type, url: r.url })) }
      : {}),
  };
  // Product status must not be empty (schema minProperties 1): an advisory without products lists none at all.
  if (Object.keys(vulnerability.product_status as Json).length === 0) delete vulnerability.product_status;
  return {
    document: csafDocumentPart(
      {
        category: 'csaf_security_advisory',
        title: withdrawn ? `WITHDRAWN: ${advisory.summary}` : advisory.summary,
        id: advisory.id,
        published: input.published,
        modified: input.modified,
        revisions: input.revisions,
        notes,
        references: [
          { category: 'self', summary: 'This advisory on the web', url: absolute(settings.site_url, paths.advisory(advisory.id)) },
          {
            category: 'self',
            summary: 'This CSAF document',
            url: absolute(settings.site_url, paths.csafDocument(advisory.id, facts.year)),
          },
        ],
      },
      settings,
    ),
    product_tree: { branches: products.branches },
    vulnerabilities: [vulnerability],
  };
}

/** What the `document` part of every CSAF document Watchkeeper writes (advisory or VEX) is made of. */
export interface CsafDocumentPartInput {
  category: 'csaf_security_advisory' | 'csaf_vex';
  title: string;
  /** tracking.id, which the file name is made from (paths.csafDocument, paths.csafVex). */
  id: string;
  published: string;
  modified: string;
  revisions: readonly CsafRevision[];
  notes: Json[];
  references: Json[];
}

/** The `document` object: TLP, publisher, and the tracking with its integer-numbered revision history. */
export function csafDocumentPart(input: CsafDocumentPartInput, settings: Settings): Json {
  const revisions = csafRevisions(input.published, input.revisions);
  const last = revisions.at(-1);
  return {
    category: input.category,
    csaf_version: '2.0',
    distribution: { tlp: { label: CSAF_TLP.label, url: 'https://www.first.org/tlp/' } },
    lang: 'en',
    notes: input.notes,
    publisher: csafPublisher(settings),
    references: input.references,
    title: input.title,
    tracking: {
      current_release_date: last?.date ?? input.modified,
      generator: { engine: { name: 'Watchkeeper' } },
      id: input.id,
      initial_release_date: input.published,
      revision_history: revisions,
      status: 'final',
      version: last?.number ?? '1',
    },
  };
}

function withdrawnText(advisory: Advisory): string {
  return `This advisory was withdrawn on ${advisory.withdrawn} and no longer applies to any product. ${advisory.withdrawn_reason ?? ''}`.trim();
}

/** The system an id belongs to, from its prefix (GHSA-…, PYSEC-…), for CSAF `ids`. */
export function idSystem(id: string): string {
  return isCve(id) ? 'CVE' : (/^([A-Za-z][A-Za-z0-9_]*)-/.exec(id)?.[1] ?? 'alias');
}

/** The first score of each CVSS version: CSAF allows one per version and product (6.1.7). */
function firstPerVersion(scores: CvssScore[]): CvssScore[] {
  const seen = new Set<string>();
  return scores.filter((s) => !seen.has(s.version) && seen.add(s.version));
}

/**
 * Document revisions are the changes from publication on, numbered 1, 2, …
 * (CSAF integer versioning), oldest first, so number and date ascend together
 * (6.1.14) and the last one is the document version (6.1.16).
 */
function csafRevisions(published: string, revisions: readonly CsafRevision[]): { date: string; number: string; summary: string }[] {
  const after = revisions.filter((r) => Date.parse(r.date) > Date.parse(published));
  after.sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
  const list = [{ date: published, summary: 'Initial publication' }, ...after];
  return list.map((r, i) => ({ date: r.date, number: String(i + 1), summary: r.summary }));
}

interface Products {
  branches: Json[];
  affected: string[];
  fixed: string[];
}

function productTree(advisory: Advisory, settings: Settings): Products {
  const releases = new Map<string, Map<string, Json[]>>();
  const affected: string[] = [];
  const fixed: string[] = [];
  const vendor = settings.project ?? settings.name;
  let counter = 0;
  const product = (name: string, purl: string | undefined, version?: string): Json => ({
    product_id: `WK-${String(++counter).padStart(4, '0')}`,
    name,
    ...(purl ? { product_identification_helper: { purl: purlAt(purl, version) } } : {}),
  });
  for (const entry of advisory.affected) {
    const ecosystem = entry.package.ecosystem ?? settings.default_ecosystem;
    const name = entry.package.name;
    let packages = releases.get(ecosystem);
    if (!packages) {
      packages = new Map();
      releases.set(ecosystem, packages);
    }
    const versions = packages.get(name) ?? [];
    packages.set(name, versions);
    const full = (text: string) => `${vendor} ${ecosystem} ${name} ${text}`;
    for (const range of entry.ranges ?? []) {
      const text = rangeText(range.events, range.type);
      const p = product(full(text), entry.package.purl);
      versions.push({ category: 'product_version_range', name: text, product: p });
      affected.push(p.product_id as string);
      if (range.type === 'GIT') continue;
      for (const event of range.events) {
        if (!event.fixed) continue;
        const f = product(full(event.fixed), entry.package.purl, event.fixed);
        versions.push({ category: 'product_version', name: event.fixed, product: f });
        fixed.push(f.product_id as string);
      }
    }
    for (const version of entry.versions ?? []) {
      const p = product(full(version), entry.package.purl, version);
      versions.push({ category: 'product_version', name: version, product: p });
      affected.push(p.product_id as string);
    }
  }
  const families = [...releases].map(([ecosystem, packages]) => ({
    category: 'product_family',
    name: ecosystem,
    branches: [...packages].map(([name, versions]) => ({ category: 'product_name', name, branches: versions })),
  }));
  if (families.length === 0) {
    // A withdrawn tombstone lists no packages: the vendor's product as a whole stands in, so status has a product to name.
    const whole = product(vendor, undefined);
    return { branches: [{ category: 'vendor', name: vendor, product: whole }], affected: [whole.product_id as string], fixed };
  }
  return { branches: [{ category: 'vendor', name: vendor, branches: families }], affected, fixed };
}

/** The purl of one version: the package's purl with `@version` (percent-encoded), replacing any version it already names. */
function purlAt(purl: string, version: string | undefined): string {
  if (!version) return purl;
  const [base = purl, rest] = purl.split(/(?=[?#])/, 2);
  const withoutVersion = base.replace(/@[^/@]*$/, '');
  return `${withoutVersion}@${encodeURIComponent(version)}${rest ?? ''}`;
}

/** A readable range such as `< 3.0.15-1.ks3` or `>= 1.2, < 1.4` (commit ids for GIT ranges). */
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
        url: fix.url ?? (fix.repo && fix.commit ? commitLink(fix.repo, fix.commit) : undefined) ?? fix.repo,
      });
    }
  }
  if (out.length === 0) {
    const fixedVersions = advisory.affected.flatMap((a) =>
      (a.ranges ?? []).flatMap((r) => (r.type === 'GIT' ? [] : r.events.flatMap((e) => (e.fixed ? [`${a.package.name} ${e.fixed}`] : [])))),
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

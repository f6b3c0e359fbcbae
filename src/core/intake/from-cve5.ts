import type { TriageReference } from '../types.gen.ts';
import { collectionPurl, cpeVendorProduct, githubPurl, type UpstreamName, type UpstreamRecord } from './upstream.ts';
import { isObject, oneLine, reference, stringOf, uniqueReferences, upstreamInstant } from './upstream-text.ts';

/** A record is CVE JSON 5 when it says so (dataType) or has the cveMetadata block. */
export function isCve5(input: unknown): input is Record<string, unknown> {
  return isObject(input) && (input.dataType === 'CVE_RECORD' || isObject(input.cveMetadata));
}

/**
 * The CVE JSON 5 versions intake reads: 5.x. Minor versions of the CVE schema
 * only add optional fields; a new major version (6.0) may move the fields intake
 * reads, so it is refused rather than misread.
 */
export const CVE5_DATA_VERSION = /^5\.\d+(\.\d+)?$/;

/** CVE reference tags → OSV reference types. */
const TAG_TYPES: Record<string, TriageReference['type']> = {
  patch: 'FIX',
  'vendor-advisory': 'ADVISORY',
  'third-party-advisory': 'ADVISORY',
  'issue-tracking': 'REPORT',
  exploit: 'EVIDENCE',
  'mailing-list': 'DISCUSSION',
  'technical-description': 'ARTICLE',
};

export type Extracted = { ok: true; record: UpstreamRecord } | { ok: false; pointer: string; message: string };

/**
 * What intake takes from a CVE JSON 5 record: the id, the CNA's title (or the
 * first line of its English description), references, the publication date,
 * whether it is REJECTED, and every product named in the CNA and ADP
 * containers' `affected` lists (vendor/product, CPEs, a GitHub repository, packageName in its collectionURL).
 */
export function fromCve5(input: string, data: Record<string, unknown>, at: string): Extracted {
  const version = data.dataVersion;
  if (typeof version !== 'string' || !CVE5_DATA_VERSION.test(version)) {
    return {
      ok: false,
      pointer: `${at}/dataVersion`,
      message:
        version === undefined
          ? 'The CVE record has no dataVersion, so intake cannot tell which CVE JSON schema it follows.'
          : `The CVE record's dataVersion is ${JSON.stringify(version)}; intake reads CVE JSON 5.x only.`,
    };
  }
  const meta = isObject(data.cveMetadata) ? data.cveMetadata : {};
  const id = stringOf(meta.cveId);
  if (!id) return { ok: false, pointer: `${at}/cveMetadata/cveId`, message: 'The CVE record has no cveMetadata.cveId.' };
  const containers = isObject(data.containers) ? data.containers : {};
  const cna = isObject(containers.cna) ? containers.cna : {};
  const adp = Array.isArray(containers.adp) ? containers.adp : [];
  const rejected = meta.state === 'REJECTED';

  const names: UpstreamName[] = [];
  const collect = (container: Record<string, unknown>, base: string) => {
    for (const [i, a] of (Array.isArray(container.affected) ? container.affected : []).entries()) {
      if (!isObject(a)) continue;
      const p = `${at}${base}/affected/${i}`;
      const vendor = stringOf(a.vendor);
      const product = stringOf(a.product);
      if (vendor && product) names.push({ kind: 'cve', vendor, product, pointer: p });
      // A product or repo that is a GitHub URL (curl's 2023 records name `https://github.com/curl/curl`) names a purl.
      for (const url of [product, stringOf(a.repo)]) {
        const purl = url ? githubPurl(url) : undefined;
        if (purl) names.push({ kind: 'purl', purl, pointer: p });
      }
      // A packageName in a registry with a purl type names that purl; elsewhere (a distribution's package
      // browser) it is a package name of that collection, which only upstream_names can match.
      const packageName = stringOf(a.packageName);
      if (packageName) {
        const collection = stringOf(a.collectionURL);
        const purl = collection ? collectionPurl(collection, packageName) : undefined;
        if (purl) names.push({ kind: 'purl', purl, pointer: `${p}/packageName` });
        else names.push({ kind: 'packageName', name: packageName, ...(collection ? { collection } : {}), pointer: `${p}/packageName` });
      }
      for (const [k, cpe] of (Array.isArray(a.cpes) ? a.cpes : []).entries()) {
        const vp = typeof cpe === 'string' ? cpeVendorProduct(cpe) : undefined;
        if (vp) names.push({ kind: 'cpe', ...vp, pointer: `${p}/cpes/${k}` });
      }
    }
  };
  collect(cna, '/containers/cna');
  for (const [i, container] of adp.entries()) if (isObject(container)) collect(container, `/containers/adp/${i}`);

  const english = (list: unknown): string | undefined => {
    if (!Array.isArray(list)) return undefined;
    const en = list.find((d) => isObject(d) && typeof d.lang === 'string' && d.lang.toLowerCase().startsWith('en')) ?? list[0];
    return isObject(en) ? stringOf(en.value) : undefined;
  };
  const text = stringOf(cna.title) ?? english(cna.descriptions) ?? english(cna.rejectedReasons);
  const summary = (text ? oneLine(text) : '') || (rejected ? `${id} was rejected upstream` : id);

  const refs = [reference('ADVISORY', `https://www.cve.org/CVERecord?id=${id}`)];
  for (const r of Array.isArray(cna.references) ? cna.references : []) {
    if (!isObject(r)) continue;
    const tags = Array.isArray(r.tags) ? r.tags.filter((t): t is string => typeof t === 'string') : [];
    const type = tags.map((t) => TAG_TYPES[t]).find(Boolean) ?? 'WEB';
    refs.push(reference(type, r.url));
  }
  const published = upstreamInstant(meta.datePublished);
  const record: UpstreamRecord = {
    input,
    format: 'cve5',
    id,
    aliases: [],
    summary,
    references: uniqueReferences(refs),
    ...(published ? { published } : {}),
    rejected,
    names,
  };
  return { ok: true, record };
}

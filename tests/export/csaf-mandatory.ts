// The CSAF 2.0 mandatory tests (section 6.1) that can apply to the documents
// Watchkeeper writes, as a checker over a parsed document. Each problem names
// its test number, so a failure reads like a CSAF validator's report.
// Not implemented because the documents never carry what they test: 6.1.11's
// CWE name lookup (no CWE catalogue here; the id form is checked), 6.1.15
// translator, 6.1.19/6.1.20 pre-release versions (versions are integers),
// 6.1.24 involvements, 6.1.25 hashes, 6.1.26 category names of other profiles,
// 6.1.28 translations, 6.1.32/6.1.33 flags.
import { PackageURL } from 'packageurl-js';
import { scoreCvss } from '../../src/core/cvss.ts';
import { strictCvssErrors } from './external-schemas.ts';

// biome-ignore lint/suspicious/noExplicitAny: a CSAF document is walked as plain JSON
type Json = any;

const AFFECTED = ['first_affected', 'known_affected', 'last_affected'];
const NOT_AFFECTED = ['known_not_affected'];
const FIXED = ['first_fixed', 'fixed'];
const UNDER_INVESTIGATION = ['under_investigation'];
const STATUS_GROUPS = [AFFECTED, NOT_AFFECTED, FIXED, UNDER_INVESTIGATION];

const V3_METRICS: Record<string, [string, Record<string, string>]> = {
  AV: ['attackVector', { N: 'NETWORK', A: 'ADJACENT_NETWORK', L: 'LOCAL', P: 'PHYSICAL' }],
  AC: ['attackComplexity', { L: 'LOW', H: 'HIGH' }],
  PR: ['privilegesRequired', { N: 'NONE', L: 'LOW', H: 'HIGH' }],
  UI: ['userInteraction', { N: 'NONE', R: 'REQUIRED' }],
  S: ['scope', { U: 'UNCHANGED', C: 'CHANGED' }],
  C: ['confidentialityImpact', { N: 'NONE', L: 'LOW', H: 'HIGH' }],
  I: ['integrityImpact', { N: 'NONE', L: 'LOW', H: 'HIGH' }],
  A: ['availabilityImpact', { N: 'NONE', L: 'LOW', H: 'HIGH' }],
};

function definedProducts(doc: Json): string[] {
  const ids: string[] = [];
  const walk = (branches: Json[] | undefined) => {
    for (const b of branches ?? []) {
      if (b.product) ids.push(b.product.product_id);
      walk(b.branches);
    }
  };
  walk(doc.product_tree?.branches);
  for (const p of doc.product_tree?.full_product_names ?? []) ids.push(p.product_id);
  for (const r of doc.product_tree?.relationships ?? []) ids.push(r.full_product_name?.product_id);
  return ids;
}

function fullProducts(doc: Json): Json[] {
  const out: Json[] = [];
  const walk = (branches: Json[] | undefined) => {
    for (const b of branches ?? []) {
      if (b.product) out.push(b.product);
      walk(b.branches);
    }
  };
  walk(doc.product_tree?.branches);
  out.push(...(doc.product_tree?.full_product_names ?? []));
  return out;
}

function versionBranches(doc: Json): Json[] {
  const out: Json[] = [];
  const walk = (branches: Json[] | undefined) => {
    for (const b of branches ?? []) {
      if (b.category === 'product_version') out.push(b);
      walk(b.branches);
    }
  };
  walk(doc.product_tree?.branches);
  return out;
}

function referencedProducts(doc: Json): string[] {
  const ids: string[] = [];
  for (const g of doc.product_tree?.product_groups ?? []) ids.push(...g.product_ids);
  for (const r of doc.product_tree?.relationships ?? []) ids.push(r.product_reference, r.relates_to_product_reference);
  for (const v of doc.vulnerabilities ?? []) {
    for (const list of Object.values(v.product_status ?? {})) ids.push(...(list as string[]));
    for (const s of v.scores ?? []) ids.push(...s.products);
    for (const r of v.remediations ?? []) ids.push(...(r.product_ids ?? []));
    for (const t of v.threats ?? []) ids.push(...(t.product_ids ?? []));
    for (const f of v.flags ?? []) ids.push(...(f.product_ids ?? []));
  }
  return ids;
}

/** Every problem the applicable mandatory tests find; empty for a conforming document. */
export function csafMandatoryProblems(doc: Json): string[] {
  const problems: string[] = [];
  const defined = definedProducts(doc);
  const known = new Set(defined);
  // 6.1.1 Missing Definition of Product ID
  for (const id of new Set(referencedProducts(doc))) if (!known.has(id)) problems.push(`6.1.1 product id ${id} is used but not defined`);
  // 6.1.2 Multiple Definition of Product ID
  for (const id of known) if (defined.filter((d) => d === id).length > 1) problems.push(`6.1.2 product id ${id} is defined more than once`);
  // 6.1.3 Circular Definition of Product ID
  for (const r of doc.product_tree?.relationships ?? []) {
    const id = r.full_product_name?.product_id;
    if (id === r.product_reference || id === r.relates_to_product_reference)
      problems.push(`6.1.3 product id ${id} is defined through itself`);
  }
  // 6.1.4 Missing Definition of Product Group ID / 6.1.5 Multiple Definition of Product Group ID
  const groups = (doc.product_tree?.product_groups ?? []).map((g: Json) => g.group_id as string);
  for (const g of new Set(groups))
    if (groups.filter((x: string) => x === g).length > 1) problems.push(`6.1.5 group id ${g} is defined more than once`);
  for (const v of doc.vulnerabilities ?? []) {
    for (const item of [...(v.remediations ?? []), ...(v.threats ?? []), ...(v.flags ?? [])]) {
      for (const g of item.group_ids ?? []) if (!groups.includes(g)) problems.push(`6.1.4 group id ${g} is used but not defined`);
    }
  }
  const cves: string[] = [];
  (doc.vulnerabilities ?? []).forEach((v: Json, i: number) => {
    // 6.1.6 Contradicting Product Status
    const where = new Map<string, number>();
    STATUS_GROUPS.forEach((group, g) => {
      for (const key of group) {
        for (const id of v.product_status?.[key] ?? []) {
          if (where.has(id) && where.get(id) !== g)
            problems.push(`6.1.6 vulnerability ${i}: product ${id} is in contradicting status groups`);
          where.set(id, g);
        }
      }
    });
    // 6.1.7 Multiple Scores with same Version per Product
    const seen = new Set<string>();
    for (const s of v.scores ?? []) {
      for (const [kind, cvss] of [
        ['v2', s.cvss_v2],
        ['v3', s.cvss_v3],
      ] as const) {
        if (!cvss) continue;
        for (const p of s.products) {
          const key = `${p}\0${kind}${cvss.version}`;
          if (seen.has(key)) problems.push(`6.1.7 vulnerability ${i}: product ${p} has two CVSS ${cvss.version} scores`);
          seen.add(key);
        }
      }
      const v3 = s.cvss_v3;
      if (!v3) continue;
      // 6.1.8 Invalid CVSS
      for (const e of strictCvssErrors(v3.version, v3)) problems.push(`6.1.8 vulnerability ${i}: CVSS ${v3.version} ${e}`);
      // 6.1.9 Invalid CVSS computation
      const computed = scoreCvss(v3.vectorString);
      if (computed.score !== v3.baseScore || computed.rating.toUpperCase() !== v3.baseSeverity) {
        problems.push(
          `6.1.9 vulnerability ${i}: ${v3.vectorString} scores ${computed.score} ${computed.rating}, not ${v3.baseScore} ${v3.baseSeverity}`,
        );
      }
      // 6.1.10 Inconsistent CVSS
      const parts = new Map(
        String(v3.vectorString)
          .split('/')
          .slice(1)
          .map((p) => p.split(':') as [string, string]),
      );
      if (!String(v3.vectorString).startsWith(`CVSS:${v3.version}/`))
        problems.push(`6.1.10 vulnerability ${i}: vector and version disagree`);
      for (const [metric, [property, values]] of Object.entries(V3_METRICS)) {
        if (v3[property] !== undefined && v3[property] !== values[parts.get(metric) ?? '']) {
          problems.push(`6.1.10 vulnerability ${i}: ${property} ${v3[property]} disagrees with the vector`);
        }
      }
    }
    // 6.1.11 CWE (the id's form; the name needs the CWE catalogue)
    if (v.cwe && !/^CWE-[1-9]\d{0,5}$/.test(v.cwe.id)) problems.push(`6.1.11 vulnerability ${i}: ${v.cwe.id} is not a CWE id`);
    if (v.cve) cves.push(v.cve);
    // 6.1.27.5 Vulnerability Notes / 6.1.27.6 Product Status (csaf_security_advisory)
    if (!v.notes?.length) problems.push(`6.1.27.5 vulnerability ${i} has no notes`);
    if (!v.product_status) problems.push(`6.1.27.6 vulnerability ${i} has no product status`);
    // 6.1.29 Remediation without Product Reference
    for (const r of v.remediations ?? [])
      if (!r.product_ids?.length && !r.group_ids?.length) problems.push(`6.1.29 vulnerability ${i}: a remediation names no product`);
  });
  // 6.1.23 Multiple Use of Same CVE
  for (const c of new Set(cves))
    if (cves.filter((x) => x === c).length > 1) problems.push(`6.1.23 ${c} is used by more than one vulnerability`);
  // 6.1.12 Language
  for (const lang of [doc.document?.lang, doc.document?.source_lang].filter(Boolean)) {
    if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang)) problems.push(`6.1.12 ${lang} is not a language tag`);
  }
  // 6.1.13 PURL
  for (const p of fullProducts(doc)) {
    const purl = p.product_identification_helper?.purl;
    if (!purl) continue;
    try {
      PackageURL.fromString(purl);
    } catch (e) {
      problems.push(`6.1.13 ${purl} is not a valid purl: ${(e as Error).message}`);
    }
  }
  // 6.1.14, 6.1.16, 6.1.18, 6.1.21, 6.1.22 and 6.1.30: the revision history
  const tracking = doc.document?.tracking ?? {};
  const history: Json[] = tracking.revision_history ?? [];
  const numbers = history.map((r) => String(r.number));
  const integer = numbers.map((n) => /^(0|[1-9]\d*)$/.test(n));
  if (integer.some(Boolean) && !integer.every(Boolean)) problems.push('6.1.30 the revision history mixes integer and semantic versions');
  const byDate = [...history].sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
  const dateOrder = byDate.map((r) => Number(r.number));
  if (dateOrder.some((n, k) => k > 0 && n < (dateOrder[k - 1] as number)))
    problems.push('6.1.14 revision numbers do not ascend with their dates');
  const sorted = numbers.map(Number).sort((a, b) => a - b);
  if (sorted.length && String(sorted.at(-1)) !== String(tracking.version))
    problems.push(`6.1.16 version ${tracking.version} is not the latest revision ${sorted.at(-1)}`);
  if (['final', 'interim'].includes(tracking.status) && sorted.includes(0)) problems.push('6.1.18 a released document has revision 0');
  if (sorted.length && (sorted[0] as number) > 1) problems.push(`6.1.21 the revision history starts at ${sorted[0]}`);
  sorted.forEach((n, k) => {
    if (k > 0 && n === sorted[k - 1]) problems.push(`6.1.22 revision ${n} appears twice`);
    else if (k > 0 && n !== (sorted[k - 1] as number) + 1) problems.push(`6.1.21 revision ${(sorted[k - 1] as number) + 1} is missing`);
  });
  // 6.1.31 Version Range in Product Version
  for (const b of versionBranches(doc)) {
    if (/(^|\s)(<|<=|>|>=)|\b(after|all|earlier|before|later|prior|versions)\b/i.test(b.name))
      problems.push(`6.1.31 product_version ${b.name} is a range`);
  }
  // 6.1.27.4 Product Tree / 6.1.27.11 Vulnerabilities (csaf_security_advisory and csaf_vex)
  if (doc.document?.category === 'csaf_security_advisory' || doc.document?.category === 'csaf_vex') {
    if (!doc.product_tree) problems.push('6.1.27.4 the document has no product tree');
    if (!doc.vulnerabilities?.length) problems.push('6.1.27.11 the document has no vulnerabilities');
  }
  if (doc.document?.category === 'csaf_vex') problems.push(...vexProfileProblems(doc));
  return problems;
}

/** The product ids a list names directly or through its product groups. */
function expandGroups(doc: Json, productIds: string[] | undefined, groupIds: string[] | undefined): string[] {
  const groups = new Map<string, string[]>((doc.product_tree?.product_groups ?? []).map((g: Json) => [g.group_id, g.product_ids]));
  return [...(productIds ?? []), ...(groupIds ?? []).flatMap((g) => groups.get(g) ?? [])];
}

/** The VEX profile's own mandatory tests (6.1.27.7 to 6.1.27.10). */
function vexProfileProblems(doc: Json): string[] {
  const problems: string[] = [];
  (doc.vulnerabilities ?? []).forEach((v: Json, i: number) => {
    // 6.1.27.7 VEX Product Status
    const s = v.product_status ?? {};
    if (!['fixed', 'known_affected', 'known_not_affected', 'under_investigation'].some((k) => s[k]?.length))
      problems.push(`6.1.27.7 vulnerability ${i} has none of fixed, known_affected, known_not_affected, under_investigation`);
    // 6.1.27.8 Vulnerability ID
    if (!v.cve && !v.ids?.length) problems.push(`6.1.27.8 vulnerability ${i} has neither cve nor ids`);
    // 6.1.27.9 Impact Statement: a flag or an impact threat for every known_not_affected product
    const explained = new Set([
      ...(v.flags ?? []).flatMap((f: Json) => expandGroups(doc, f.product_ids, f.group_ids)),
      ...(v.threats ?? []).filter((t: Json) => t.category === 'impact').flatMap((t: Json) => expandGroups(doc, t.product_ids, t.group_ids)),
    ]);
    for (const id of s.known_not_affected ?? [])
      if (!explained.has(id)) problems.push(`6.1.27.9 vulnerability ${i}: known_not_affected ${id} has no impact statement`);
    // 6.1.27.10 Action Statement: a remediation for every known_affected product
    const acted = new Set((v.remediations ?? []).flatMap((r: Json) => expandGroups(doc, r.product_ids, r.group_ids)));
    for (const id of s.known_affected ?? [])
      if (!acted.has(id)) problems.push(`6.1.27.10 vulnerability ${i}: known_affected ${id} has no action statement`);
  });
  return problems;
}

import type { Settings } from '../settings.ts';
import type { Release, TriageRecord } from '../triage/model.ts';
import type { TriageEvent } from '../types.gen.ts';
import { type CsafRevision, csafDocumentPart, idSystem } from './csaf-document.ts';
import { isCve } from './facts.ts';
import { absolute, paths } from './paths.ts';
import { releasePackagePurl } from './release-purl.ts';
import { firstPublished, lastChanged, recordYear, type TriageEntry, triageEntries } from './triage-entries.ts';

/**
 * A CSAF 2.0 document of the VEX profile (category `csaf_vex`, CSAF 2.0
 * section 4.5) per publishable triage record. The document part (TLP,
 * publisher, tracking) is the advisories' (csafDocumentPart). Products are
 * the package in each release the record names, as `full_product_names`
 * with the distribution package's purl and the inventory's CPE; a fixed one is
 * the fixed version. Status per package × release from its current event:
 * - detected, investigating → under_investigation;
 * - affected → known_affected, remediation `none_available` (6.1.27.10 wants one);
 * - will_not_fix → known_affected, remediation `no_fix_planned` with the reason;
 * - not_affected → known_not_affected, a flag with the justification (CSAF's
 *   flag labels are the same five CISA names) and an `impact` threat with the
 *   team's statement (6.1.27.9 wants one of the two; both are given);
 * - fixed → fixed, remediation `vendor_fix` naming the version;
 * - rejected → known_not_affected with an impact threat saying the id was
 *   rejected: no flag label says "not a vulnerability".
 * Pure and deterministic: every instant is the record's own.
 */

type Json = Record<string, unknown>;

/** Triage justification → CSAF 2.0 flag label (section 3.2.3.5): the same names, listed so a change on either side shows here. */
export const CSAF_FLAG_LABELS: Readonly<Record<NonNullable<TriageEvent['justification']>, string>> = {
  component_not_present: 'component_not_present',
  vulnerable_code_not_present: 'vulnerable_code_not_present',
  vulnerable_code_not_in_execute_path: 'vulnerable_code_not_in_execute_path',
  vulnerable_code_cannot_be_controlled_by_adversary: 'vulnerable_code_cannot_be_controlled_by_adversary',
  inline_mitigations_already_exist: 'inline_mitigations_already_exist',
};

export interface CsafVexInput {
  settings: Settings;
  releaseById: ReadonlyMap<string, Release>;
}

/** The record's document path (paths.csafVex with the record's year folder). */
export function csafVexPath(record: TriageRecord): string {
  return paths.csafVex(record.id, recordYear(record));
}

export function toCsafVex(record: TriageRecord, input: CsafVexInput): Json {
  const { settings } = input;
  const entries = triageEntries(record, input.releaseById, settings);
  const products: Json[] = [];
  const status: Record<'known_affected' | 'known_not_affected' | 'fixed' | 'under_investigation', string[]> = {
    known_affected: [],
    known_not_affected: [],
    fixed: [],
    under_investigation: [],
  };
  const flags: Json[] = [];
  const threats: Json[] = [];
  const remediations: Json[] = [];
  entries.forEach((entry, i) => {
    const event = entry.current;
    const id = `WK-${String(i + 1).padStart(4, '0')}`;
    const version = event.status === 'fixed' ? event.version : undefined;
    products.push(product(entry, id, version));
    const where = `${entry.package} in ${entry.releaseName}`;
    // A remediation or threat about this one product, dated by its current event.
    const about = (category: string, details: string): Json => ({ category, date: event.at, details, product_ids: [id] });
    switch (event.status) {
      case 'detected':
      case 'investigating':
        status.under_investigation.push(id);
        break;
      case 'affected':
        status.known_affected.push(id);
        remediations.push(about('none_available', `No fixed version of ${where} is available yet.`));
        break;
      case 'will_not_fix':
        status.known_affected.push(id);
        remediations.push(about('no_fix_planned', `${where} will not be fixed: ${event.reason ?? 'no reason given'}`));
        break;
      case 'not_affected':
        status.known_not_affected.push(id);
        if (event.justification) flags.push({ date: event.at, label: CSAF_FLAG_LABELS[event.justification], product_ids: [id] });
        threats.push(about('impact', event.statement ?? `${where} is not affected.`));
        break;
      case 'fixed':
        status.fixed.push(id);
        remediations.push(
          about('vendor_fix', `Update ${where} to ${version ?? 'the fixed version'} or later${event.update ? ` (${event.update})` : ''}.`),
        );
        break;
      case 'rejected':
        status.known_not_affected.push(id);
        threats.push(about('impact', `${record.id} was rejected upstream: it is not a vulnerability, so ${where} is not affected.`));
        break;
    }
  });
  const names = [...new Set([record.id, ...(record.aliases ?? [])])];
  const cve = names.find(isCve);
  const others = names.filter((n) => n !== cve);
  const productStatus = Object.fromEntries(Object.entries(status).filter(([, ids]) => ids.length > 0));
  const vulnerability: Json = {
    ...(cve ? { cve } : {}),
    ...(others.length ? { ids: others.map((text) => ({ system_name: idSystem(text), text })) } : {}),
    title: record.summary,
    notes: [{ category: 'description', title: 'Summary', text: record.summary }],
    release_date: firstPublished(record),
    product_status: productStatus,
    ...(flags.length ? { flags } : {}),
    ...(threats.length ? { threats } : {}),
    ...(remediations.length ? { remediations } : {}),
    ...(record.references?.length
      ? { references: record.references.map((r) => ({ category: 'external', summary: r.type, url: r.url })) }
      : {}),
  };
  return {
    document: csafDocumentPart(
      {
        category: 'csaf_vex',
        title: `${record.id}: ${record.summary}`,
        id: record.id,
        published: firstPublished(record),
        modified: lastChanged(record),
        revisions: revisionsOf(record, entries),
        notes: [{ category: 'summary', title: 'Summary', text: record.summary }],
        references: [
          { category: 'self', summary: 'This vulnerability on the web', url: absolute(settings.site_url, paths.vuln(record.id)) },
          { category: 'self', summary: 'This CSAF VEX document', url: absolute(settings.site_url, csafVexPath(record)) },
        ],
      },
      settings,
    ),
    product_tree: { full_product_names: products },
    vulnerabilities: [vulnerability],
  };
}

function product(entry: TriageEntry, id: string, version: string | undefined): Json {
  const purl = version ? releasePackagePurl(entry.ecosystem, entry.release, entry.package, version) : entry.purl;
  const cpe = entry.inventory?.cpe?.[0];
  return {
    product_id: id,
    name: `${entry.releaseName} ${entry.package}${version ? ` ${version}` : ''}`,
    product_identification_helper: { ...(cpe ? { cpe } : {}), purl },
  };
}

/**
 * One revision per instant a status changed after publication, oldest first,
 * naming what changed; events before publication (triage under embargo) are
 * part of the initial release.
 */
function revisionsOf(record: TriageRecord, entries: TriageEntry[]): CsafRevision[] {
  const published = Date.parse(firstPublished(record));
  const byDate = new Map<string, string[]>();
  for (const entry of entries)
    for (const event of entry.events) {
      if (Date.parse(event.at) <= published) continue;
      const list = byDate.get(event.at) ?? [];
      list.push(`${entry.package} in ${entry.releaseName}: ${event.status.replace(/_/g, ' ')}`);
      byDate.set(event.at, list);
    }
  return [...byDate].map(([date, changes]) => ({ date, summary: changes.join('; ') }));
}

import type { Settings } from '../settings.ts';
import type { Release, TriageRecord } from '../triage/model.ts';
import { newest } from './newest.ts';
import { absolute, paths } from './paths.ts';
import { releasePackagePurl } from './release-purl.ts';
import { firstPublished, lastChanged, recordVersion, type TriageEntry, triageEntries } from './triage-entries.ts';

/**
 * OpenVEX 0.2.0 documents (https://github.com/openvex/spec, schema vendored in
 * schemas/external/openvex) from publishable triage records: one per record
 * and one for the whole distribution. Pure and deterministic: every instant
 * comes from the record (its events and published_upstream), never a clock.
 * Call only with publishableTriage's records.
 *
 * One statement per package × release, from its current status:
 * - detected, investigating → under_investigation;
 * - affected → affected, with an action statement that no fix is out yet;
 * - not_affected → not_affected with the event's CISA justification (OpenVEX
 *   uses the same list) and the team's statement as status_notes: the schema
 *   takes exactly one of justification and impact_statement;
 * - fixed → fixed, naming the fixed version in the product's purl;
 * - will_not_fix → affected, with an action statement saying it will not be
 *   fixed and the team's reason (OpenVEX has no status of its own for it);
 * - rejected → not_affected with an impact statement: a rejected id is no
 *   vulnerability, so nothing is affected. None of the CISA justifications
 *   says that, and telling scanners "not affected" lets them drop a finding
 *   their stale data still has, where leaving the statement out would not.
 */

export const OPENVEX_CONTEXT = 'https://openvex.dev/ns/v0.2.0';

type Json = Record<string, unknown>;

export interface OpenVexInput {
  settings: Settings;
  releaseById: ReadonlyMap<string, Release>;
}

/** The document of one record. */
export function openVexDocument(record: TriageRecord, input: OpenVexInput): Json {
  return documentOf(absolute(input.settings.site_url, paths.openvex(record.id)), [record], input);
}

/** The distribution's document: every record's statements, or undefined when there is none (OpenVEX needs at least one statement). */
export function openVexAllDocument(records: readonly TriageRecord[], input: OpenVexInput): Json | undefined {
  if (records.length === 0) return undefined;
  return documentOf(absolute(input.settings.site_url, paths.openvexAll()), records, input);
}

function documentOf(id: string, records: readonly TriageRecord[], input: OpenVexInput): Json {
  const first = records.map(firstPublished).reduce((a, b) => (Date.parse(b) < Date.parse(a) ? b : a));
  const last = newest(records.map(lastChanged));
  return {
    '@context': OPENVEX_CONTEXT,
    '@id': id,
    author: input.settings.name,
    role: 'Document Creator',
    timestamp: first,
    last_updated: last,
    version: records.reduce((n, r) => n + recordVersion(r), 0),
    tooling: 'Watchkeeper',
    statements: records.flatMap((r) => triageEntries(r, input.releaseById, input.settings).map((e) => statement(r, e))),
  };
}

function statement(record: TriageRecord, entry: TriageEntry): Json {
  const event = entry.current;
  const aliases = [...new Set(record.aliases ?? [])].filter((a) => a !== record.id);
  const where = `${entry.package} in ${entry.releaseName}`;
  const fixedVersion = event.status === 'fixed' ? event.version : undefined;
  const purl = fixedVersion ? releasePackagePurl(entry.ecosystem, entry.release, entry.package, fixedVersion) : entry.purl;
  const base: Json = {
    vulnerability: { name: record.id, description: record.summary, ...(aliases.length ? { aliases } : {}) },
    timestamp: event.at,
    products: [{ '@id': purl, identifiers: { purl } }],
  };
  switch (event.status) {
    case 'detected':
    case 'investigating':
      return { ...base, status: 'under_investigation' };
    case 'affected':
      return {
        ...base,
        status: 'affected',
        action_statement: `No fixed version of ${where} is available yet; the team is working on one and will publish it as an update.`,
        action_statement_timestamp: event.at,
      };
    case 'will_not_fix':
      return {
        ...base,
        status: 'affected',
        action_statement: `${where} will not be fixed: ${event.reason ?? 'no reason given'}`,
        action_statement_timestamp: event.at,
      };
    case 'not_affected':
      return {
        ...base,
        status: 'not_affected',
        // The schema's `required` keeps a record without one from slipping through as valid; check refuses such records first.
        ...(event.justification ? { justification: event.justification } : { impact_statement: event.statement ?? '' }),
        ...(event.justification && event.statement ? { status_notes: event.statement } : {}),
      };
    case 'fixed':
      return {
        ...base,
        status: 'fixed',
        status_notes: `Fixed in ${entry.package} ${fixedVersion ?? ''}${event.update ? ` (${event.update})` : ''}.`,
      };
    case 'rejected':
      return {
        ...base,
        status: 'not_affected',
        impact_statement: `${record.id} was rejected upstream: it is not a vulnerability, so ${where} is not affected.`,
      };
  }
}

import { cvssProblem } from '../cvss.ts';
import { pointerOf } from '../diagnostics.ts';
import { instantProblem, purlProblem, urlProblem } from '../schema/formats.ts';
import type { Settings } from '../settings.ts';
import type { AdvisoryFile, Affected, Credit, Fix, Range, Reference, Severity } from '../types.gen.ts';
import type { ImportChange, ImportChangeKind } from './import-change.ts';
import { trackerIdOf } from './osv-names.ts';
import { OSV_REFERENCE_TYPES, TRACKER_KEY } from './osv-types.ts';

/** The key under database_specific where import keeps the original id, modified instant and anything it could not map. */
export const IMPORT_KEY = 'osv_import';

export interface ConvertOptions {
  settings: Pick<Settings, 'id_prefix' | 'osv'> & Partial<Pick<Settings, 'default_ecosystem'>>;
  /** Used only when a record has no usable published or modified instant. */
  now: Date;
}

/** An OSV record converted to an advisory, before it gets its id. */
export interface Converted {
  sourceId: string;
  /** The tracker id when the record is one of this team's own exports (x_KSA-2026-0001). */
  ownId?: string;
  /** The year of timeline.published, which picks the id's year. */
  year: number;
  advisory: AdvisoryFile;
  changes: ImportChange[];
}

export type ConvertResult = { ok: true; converted: Converted } | { ok: false; pointer: string; message: string };

/** The schema's cap on aliases, related and upstream. */
const MAX_IDS = 100;
const VULN_ID = /^[A-Za-z][A-Za-z0-9._:-]{1,99}$/;
const PACKAGE_NAME = /^[^\s/][^\s]*$/;
const ECOSYSTEM = /^[A-Za-z][A-Za-z0-9 ._:+-]*$/;
const FULL_HASH = /^(0|[a-f0-9]{40}|[a-f0-9]{64})$/;
const CREDIT_TYPES = new Set([
  'FINDER',
  'REPORTER',
  'ANALYST',
  'COORDINATOR',
  'REMEDIATION_DEVELOPER',
  'REMEDIATION_REVIEWER',
  'REMEDIATION_VERIFIER',
  'TOOL',
  'SPONSOR',
  'OTHER',
]);
const EVENT_KEYS = ['introduced', 'fixed', 'last_affected', 'limit'] as const;

class Unmappable extends Error {
  pointer: string;
  constructor(pointer: string, message: string) {
    super(message);
    this.pointer = pointer;
  }
}

/**
 * Converts one OSV record (already parsed, untrusted) into the tracker's
 * advisory. Whatever the tracker's schema cannot hold is changed in the
 * smallest way that keeps the meaning (http → https) or kept verbatim under
 * `database_specific.osv_import.unmapped` — and every such step is reported
 * as an ImportChange. A record that cannot become a valid advisory at all
 * (no affected package and not withdrawn, a package name the schema rejects) fails with the
 * pointer of the reason.
 */
export function fromOsv(input: unknown, options: ConvertOptions): ConvertResult {
  try {
    return { ok: true, converted: convert(input, options) };
  } catch (error) {
    if (error instanceof Unmappable) return { ok: false, pointer: error.pointer, message: error.message };
    throw error;
  }
}

function convert(input: unknown, options: ConvertOptions): Converted {
  if (!isObject(input) || typeof input.id !== 'string' || input.id === '') {
    throw new Unmappable('', 'This is not an OSV record: it has no string `id`.');
  }
  const log = changeLog();
  const { change, drop } = log;
  const sourceId = input.id;
  const ownId = trackerIdOf(sourceId, options.settings);
  const ownExport =
    isObject(input.database_specific) && isObject(input.database_specific[TRACKER_KEY]) ? input.database_specific[TRACKER_KEY] : undefined;

  const aliases = idList(input, 'aliases', change, drop);
  const related = idList(input, 'related', change, drop);
  const upstream = idList(input, 'upstream', change, drop);
  if (!ownId) keepSourceIdAsAlias(sourceId, aliases, change);
  const { published, withdrawn } = instantsOf(input, options.now, change);

  const severity = severities(input.severity, ['severity'], drop);
  // A withdrawn record may be a tombstone with no packages left; it is imported as a withdrawn advisory listing none.
  const affected =
    withdrawn && (input.affected === undefined || input.affected === null || (Array.isArray(input.affected) && input.affected.length === 0))
      ? []
      : affectedList(input.affected, options.settings.default_ecosystem, change, drop);
  // References a Watchkeeper export added (fixing commits, the page) go back to being derived, not data.
  const derived = new Set(ownExport && Array.isArray(ownExport.derived_references) ? ownExport.derived_references : []);
  const references = referenceList(input.references, change, drop).filter((r) => !derived.has(r.url));
  const credits = creditList(input.credits, change, drop);
  const details = detailsOf(input.details, change);
  const summary = summaryOf(input.summary, details, affected, aliases, sourceId, change);
  const databaseSpecific = databaseSpecificOf(input, { sourceId, ownId, summary, unmapped: log.unmapped });

  const tracker = restoreTrackerFields(ownExport);
  const status = withdrawn ? 'withdrawn' : 'published';
  const advisory: AdvisoryFile = {
    id: '',
    status,
    summary,
    ...(details ? { details } : {}),
    ...(aliases.length ? { aliases: unique(aliases) } : {}),
    ...(related.length ? { related: unique(related) } : {}),
    ...(upstream.length ? { upstream: unique(upstream) } : {}),
    ...(severity.length ? { severity } : {}),
    affected,
    ...(references.length ? { references } : {}),
    ...(credits.length ? { credits } : {}),
    ...(withdrawn ? { withdrawn } : {}),
    ...(tracker.withdrawn_reason && withdrawn ? { withdrawn_reason: tracker.withdrawn_reason } : {}),
    timeline: { ...tracker.timeline, published },
    ...(tracker.coordinator ? { coordinator: tracker.coordinator } : {}),
    ...(tracker.fixes ? { fixes: tracker.fixes } : {}),
    ...(Object.keys(databaseSpecific).length ? { database_specific: databaseSpecific } : {}),
  };
  return { sourceId, ...(ownId ? { ownId } : {}), year: new Date(published).getUTCFullYear(), advisory, changes: log.changes };
}

type Change = (kind: ImportChangeKind, segments: (string | number)[], message: string, from?: unknown, to?: unknown) => void;
type Drop = (kind: ImportChangeKind, segments: (string | number)[], message: string, value: unknown) => void;
type Unmapped = { pointer: string; kind: ImportChangeKind; value: unknown };

/** Collects every step import took (`change`) and what it kept verbatim because the schema cannot hold it (`drop`). */
function changeLog(): { changes: ImportChange[]; unmapped: Unmapped[]; change: Change; drop: Drop } {
  const changes: ImportChange[] = [];
  const unmapped: Unmapped[] = [];
  const change: Change = (kind, segments, message, from, to) => {
    changes.push({
      kind,
      pointer: pointerOf(segments),
      message,
      ...(from !== undefined ? { from } : {}),
      ...(to !== undefined ? { to } : {}),
    });
  };
  const drop: Drop = (kind, segments, message, value) => {
    change(kind, segments, message, value, undefined);
    unmapped.push({ pointer: pointerOf(segments), kind, value });
  };
  return { changes, unmapped, change, drop };
}

/** aliases, related or upstream: ids the schema accepts, cleaned of stray punctuation, each once, at most MAX_IDS. */
function idList(input: Record<string, unknown>, key: 'aliases' | 'related' | 'upstream', change: Change, drop: Drop): string[] {
  const list = input[key];
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) throw new Unmappable(`/${key}`, `\`${key}\` is not a list.`);
  const out: string[] = [];
  for (const [index, raw] of list.entries()) {
    if (out.length >= MAX_IDS) {
      drop('id-unmapped', [key, index], `More than ${MAX_IDS} ${key}; the rest are kept under database_specific.${IMPORT_KEY}.`, raw);
      continue;
    }
    const value = typeof raw === 'string' ? raw : String(raw);
    const cleaned = value.trim().replace(/^[\s,;]+|[\s,;.]+$/g, '');
    const kept = VULN_ID.test(value) ? value : VULN_ID.test(cleaned) ? cleaned : undefined;
    if (kept && out.some((o) => o.toUpperCase() === kept.toUpperCase())) {
      change('id-cleaned', [key, index], `\`${value}\` repeats an earlier entry; listed once.`, value, undefined);
    } else if (kept === value) out.push(value);
    else if (kept) {
      change('id-cleaned', [key, index], `\`${value}\` cleaned to \`${cleaned}\`.`, value, cleaned);
      out.push(cleaned);
    } else
      drop('id-unmapped', [key, index], `\`${value}\` is not an id the schema accepts; kept under database_specific.${IMPORT_KEY}.`, raw);
  }
  return out;
}

/** Another database's record keeps its own id as the first alias, so readers can still find it by that id. */
function keepSourceIdAsAlias(sourceId: string, aliases: string[], change: Change): void {
  if (aliases.some((a) => a.toUpperCase() === sourceId.toUpperCase())) return;
  if (!VULN_ID.test(sourceId)) {
    throw new Unmappable('/id', `The id \`${sourceId}\` cannot be kept as an alias (letters, digits and . _ : - only).`);
  }
  aliases.unshift(sourceId);
  change('id-assigned', ['aliases', '-'], `The original id ${sourceId} is kept as an alias.`, undefined, sourceId);
}

/** published and withdrawn: published falls back to modified, then withdrawn, then the import time; withdrawn is never before published. */
function instantsOf(input: Record<string, unknown>, now: Date, change: Change): { published: string; withdrawn: string | undefined } {
  const modified = typeof input.modified === 'string' && !instantProblem(input.modified) ? input.modified : undefined;
  let withdrawn = typeof input.withdrawn === 'string' && !instantProblem(input.withdrawn) ? input.withdrawn : undefined;
  if (input.withdrawn !== undefined && !withdrawn) {
    throw new Unmappable('/withdrawn', `The withdrawn instant ${JSON.stringify(input.withdrawn)} is not a UTC instant.`);
  }
  let published = typeof input.published === 'string' && !instantProblem(input.published) ? input.published : undefined;
  if (!published) {
    // The earliest instant the record knows: a withdrawn record without `published` keeps its real withdrawal date.
    const known = [
      ...(modified ? [{ value: modified, label: 'modified' }] : []),
      ...(withdrawn ? [{ value: withdrawn, label: 'withdrawn' }] : []),
    ].sort((a, b) => Date.parse(a.value) - Date.parse(b.value))[0];
    published = known?.value ?? new Date(Math.floor(now.getTime() / 1000) * 1000).toISOString().replace('.000Z', 'Z');
    change(
      'published-filled',
      ['published'],
      `No valid published instant (${JSON.stringify(input.published ?? null)}); used ${known ? known.label : 'the import time'}: ${published}.`,
      input.published,
      published,
    );
  }
  if (withdrawn && Date.parse(withdrawn) < Date.parse(published)) {
    change(
      'withdrawn-adjusted',
      ['withdrawn'],
      `withdrawn (${withdrawn}) was before published; set to ${published}.`,
      withdrawn,
      published,
    );
    withdrawn = published;
  }
  return { published, withdrawn };
}

/** The details with LF line breaks: data text holds no control characters (TEXT_CONTROL_CHARACTER), and CR and CRLF are line breaks. */
function detailsOf(raw: unknown, change: Change): string | undefined {
  const given = typeof raw === 'string' && raw !== '' ? raw : undefined;
  const details = given?.replace(/\r\n?/g, '\n');
  if (details !== given)
    change('line-breaks', ['details'], 'The details used CR or CRLF line breaks; they are written as LF.', given, details);
  return details;
}

/**
 * The record's database_specific without the tracker's own key, plus what
 * import keeps under IMPORT_KEY: the original id and modified instant (for
 * another database's record), the summary as the source wrote it when import
 * had to shorten it, and everything unmapped, so nothing the source said is lost.
 */
function databaseSpecificOf(
  input: Record<string, unknown>,
  kept: { sourceId: string; ownId: string | undefined; summary: string; unmapped: Unmapped[] },
): Record<string, unknown> {
  const { sourceId, ownId, summary, unmapped } = kept;
  const databaseSpecific: Record<string, unknown> = isObject(input.database_specific) ? { ...input.database_specific } : {};
  delete databaseSpecific[TRACKER_KEY];
  const original =
    typeof input.summary === 'string' && input.summary !== summary && input.summary.trim() !== '' ? input.summary : undefined;
  if (!ownId) {
    databaseSpecific[IMPORT_KEY] = {
      id: sourceId,
      ...(typeof input.modified === 'string' ? { modified: input.modified } : {}),
      ...(original ? { summary: original } : {}),
      ...(unmapped.length > 0 ? { unmapped } : {}),
    };
  } else if (unmapped.length > 0 || original) {
    databaseSpecific[IMPORT_KEY] = { ...(original ? { summary: original } : {}), ...(unmapped.length > 0 ? { unmapped } : {}) };
  }
  return databaseSpecific;
}

function severities(list: unknown, at: (string | number)[], drop: Drop): Severity[] {
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) throw new Unmappable(pointerOf(at), 'severity is not a list.');
  const out: Severity[] = [];
  for (const [index, s] of list.entries()) {
    const type = isObject(s) ? s.type : undefined;
    const score = isObject(s) && typeof s.score === 'string' ? s.score : '';
    const prefixOk = (type === 'CVSS_V3' && /^CVSS:3\.[01]\//.test(score)) || (type === 'CVSS_V4' && /^CVSS:4\.0\//.test(score));
    const problem = prefixOk ? cvssProblem(score) : `the tracker holds only CVSS v3 and v4 vectors`;
    if (!problem && !out.some((o) => o.type === type)) out.push({ type: type as Severity['type'], score });
    else {
      const why = problem ?? `a second ${String(type)} score`;
      drop('severity-unmapped', [...at, index], `Severity ${JSON.stringify(s)} not kept as a score (${why}).`, s);
    }
  }
  return out;
}

function affectedList(list: unknown, defaultEcosystem: string | undefined, change: Change, drop: Drop): Affected[] {
  if (!Array.isArray(list) || list.length === 0) {
    throw new Unmappable('/affected', 'The record lists no affected package; an advisory needs at least one.');
  }
  const out = list.map((raw, i): Affected => {
    const at = ['affected', i];
    if (!isObject(raw)) throw new Unmappable(pointerOf(at), 'An affected entry is not an object.');
    const saved = isObject(raw.database_specific) && isObject(raw.database_specific[TRACKER_KEY]) ? raw.database_specific[TRACKER_KEY] : {};
    const pkg = isObject(saved.package) ? saved.package : isObject(raw.package) ? raw.package : undefined;
    const ranges = rangeList(raw.ranges, at, change, drop);
    if (!pkg) throw new Unmappable(pointerOf([...at, 'package']), 'An affected entry has no package; the tracker needs a package name.');
    const name = typeof pkg.name === 'string' ? pkg.name : '';
    if (!PACKAGE_NAME.test(name) || name.length > 214) {
      throw new Unmappable(
        pointerOf([...at, 'package', 'name']),
        `The package name ${JSON.stringify(pkg.name)} has spaces, starts with / or is missing.`,
      );
    }
    // A package restored from this tracker's own export names the default ecosystem only implicitly, as it was written.
    const restored = pkg === saved.package;
    const ecosystem = typeof pkg.ecosystem === 'string' && !(restored && pkg.ecosystem === defaultEcosystem) ? pkg.ecosystem : undefined;
    if (ecosystem !== undefined && (!ECOSYSTEM.test(ecosystem) || ecosystem.length > 100)) {
      throw new Unmappable(
        pointerOf([...at, 'package', 'ecosystem']),
        `The ecosystem ${JSON.stringify(ecosystem)} has characters the schema does not allow.`,
      );
    }
    let purl: string | undefined;
    if (typeof pkg.purl === 'string') {
      if (purlProblem(pkg.purl))
        drop(
          'purl-unmapped',
          [...at, 'package', 'purl'],
          `The purl ${pkg.purl} is not accepted (${purlProblem(pkg.purl)?.message}).`,
          pkg.purl,
        );
      else purl = pkg.purl;
    }
    const versions = Array.isArray(raw.versions) ? raw.versions.map(String) : undefined;
    if (versions?.some((v) => v.length === 0 || v.length > 200))
      throw new Unmappable(pointerOf([...at, 'versions']), 'A version is empty or longer than 200 characters.');
    const entry: Affected = { package: { ...(ecosystem ? { ecosystem } : {}), name, ...(purl ? { purl } : {}) } };
    if (ranges.length > 0) entry.ranges = ranges as [Range, ...Range[]];
    if (versions) entry.versions = versions;
    if (!entry.ranges && !entry.versions) {
      entry.versions = [];
      change(
        'versions-empty',
        [...at, 'versions'],
        'No ranges and no versions; written as an empty versions list (the same in OSV).',
        undefined,
        [],
      );
    }
    const ownSeverity = Array.isArray(saved.severity) ? saved.severity : raw.severity;
    const sev = severities(ownSeverity, [...at, 'severity'], drop);
    if (sev.length) entry.severity = sev;
    if (isObject(raw.ecosystem_specific)) entry.ecosystem_specific = raw.ecosystem_specific;
    if (isObject(raw.database_specific)) {
      const rest = { ...raw.database_specific };
      delete rest[TRACKER_KEY];
      if (Object.keys(rest).length) entry.database_specific = rest;
    }
    return entry;
  });
  return out as [Affected, ...Affected[]];
}

function rangeList(list: unknown, at: (string | number)[], change: Change, drop: Drop): Range[] {
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) throw new Unmappable(pointerOf([...at, 'ranges']), 'ranges is not a list.');
  const out: Range[] = [];
  for (const [j, raw] of list.entries()) {
    const here = [...at, 'ranges', j];
    if (!isObject(raw) || !Array.isArray(raw.events)) throw new Unmappable(pointerOf(here), 'A range has no events list.');
    const type = raw.type;
    if (type !== 'ECOSYSTEM' && type !== 'SEMVER' && type !== 'GIT') {
      drop('range-unmapped', here, `Range type ${JSON.stringify(type)} is not ECOSYSTEM, SEMVER or GIT.`, raw);
      continue;
    }
    const events = raw.events.map((e, k) => {
      const key = isObject(e) ? EVENT_KEYS.find((name) => typeof e[name] === 'string') : undefined;
      const value = key && isObject(e) ? String(e[key]) : '';
      if (!key || !isObject(e) || Object.keys(e).length !== 1 || value.length === 0 || value.length > 200) {
        throw new Unmappable(
          pointerOf([...here, 'events', k]),
          `The event ${JSON.stringify(e)} is not one of introduced, fixed, last_affected or limit with a version.`,
        );
      }
      return { [key]: value } as Range['events'][number];
    });
    if (type === 'GIT' && events.some((e) => !FULL_HASH.test(Object.values(e)[0] ?? ''))) {
      drop('range-unmapped', here, 'A GIT range with abbreviated commit hashes (full hashes are required); kept verbatim.', raw);
      continue;
    }
    let repo: string | undefined;
    if (typeof raw.repo === 'string') {
      const cleaned = cleanUrl(raw.repo);
      if (!cleaned) {
        drop('range-unmapped', here, `The range's repo ${raw.repo} is not an https: URL; the range is kept verbatim.`, raw);
        continue;
      }
      if (cleaned !== raw.repo) change('url-https', [...here, 'repo'], `${raw.repo} → ${cleaned}`, raw.repo, cleaned);
      repo = cleaned;
    }
    if (type === 'GIT' && !repo) {
      drop('range-unmapped', here, 'A GIT range without repo; kept verbatim.', raw);
      continue;
    }
    out.push({
      type,
      ...(repo ? { repo } : {}),
      events: events as Range['events'],
      ...(isObject(raw.database_specific) ? { database_specific: raw.database_specific } : {}),
    });
  }
  return out;
}

function referenceList(list: unknown, change: Change, drop: Drop): Reference[] {
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) throw new Unmappable('/references', 'references is not a list.');
  const out: Reference[] = [];
  for (const [i, raw] of list.entries()) {
    const url = isObject(raw) && typeof raw.url === 'string' ? raw.url : '';
    const cleaned = cleanUrl(url);
    if (!cleaned) {
      drop('url-unmapped', ['references', i], `The link ${JSON.stringify(url)} is not an https: URL and cannot be made one.`, raw);
      continue;
    }
    if (cleaned !== url) change('url-https', ['references', i, 'url'], `${url} → ${cleaned}`, url, cleaned);
    let type = isObject(raw) ? raw.type : undefined;
    if (typeof type !== 'string' || !OSV_REFERENCE_TYPES.has(type)) {
      change('reference-type', ['references', i, 'type'], `Reference type ${JSON.stringify(type)} written as WEB.`, type, 'WEB');
      type = 'WEB';
    }
    out.push({ type: type as Reference['type'], url: cleaned });
  }
  return out;
}

function creditList(list: unknown, change: Change, drop: Drop): Credit[] {
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) throw new Unmappable('/credits', 'credits is not a list.');
  return list.map((raw, i): Credit => {
    if (!isObject(raw) || typeof raw.name !== 'string' || raw.name === '' || raw.name.length > 200) {
      throw new Unmappable(pointerOf(['credits', i]), 'A credit has no name (or one longer than 200 characters).');
    }
    const credit: Credit = { name: raw.name };
    if (typeof raw.type === 'string' && CREDIT_TYPES.has(raw.type)) credit.type = raw.type as NonNullable<Credit['type']>;
    else if (raw.type !== undefined)
      drop('credit-unmapped', ['credits', i, 'type'], `Credit type ${JSON.stringify(raw.type)} is unknown.`, raw.type);
    if (Array.isArray(raw.contact)) {
      const contact: string[] = [];
      for (const [k, c] of raw.contact.entries()) {
        const value = String(c);
        const asMail = /^[^@\s:/]+@[^@\s:/]+$/.test(value) ? `mailto:${value}` : value;
        const cleaned = cleanUrl(asMail);
        if (!cleaned)
          drop('credit-unmapped', ['credits', i, 'contact', k], `The contact ${JSON.stringify(value)} is not an https: or mailto: URL.`, c);
        else {
          if (cleaned !== value) change('url-https', ['credits', i, 'contact', k], `${value} → ${cleaned}`, value, cleaned);
          contact.push(cleaned);
        }
      }
      if (contact.length) credit.contact = contact;
    }
    return credit;
  });
}

function summaryOf(
  raw: unknown,
  details: string | undefined,
  affected: Affected[],
  aliases: string[],
  sourceId: string,
  change: Change,
): string {
  if (typeof raw === 'string' && raw.trim() !== '') {
    const oneLine = raw.replace(/\s*[\r\n]+\s*/g, ' ').trim();
    const short = shorten(oneLine, 200);
    if (short !== raw) change('summary-shortened', ['summary'], `Summary made one line of at most 200 characters.`, raw, short);
    return short;
  }
  const names = [...new Set(affected.map((a) => a.package.name))];
  if (names.length === 0) {
    // A tombstone with neither summary nor packages: say what it is.
    const summary = shorten(`Withdrawn: ${details ? firstSentence(details) : sourceId}`, 200);
    change('summary-generated', ['summary'], `No summary; written for the withdrawn record: "${summary}".`, undefined, summary);
    return summary;
  }
  const subject = names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
  const sentence = details ? firstSentence(details) : `${aliases.find((a) => a !== sourceId) ?? sourceId}`;
  const summary = shorten(`${subject}: ${sentence}`, 200);
  change('summary-generated', ['summary'], `No summary; written from the package and the details: "${summary}".`, undefined, summary);
  return summary;
}

function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const m = /^(.{20,}?[.!?])(\s|$)/.exec(flat);
  return m?.[1] ?? flat;
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** https: and mailto: pass; http: becomes https:; anything else cannot be kept as a link. */
function cleanUrl(url: string): string | undefined {
  const trimmed = url.trim();
  if (trimmed === '') return undefined;
  if (!urlProblem(trimmed)) return trimmed;
  if (/^http:\/\//i.test(trimmed)) {
    const https = `https://${trimmed.slice(7)}`;
    if (!urlProblem(https)) return https;
  }
  return undefined;
}

interface TrackerFields {
  timeline: AdvisoryFile['timeline'];
  withdrawn_reason?: string;
  coordinator?: string;
  fixes?: Fix[];
}

/** What a Watchkeeper export carried under database_specific.watchkeeper, read back. */
function restoreTrackerFields(saved: Record<string, unknown> | undefined): TrackerFields {
  if (!saved) return { timeline: {} };
  const timeline: AdvisoryFile['timeline'] = {};
  if (isObject(saved.timeline)) {
    for (const key of ['reported', 'disclosed', 'fixed'] as const) {
      const value = saved.timeline[key];
      if (typeof value === 'string') timeline[key] = value;
    }
  }
  return {
    timeline,
    ...(typeof saved.withdrawn_reason === 'string' ? { withdrawn_reason: saved.withdrawn_reason } : {}),
    ...(typeof saved.coordinator === 'string' ? { coordinator: saved.coordinator } : {}),
    ...(Array.isArray(saved.fixes) ? { fixes: saved.fixes as Fix[] } : {}),
  };
}

function unique(list: string[]): string[] {
  const seen = new Set<string>();
  return list.filter((x) => {
    const key = x.toUpperCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

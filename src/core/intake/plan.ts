import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Document, isMap, isSeq, type YAMLMap, type YAMLSeq } from 'yaml';
import { canonicalText, dataToCanonicalYaml } from '../authoring/canonical-yaml.ts';
import { TRIAGE_ROOT } from '../authoring/schema-order.ts';
import { type Diagnostic, diagnostic } from '../diagnostics.ts';
import { isTriagePublishable } from '../embargo/publishable.ts';
import { validateFile } from '../schema/friendly-errors.ts';
import { CLOSED, currentEvent, expectedYear } from '../triage/model.ts';
import type { TriageEvent, TriageFile, TriagePackage, TriageReference, TriageReleaseStatus } from '../types.gen.ts';
import { readYaml } from '../yaml/read-yaml.ts';
import type { Inventory } from './inventory.ts';
import { type MatchedEntry, matchRecord } from './match.ts';
import { digestOf as digest, type IntakeRepoState } from './repo-state.ts';
import type { UpstreamRecord } from './upstream.ts';

/** One line of the report: what intake decided for one vulnerability. */
export interface IntakeOutcome {
  /** The vulnerability id (the CVE when there is one). */
  id: string;
  inputs: string[];
  kind: 'matched' | 'unmatched' | 'ambiguous' | 'rejected';
  reason: string;
  /** For unmatched: the inventory line that would match it (a near miss, docs/triage.md), for a human to judge. */
  hint?: string;
  /** For matched: the package × release entries, and which are new. */
  entries?: (MatchedEntry & { added: boolean })[];
  /** The file created or changed, when there is one. */
  file?: string;
  action?: 'create' | 'update' | 'none';
}

export interface PlannedWrite {
  file: string;
  text: string;
  create: boolean;
  /** For an update: the SHA-256 of the bytes the plan was made from; the write is refused when the file no longer has it. */
  digest?: string;
}

export interface IntakePlan {
  outcomes: IntakeOutcome[];
  writes: PlannedWrite[];
  diagnostics: Diagnostic[];
}

const CVE = /^CVE-\d{4}-\d+$/i;
const VULN_ID = /^[A-Za-z][A-Za-z0-9._:-]{1,99}$/;

/**
 * Groups the upstream records by vulnerability (an OSV record whose aliases
 * hold a CVE joins that CVE), matches each group against the inventory and
 * plans the file it creates or the entries, aliases, references and rejected
 * events it adds to an existing record. Nothing existing is changed or
 * removed. Every planned file is rendered in canonical form, read back and
 * validated against the triage schema here, before anything is written.
 */
export function planIntake(
  upstream: readonly UpstreamRecord[],
  state: IntakeRepoState,
  inventory: Inventory,
  options: { root: string; now: Date; release?: string },
): IntakePlan {
  const plan: IntakePlan = { outcomes: [], writes: [], diagnostics: [] };
  const groups = groupRecords(upstream, plan.diagnostics);
  const at = options.now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const ambiguous = (id: string, inputs: string[], reason: string) => {
    plan.outcomes.push({ id, inputs, kind: 'ambiguous', reason });
    plan.diagnostics.push(
      diagnostic(
        'INTAKE_AMBIGUOUS',
        (inputs[0] ?? '').replace(/#\/\d+$/, ''),
        '',
        `${id} was not taken in: ${reason}.`,
        'Decide by hand which package it is about, or sharpen the inventory, then run intake again.',
      ),
    );
  };
  for (const group of groups.values()) {
    const id = group.id;
    const inputs = group.records.map((r) => r.input);
    const ids = new Set([id, ...group.records.flatMap((r) => [r.id, ...r.aliases])].map((x) => x.toUpperCase()));
    // Its record may be the file that cannot be read (INTAKE_RECORD_INVALID, already reported): leave the id alone.
    if ([...ids].some((x) => state.unreadableIds.has(x))) continue;
    const holders = [...new Set([...ids].flatMap((x) => state.recordFiles.get(x) ?? []))];
    if (holders.length > 1) {
      ambiguous(id, inputs, `its ids are held by ${holders.length} records (${holders.join(', ')}); merge them first`);
      continue;
    }
    const file = holders[0];
    const existing = file ? state.records.get(file) : undefined;
    // A public upstream record naming an embargoed advisory (its id, or its CVE): writing it into a
    // publishable record would publish the secret. Only a record that is itself under embargo may hold it.
    const secret = [...ids].find((x) => state.embargoedIds.has(x));
    if (secret && !(existing && !isTriagePublishable(existing, options.now))) {
      plan.diagnostics.push(
        diagnostic(
          'INTAKE_EMBARGOED',
          (inputs[0] ?? '').replace(/#\/\d+$/, ''),
          '',
          `${id} was not taken in: it names ${secret}, which ${state.embargoedIds.get(secret)} holds and which is not publishable yet; a public triage record holding it would disclose the embargo.`,
          'Ask the coordinator: if the embargo is broken upstream, lift it in the advisory first; otherwise add the record by hand with the same `embargo`, then run intake again.',
        ),
      );
      continue;
    }
    if (group.records.some((r) => r.rejected && r.format === 'cve5') || group.records.every((r) => r.rejected)) {
      plan.outcomes.push(planRejected(id, inputs, file, existing, at, options.root, plan, state));
      continue;
    }
    const matches = group.records.map((r) => ({ record: r, result: matchRecord(r, inventory, options.release) }));
    const problem = matches.find((m) => m.result.kind === 'not-in-inventory');
    if (problem && problem.result.kind === 'not-in-inventory') {
      const inputFile = problem.record.input.replace(/#\/\d+$/, '');
      plan.diagnostics.push(
        diagnostic(
          'INTAKE_NOT_IN_INVENTORY',
          inputFile,
          problem.result.pointer,
          `${problem.record.id} names something the inventory does not have: ${problem.result.reason}.`,
          'Add the release or package to vulns/releases/ if the team ships it, or leave this record out of the input.',
        ),
      );
      continue;
    }
    const unclear = matches.find((m) => m.result.kind === 'ambiguous');
    if (unclear && unclear.result.kind === 'ambiguous') {
      ambiguous(id, inputs, unclear.result.reason);
      continue;
    }
    const entries = new Map<string, MatchedEntry>();
    for (const m of matches)
      if (m.result.kind === 'matched')
        for (const e of m.result.entries) entries.set(`${e.package}@${e.release}`, entries.get(`${e.package}@${e.release}`) ?? e);
    if (entries.size === 0) {
      const reasons = [...new Set(matches.map((m) => (m.result.kind === 'unmatched' ? m.result.reason : '')).filter(Boolean))];
      const hints = [...new Set(matches.map((m) => (m.result.kind === 'unmatched' ? (m.result.hint ?? '') : '')).filter(Boolean))];
      plan.outcomes.push({
        id,
        inputs,
        kind: 'unmatched',
        reason: reasons.join('; '),
        ...(hints.length ? { hint: hints.join('; ') } : {}),
      });
      continue;
    }
    const sorted = [...entries.values()].sort((a, b) => a.package.localeCompare(b.package) || a.release.localeCompare(b.release));
    const outcome =
      existing && file
        ? planUpdate(id, inputs, file, existing, group.records, sorted, at, options.root, plan, state)
        : planCreate(id, inputs, group.records, sorted, at, plan);
    plan.outcomes.push(outcome);
  }
  return plan;
}

interface Group {
  id: string;
  records: UpstreamRecord[];
}

/** One group per vulnerability; the same record twice is read once, the same id with other content is INTAKE_CONFLICT. */
function groupRecords(upstream: readonly UpstreamRecord[], diagnostics: Diagnostic[]): Map<string, Group> {
  const seen = new Map<string, { record: UpstreamRecord; content: string }>();
  const groups = new Map<string, Group>();
  const conflicted = new Set<string>();
  for (const record of upstream) {
    const key = `${record.format}:${record.id.toUpperCase()}`;
    const { input: _input, ...rest } = record;
    const content = JSON.stringify(rest);
    const earlier = seen.get(key);
    if (earlier) {
      if (earlier.content !== content) {
        conflicted.add(vulnerabilityId(record).toUpperCase());
        diagnostics.push(
          diagnostic(
            'INTAKE_CONFLICT',
            record.input.replace(/#\/\d+$/, ''),
            '',
            `${record.id} is also in ${earlier.record.input}, with different content; intake cannot tell which is current.`,
            'Give intake one version of each record (the newest), then run it again.',
          ),
        );
      }
      continue;
    }
    seen.set(key, { record, content });
    const id = vulnerabilityId(record);
    const group = groups.get(id.toUpperCase()) ?? { id, records: [] };
    group.records.push(record);
    groups.set(id.toUpperCase(), group);
  }
  for (const key of conflicted) groups.delete(key);
  return groups;
}

/** A record's vulnerability id: a CVE's own id, else the first CVE among its aliases, else its own id. */
function vulnerabilityId(record: UpstreamRecord): string {
  if (CVE.test(record.id)) return record.id.toUpperCase();
  const cve = record.aliases.find((a) => CVE.test(a));
  return cve ? cve.toUpperCase() : record.id;
}

function detectedEvent(at: string, entry: MatchedEntry): TriageEvent {
  return { status: 'detected', at, note: `Found by intake: ${entry.via}.` };
}

function earliest(records: readonly UpstreamRecord[]): string | undefined {
  return records
    .map((r) => r.published)
    .filter((p): p is string => Boolean(p))
    .sort()[0];
}

function planCreate(
  id: string,
  inputs: string[],
  records: readonly UpstreamRecord[],
  entries: readonly MatchedEntry[],
  at: string,
  plan: IntakePlan,
): IntakeOutcome {
  const main = records.find((r) => r.format === 'cve5') ?? records[0];
  const aliases = [...new Set(records.flatMap((r) => [r.id, ...r.aliases]).filter((a) => a.toUpperCase() !== id.toUpperCase()))];
  const references = mergeReferences(
    [],
    records.flatMap((r) => r.references),
  );
  const published = earliest(records);
  const packages: TriagePackage[] = [];
  for (const e of entries) {
    const release: TriageReleaseStatus = { release: e.release, events: [detectedEvent(at, e)] };
    const p = packages.find((x) => x.name === e.package);
    if (p) p.releases.push(release);
    else packages.push({ name: e.package, releases: [release] });
  }

  const [first, ...rest] = packages;
  if (!first) throw new Error('planCreate needs at least one entry');
  const data: TriageFile = {
    id,
    ...(aliases.length ? { aliases } : {}),
    summary: main?.summary ?? id,
    ...(references.length ? { references } : {}),
    ...(published ? { published_upstream: published } : {}),
    packages: [first, ...rest],
  };
  const year = expectedYear(data) ?? at.slice(0, 4);
  const file = `vulns/${year}/${id}.yaml`;
  const text = dataToCanonicalYaml(
    data,
    ` Found by \`npm run intake\` (${records.map((r) => r.id).join(', ')}); triage it: docs/triage.md.`,
    TRIAGE_ROOT,
  );
  const outcome: IntakeOutcome = {
    id,
    inputs,
    kind: 'matched',
    reason: 'new record',
    entries: entries.map((e) => ({ ...e, added: true })),
    file,
    action: 'create',
  };
  if (checkPlanned(file, text, inputs, plan)) plan.writes.push({ file, text, create: true });
  return outcome;
}

function planUpdate(
  id: string,
  inputs: string[],
  file: string,
  existing: TriageFile,
  records: readonly UpstreamRecord[],
  entries: readonly MatchedEntry[],
  at: string,
  root: string,
  plan: IntakePlan,
  state: IntakeRepoState,
): IntakeOutcome {
  const doc = readDoc(root, file, state, inputs, plan);
  if (!doc) return { id, inputs, kind: 'matched', reason: 'the record changed while intake ran', file, action: 'none' };
  const have = new Set(existing.packages.flatMap((p) => p.releases.map((r) => `${p.name}@${r.release}`)));
  const added = entries.filter((e) => !have.has(`${e.package}@${e.release}`));
  for (const e of added) {
    const index = existing.packages.findIndex((p) => p.name === e.package);
    const release: TriageReleaseStatus = { release: e.release, events: [detectedEvent(at, e)] };
    if (index === -1) {
      seq(doc, ['packages']).add(doc.createNode({ name: e.package, releases: [release] }));
      existing = { ...existing, packages: [...existing.packages, { name: e.package, releases: [release] }] };
    } else seq(doc, ['packages', index, 'releases']).add(doc.createNode(release));
  }
  const known = new Set([existing.id, ...(existing.aliases ?? [])].map((a) => a.toUpperCase()));
  const newAliases = [...new Set(records.flatMap((r) => [r.id, ...r.aliases]))].filter(
    (a) => !known.has(a.toUpperCase()) && VULN_ID.test(a),
  );
  for (const alias of newAliases) seq(doc, ['aliases']).add(doc.createNode(alias));
  const urls = new Set((existing.references ?? []).map((r) => r.url));
  const newRefs = mergeReferences(
    existing.references ?? [],
    records.flatMap((r) => r.references),
  ).filter((r) => !urls.has(r.url));
  for (const r of newRefs) seq(doc, ['references']).add(doc.createNode(r));
  const changed = added.length + newAliases.length + newRefs.length > 0;
  const outcome: IntakeOutcome = {
    id,
    inputs,
    kind: 'matched',
    reason: changed
      ? `adds ${[added.length && `${added.length} entries`, newAliases.length && `${newAliases.length} aliases`, newRefs.length && `${newRefs.length} references`].filter(Boolean).join(', ')}`
      : 'already tracked',
    entries: entries.map((e) => ({ ...e, added: added.includes(e) })),
    file,
    action: changed ? 'update' : 'none',
  };
  if (changed) {
    const text = canonicalText(doc, TRIAGE_ROOT);
    if (checkPlanned(file, text, inputs, plan)) plan.writes.push({ file, text, create: false, ...digestOf(state, file) });
  }
  return outcome;
}

/**
 * A REJECTED CVE: a `rejected` event for every entry still open. An entry the
 * team has decided (not affected, fixed, will not fix) keeps its decision: it
 * is reported for a human instead (INTAKE_REJECTED_DECIDED).
 */
function planRejected(
  id: string,
  inputs: string[],
  file: string | undefined,
  existing: TriageFile | undefined,
  at: string,
  root: string,
  plan: IntakePlan,
  state: IntakeRepoState,
): IntakeOutcome {
  if (!file || !existing) return { id, inputs, kind: 'rejected', reason: 'rejected upstream; no record here to mark', action: 'none' };
  const doc = readDoc(root, file, state, inputs, plan);
  if (!doc) return { id, inputs, kind: 'rejected', reason: 'the record changed while intake ran', file, action: 'none' };
  const marked: string[] = [];
  const decided: string[] = [];
  for (const [i, p] of existing.packages.entries()) {
    for (const [j, r] of p.releases.entries()) {
      const status = currentEvent(r.events)?.status;
      if (status === 'rejected') continue;
      if (status && CLOSED.includes(status)) {
        decided.push(`${p.name}@${r.release} (${status})`);
        continue;
      }
      seq(doc, ['packages', i, 'releases', j, 'events']).add(
        doc.createNode({ status: 'rejected', at, note: `${id} was REJECTED upstream; marked by intake.` }),
      );
      marked.push(`${p.name}@${r.release}`);
    }
  }
  if (decided.length) {
    plan.diagnostics.push(
      diagnostic(
        'INTAKE_REJECTED_DECIDED',
        file,
        '',
        `${id} was REJECTED upstream, but the team has decided ${decided.join(', ')}; intake does not overwrite a decision.`,
        'Check the decision: if the rejection stands, add a note or a `rejected` event by hand.',
      ),
    );
  }
  if (marked.length) {
    const text = canonicalText(doc, TRIAGE_ROOT);
    if (checkPlanned(file, text, inputs, plan)) plan.writes.push({ file, text, create: false, ...digestOf(state, file) });
  }
  return {
    id,
    inputs,
    kind: 'rejected',
    reason: marked.length
      ? `marked rejected: ${marked.join(', ')}`
      : decided.length
        ? 'left as decided (needs a human)'
        : 'already marked rejected',
    file,
    action: marked.length ? 'update' : 'none',
  };
}

/**
 * The record's YAML document, read again to keep its comments, but only when
 * its bytes are still those the plan's data came from: a record edited in the
 * meantime (a `triage set` during a long run) is reported, not merged blindly.
 */
function readDoc(
  root: string,
  file: string,
  state: IntakeRepoState,
  inputs: readonly string[],
  plan: IntakePlan,
): Document.Parsed | undefined {
  const bytes = readFileSync(join(root, file));
  const read = digest(bytes) === state.digests.get(file) ? readYaml(file, bytes) : undefined;
  if (read?.yaml) return read.yaml.doc;
  plan.diagnostics.push(recordChanged(file, inputs));
  return undefined;
}

function digestOf(state: IntakeRepoState, file: string): { digest?: string } {
  const value = state.digests.get(file);
  return value ? { digest: value } : {};
}

/** INTAKE_RECORD_CHANGED: the record is not the one intake read; nothing is written for it. */
export function recordChanged(file: string, inputs: readonly string[]): Diagnostic {
  return diagnostic(
    'INTAKE_RECORD_CHANGED',
    file,
    '',
    `The record changed on disk while intake was running (another \`triage set\`, an editor, a pull); intake does not overwrite it${inputs.length ? ` with what ${(inputs[0] ?? '').replace(/#\/\d+$/, '')} adds` : ''}.`,
    'Run intake again: it reads the record as it is now.',
  );
}

/** The sequence at `path`, created when the key is absent (aliases, references). */
function seq(doc: Document, path: (string | number)[]): YAMLSeq {
  const node = doc.getIn(path, true);
  if (isSeq(node)) return node;
  const parent = doc.getIn(path.slice(0, -1), true);
  if (!isMap(parent)) throw new Error(`no mapping at ${path.slice(0, -1).join('/')}`);
  const created = doc.createNode([]) as YAMLSeq;
  (parent as YAMLMap).set(path.at(-1), created);
  return created;
}

function mergeReferences(existing: readonly TriageReference[], incoming: readonly TriageReference[]): TriageReference[] {
  const seen = new Set(existing.map((r) => r.url));
  const out: TriageReference[] = [];
  for (const r of incoming) {
    if (seen.has(r.url) || existing.length + out.length >= 1000) continue;
    seen.add(r.url);
    out.push(r);
  }
  return out;
}

/** The planned text read back with the safe reader and validated; INTAKE_INVALID (and no write) when it fails. */
function checkPlanned(file: string, text: string, inputs: readonly string[], plan: IntakePlan): boolean {
  const read = readYaml(file, new TextEncoder().encode(text));
  const problems = read.yaml ? validateFile('triage', read.yaml) : read.diagnostics;
  if (!read.yaml || problems.length > 0 || !file.startsWith('vulns/') || file.split('/').length !== 3) {
    plan.diagnostics.push(
      diagnostic(
        'INTAKE_INVALID',
        (inputs[0] ?? file).replace(/#\/\d+$/, ''),
        '',
        `The record intake would write as ${file} does not pass the triage schema: ${problems.map((p) => `${p.pointer || '/'} ${p.message}`).join('; ') || 'its path is not vulns/<year>/<ID>.yaml'}`,
        'Fix the upstream record (its id and summary are copied as they are), or write this record by hand.',
      ),
    );
    return false;
  }
  return true;
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Document } from 'yaml';
import { isSeq } from 'yaml';
import { canonicalText } from '../authoring/canonical-yaml.ts';
import { TRIAGE_ROOT } from '../authoring/schema-order.ts';
import { replaceFileAtomic } from '../authoring/write-file.ts';
import type { CheckContext } from '../checks/context.ts';
import { type Diagnostic, diagnostic } from '../diagnostics.ts';
import type { Database } from '../model.ts';
import { parseFile } from '../parse-file.ts';
import { formatInstant } from '../time.ts';
import type { TriageEvent, TriageFile } from '../types.gen.ts';
import { locate } from '../yaml/locate.ts';
import { triageChecks } from './checks/index.ts';
import { expectedYear, type TriageRecord, type TriageStatus } from './model.ts';

/** What `npm run triage -- set` records: one event for a package, in one release or in every release the record lists. */
export interface SetStatusInput {
  id: string;
  package: string;
  /** Without it, the event goes to every release the record lists for the package. */
  release?: string;
  status: TriageStatus;
  /** When it happened; `now` (whole seconds) when absent. Never after now (TRIAGE_EVENT_FUTURE). */
  at?: string;
  by?: string;
  note?: string;
  /** The fields of one status each (STATUS_FIELDS); a field of another status is refused (TRIAGE_EVENT_FIELD). */
  fields?: Partial<Pick<TriageEvent, 'justification' | 'statement' | 'version' | 'advisory' | 'commit' | 'update' | 'reason'>>;
}

export type SetStatusResult =
  | {
      ok: true;
      file: string;
      /** The releases the event was appended to. */
      releases: string[];
      event: TriageEvent;
      /** Warnings the edited record draws (an overdue package, …); never errors. */
      diagnostics: Diagnostic[];
    }
  | { ok: false; file: string; diagnostics: Diagnostic[] };

/**
 * Appends one event to a triage record and rewrites the file in its canonical
 * form, comments kept (the yaml Document API), atomically. The edited record
 * goes through the same schema and triage checks as `npm run check` first: if
 * the edit brings a new error (a not_affected without justification, a fixed
 * without version, an impossible transition, an unknown package, release or
 * member, an event in the future), nothing is written and the errors are
 * returned. Errors the record already had are not the edit's and do not block it.
 */
export function setTriageStatus(root: string, db: Database, input: SetStatusInput, now: Date): SetStatusResult {
  const record = db.triageById.get(input.id.toUpperCase());
  if (!record) return refuse(guessFile(input.id), [missingRecord(root, db, input.id)]);
  const file = record.file;

  let bytes: Uint8Array;
  try {
    bytes = readFileSync(join(root, file));
  } catch (error) {
    return refuse(file, [
      diagnostic(
        'FILE_UNREADABLE',
        file,
        '',
        `The record cannot be read: ${(error as Error).message}.`,
        'Check that it exists and is readable.',
      ),
    ]);
  }
  const original = parseFile(file, bytes, 'triage');
  if (!original.yaml || original.data === undefined) return refuse(file, original.diagnostics);
  // The checks below judge the edit against the database as loaded: a record changed on disk since then
  // (another `triage set`, an editor, a pull) would be judged on stale data, and its change could be lost.
  if (!isDeepStrictEqual({ ...(original.data as TriageFile), file }, record)) return refuse(file, [changedOnDisk(file, 'since')]);
  const doc = original.yaml.doc;

  const event: TriageEvent = {
    status: input.status,
    at: input.at ?? formatInstant(new Date(Math.floor(now.getTime() / 1000) * 1000)),
    ...(input.by ? { by: input.by } : {}),
    ...(input.note ? { note: input.note } : {}),
    ...input.fields,
  };
  const data = original.data as TriageFile;
  const p = data.packages.findIndex((pkg) => pkg.name === input.package);
  const pkg = data.packages[p];
  const releases: string[] = [];
  if (input.release === undefined) {
    if (!pkg) return refuse(file, [noRelease(db, record, input.package)]);
    for (const [r, rel] of pkg.releases.entries()) {
      append(doc, ['packages', p, 'releases', r, 'events'], event);
      releases.push(rel.release);
    }
  } else if (!pkg) {
    // A package the record does not list yet: its first log; the inventory checks decide whether it exists.
    append(doc, ['packages'], { name: input.package, releases: [{ release: input.release, events: [event] }] });
    releases.push(input.release);
  } else {
    const r = pkg.releases.findIndex((rel) => rel.release === input.release);
    if (r === -1) append(doc, ['packages', p, 'releases'], { release: input.release, events: [event] });
    else append(doc, ['packages', p, 'releases', r, 'events'], event);
    releases.push(input.release);
  }

  const text = canonicalText(doc, TRIAGE_ROOT);
  const edited = parseFile(file, new TextEncoder().encode(text), 'triage');
  if (!edited.yaml || edited.data === undefined) return refuse(file, edited.diagnostics);
  const after = recordChecks(db, record, { ...(edited.data as TriageFile), file }, now, edited.yaml);
  const before = new Set(recordChecks(db, record, record, now).map(key));
  const introduced = after.filter((d) => d.severity === 'error' && !before.has(key(d)));
  if (introduced.length > 0) return refuse(file, introduced);

  // Last look before the rename: a writer that finished while this edit was being checked is not overwritten.
  if (!sameBytes(readOrUndefined(join(root, file)), bytes)) return refuse(file, [changedOnDisk(file, 'while')]);
  replaceFileAtomic(join(root, file), text);
  return { ok: true, file, releases, event, diagnostics: after.filter((d) => d.severity !== 'error') };
}

/** The triage checks over the database with `record` in the place of `old`, keeping those about its file. */
function recordChecks(db: Database, old: TriageRecord, record: TriageRecord, now: Date, yaml?: Parameters<typeof locate>[0]): Diagnostic[] {
  const triage = db.triage.map((t) => (t === old ? record : t));
  const ctx: CheckContext = {
    db: { ...db, triage },
    now,
    locate: (file, pointer, part) => (yaml && file === record.file ? locate(yaml, pointer, part) : undefined),
  };
  return triageChecks(ctx).filter((d) => d.file === record.file);
}

const key = (d: Diagnostic) => `${d.code} ${d.pointer}`;

function append(doc: Document.Parsed, path: (string | number)[], value: unknown): void {
  const seq = doc.getIn(path, true);
  if (!isSeq(seq)) throw new Error(`expected a list at ${path.join('.')} in a schema-valid triage record`);
  seq.items.push(doc.createNode(value));
}

function readOrUndefined(path: string): Uint8Array | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array): boolean {
  return a !== undefined && Buffer.compare(a, b) === 0;
}

function changedOnDisk(file: string, when: 'since' | 'while'): Diagnostic {
  return diagnostic(
    'TRIAGE_SET_CONFLICT',
    file,
    '',
    when === 'since'
      ? 'The record changed on disk after it was loaded, so the edit would be checked against stale data; nothing was written.'
      : 'The record changed on disk while the edit was being checked (another `triage set` or an editor wrote it); nothing was written, so that change is kept.',
    'Look at the record as it is now (git diff), then run the command again.',
  );
}

function refuse(file: string, diagnostics: Diagnostic[]): SetStatusResult {
  return { ok: false, file, diagnostics };
}

function guessFile(id: string): string {
  const year = expectedYear({ id }) ?? '<year>';
  return `vulns/${year}/${id}.yaml`;
}

function missingRecord(root: string, db: Database, id: string): Diagnostic {
  const broken = db.diagnostics.some((d) => d.file === guessFile(id) && d.severity === 'error');
  // A sealed (OpenPGP-encrypted) record cannot be edited in place: say so rather than "has errors".
  const head = broken ? readOrUndefined(join(root, guessFile(id)))?.subarray(0, 64) : undefined;
  const sealed = head !== undefined && /^\s*-----BEGIN PGP /.test(new TextDecoder().decode(head));
  if (sealed)
    return diagnostic(
      'TRIAGE_SET_RECORD_MISSING',
      guessFile(id),
      '',
      `The record ${id} is sealed (an OpenPGP message), so no event can be added to it without opening it; nothing was written.`,
      'Open it with `npm run unseal` (docs/sealing.md), add the event, and seal it again.',
    );
  const aliasOf = db.triageByAlias.get(id.toUpperCase())?.[0];
  return diagnostic(
    'TRIAGE_SET_RECORD_MISSING',
    guessFile(id),
    '',
    broken
      ? `The record ${id} does not load (its file has errors), so no event can be added to it.`
      : aliasOf
        ? `There is no record with the id ${id}; it is an alias in ${aliasOf.file}, whose id is ${aliasOf.id}.`
        : `There is no triage record with the id ${id} in vulns/.`,
    broken
      ? 'Run `npm run check` and fix the errors it reports for this file first.'
      : aliasOf
        ? `Use the record's id: npm run triage -- set ${aliasOf.id} …`
        : 'Check the id (npm run triage lists the open ones), or let `npm run intake` create the record first.',
  );
}

function noRelease(db: Database, record: TriageRecord, name: string): Diagnostic {
  const listed = record.packages.map((p) => p.name).join(', ');
  const ships = db.releases.filter((r) => r.packages.some((p) => p.name === name)).map((r) => r.id);
  return diagnostic(
    'TRIAGE_SET_RELEASE_MISSING',
    record.file,
    '/packages',
    `${record.id} lists no release for ${name} (it tracks ${listed}), so there is no event log to add to.`,
    ships.length
      ? `Name the release to start one: ${name}@${ships[0]}${ships.length > 1 ? ` (or ${ships.slice(1).join(', ')})` : ''}.`
      : `Name the package as the record lists it, or as a release's inventory does, with @<release>.`,
  );
}

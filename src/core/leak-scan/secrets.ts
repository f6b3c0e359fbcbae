import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Diagnostic, diagnostic } from '../diagnostics.ts';
import { isPublishable, isTriagePublishable } from '../embargo/publishable.ts';
import { listDataFiles, SEALED_FOLDERS } from '../files.ts';
import { parseFile } from '../parse-file.ts';
import type { AdvisoryFile, TriageFile } from '../types.gen.ts';
import { type SecretAdvisory, secretOf, secretOfTriage } from './needles.ts';
import { surelyPublishable, surelyTriagePublishable } from './quick-publishable.ts';

export interface Secrets {
  secrets: SecretAdvisory[];
  /** Errors of data files that do not read: their text is unknown, so the scan cannot vouch for the output. */
  diagnostics: Diagnostic[];
}

export const ID_IN_NAME = /^([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*-\d{4}-\d{1,9})(?:\.|$)/;
/** A triage record's file name is its id, which need not hold a year (GHSA-xxxx-xxxx-xxxx). */
const TRIAGE_NAME = /^([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+)\.yaml$/;
const TRIAGE_FILE = /^vulns\/(?!releases\/|sealed\/)[^/]+\/[^/]+\.yaml$/;

/** Which kind of secret a data file can hold, by its path: triage records under vulns/, advisories otherwise. */
export function secretKindOf(rel: string): 'advisory' | 'triage' {
  return TRIAGE_FILE.test(rel) ? 'triage' : 'advisory';
}

/**
 * Every advisory and triage record in the working tree at `root` that is not
 * publishable at `now`, for the leak scan. Files that read plainly as
 * published are settled by a line scan (surelyPublishable) instead of a full
 * parse, so the scan does not depend on the parse cache and stays fast at tens
 * of thousands of files; every other file is parsed and validated in full. A
 * file that does not read, and every sealed draft, gives its id from its file
 * name.
 */
export function secretsInFolder(root: string, now: Date): Secrets {
  const out: Secrets = { secrets: [], diagnostics: [] };
  const files = listDataFiles(root);
  out.diagnostics.push(...files.diagnostics.filter((d) => d.severity === 'error'));
  // Advisories first: their secret names decide which triage records publishableTriage leaves out too.
  let names: Set<string> | undefined;
  for (const rel of [...files.advisories, ...files.triage]) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(join(root, rel));
    } catch (error) {
      out.diagnostics.push(diagnostic('FILE_UNREADABLE', rel, '', `The file cannot be read (${(error as Error).message}).`));
      addUnreadable(out, rel);
      continue;
    }
    const one = secretOfFile(rel, bytes, now);
    out.diagnostics.push(...one.diagnostics);
    if (one.secret) out.secrets.push(one.secret);
    else if (secretKindOf(rel) === 'triage' && one.diagnostics.length === 0) {
      names ??= advisoryNames(out.secrets);
      const hidden = hiddenByAdvisory(rel, bytes, one.publishable, names, now);
      if (hidden) out.secrets.push(hidden);
    }
  }
  const walk = (rel: string) => {
    let entries: { name: string; folder: boolean }[];
    try {
      entries = readdirSync(join(root, rel), { withFileTypes: true }).map((d) => ({ name: d.name, folder: d.isDirectory() }));
    } catch {
      return;
    }
    for (const { name, folder } of entries) {
      if (folder) walk(`${rel}/${name}`);
      else addUnreadable(out, `${rel}/${name}`);
    }
  };
  for (const folder of SEALED_FOLDERS) walk(folder);
  return out;
}

/** Upper-cased ids and aliases of the unpublishable advisories read so far (not of unreadable files: their names are ids only). */
export function advisoryNames(secrets: readonly SecretAdvisory[]): Set<string> {
  return new Set(
    secrets
      .filter((s) => s.kind !== 'triage' && s.state !== 'unreadable')
      .flatMap((s) => [s.id, ...(s.aliases ?? [])].map((n) => n.toUpperCase())),
  );
}

/** The state of a record that is public on its own but hidden by an unpublishable advisory (hiddenByAdvisory). */
export const HIDDEN_BY_ADVISORY = 'a triage record for an advisory that is not publishable';

/**
 * publishableTriage leaves out a record that shares its id or an alias with an
 * unpublishable advisory, whatever its own fields say; so does the scan. The
 * shared name is already a needle (the advisory's); this adds the record's own
 * summary and notes. A record settled by the line scan is parsed only when its
 * text holds one of those names at all. The gate applies it to git objects too.
 */
export function hiddenByAdvisory(
  rel: string,
  bytes: Uint8Array,
  parsed: TriageFile | undefined,
  names: ReadonlySet<string>,
  now: Date,
): SecretAdvisory | undefined {
  if (names.size === 0) return undefined;
  let record = parsed;
  if (!record) {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8').toUpperCase();
    if (![...names].some((name) => text.includes(name))) return undefined;
    record = parseFile(rel, bytes, 'triage').data as TriageFile | undefined;
    if (!record) return undefined;
  }
  if (![record.id, ...(record.aliases ?? [])].some((n) => names.has(n.toUpperCase()))) return undefined;
  return { ...secretOfTriage({ ...record, file: rel }, now), state: HIDDEN_BY_ADVISORY };
}

function addUnreadable(out: Secrets, rel: string): void {
  const secret = unreadableSecret(rel);
  if (secret) out.secrets.push(secret);
}

/** A file whose text is unknown: its id, from its file name, is secret. */
export function unreadableSecret(rel: string): SecretAdvisory | undefined {
  const name = rel.split('/').pop() ?? '';
  const id = ID_IN_NAME.exec(name)?.[1] ?? (secretKindOf(rel) === 'triage' ? TRIAGE_NAME.exec(name)?.[1] : undefined);
  return id ? { id, file: rel, state: 'unreadable', kind: secretKindOf(rel) } : undefined;
}

/**
 * The one judgement of a data file's bytes — an advisory, or a triage record
 * under vulns/ — for the leak scan (working tree) and the gate (git objects):
 * nothing when it reads plainly as publishable; the secret when it is not
 * publishable at `now`; its id from its name, with the reasons, when it does
 * not read. A fully parsed publishable triage record is returned as
 * `publishable` so callers can apply publishableTriage's advisory rule.
 */
export function secretOfFile(
  rel: string,
  bytes: Uint8Array,
  now: Date,
): { secret?: SecretAdvisory; diagnostics: Diagnostic[]; publishable?: TriageFile } {
  const kind = secretKindOf(rel);
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (kind === 'advisory' ? surelyPublishable(text, now) : surelyTriagePublishable(text, now)) return { diagnostics: [] };
  const parsed = parseFile(rel, bytes, kind);
  if (parsed.data === undefined) {
    const secret = unreadableSecret(rel);
    return { ...(secret ? { secret } : {}), diagnostics: parsed.diagnostics.filter((d) => d.severity === 'error') };
  }
  if (kind === 'triage') {
    const record = parsed.data as TriageFile;
    return isTriagePublishable(record, now)
      ? { diagnostics: [], publishable: record }
      : { secret: secretOfTriage({ ...record, file: rel }, now), diagnostics: [] };
  }
  const data = parsed.data as AdvisoryFile;
  return isPublishable(data, now) ? { diagnostics: [] } : { secret: secretOf({ ...data, file: rel }, now), diagnostics: [] };
}

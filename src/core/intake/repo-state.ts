import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Diagnostic, diagnostic } from '../diagnostics.ts';
import { listDataFiles } from '../files.ts';
import { validateFile } from '../schema/friendly-errors.ts';
import type { Release } from '../triage/model.ts';
import type { ReleaseFile, TriageFile } from '../types.gen.ts';
import { readYaml } from '../yaml/read-yaml.ts';
import { embargoedAdvisoryIds } from './embargoed-ids.ts';

/** What intake knows about the repository: the inventories and the existing records, by every id they hold. */
export interface IntakeRepoState {
  releases: Release[];
  /** Upper-cased id or alias → repo-relative files of the records holding it. */
  recordFiles: Map<string, string[]>;
  /** Repo-relative path → the record's data. */
  records: Map<string, TriageFile>;
  /** Upper-cased ids (from their file names) of records that do not parse or validate: intake leaves those ids alone. */
  unreadableIds: Set<string>;
  /** Upper-cased ids and aliases of advisories not publishable at `now` → the advisory's file (embargoed-ids.ts). */
  embargoedIds: Map<string, string>;
  /** Repo-relative path → SHA-256 of the record's bytes as read: a file that changes before intake writes is not overwritten. */
  digests: Map<string, string>;
  diagnostics: Diagnostic[];
}

/**
 * Reads vulns/ with the same safe reader and schema as `npm run check`. A
 * release or record that does not parse or validate is an error: intake will
 * not match against an inventory it cannot read, nor risk creating a second
 * record for an id an unreadable file may hold, nor touch that file.
 */
export function readIntakeState(root: string, now: Date): IntakeRepoState {
  const files = listDataFiles(root);
  const embargoed = embargoedAdvisoryIds(root, files.advisories, now);
  const state: IntakeRepoState = {
    releases: [],
    recordFiles: new Map(),
    records: new Map(),
    unreadableIds: new Set(),
    embargoedIds: embargoed.ids,
    digests: new Map(),
    diagnostics: [...embargoed.diagnostics],
  };
  // A symlink, a stray file or a look-alike folder under vulns/ could hold a record intake cannot see: an error, as in check.
  state.diagnostics.push(...files.diagnostics.filter((d) => d.file === 'vulns' || d.file.startsWith('vulns/')));
  const read = <T>(rel: string, schema: 'triage' | 'release'): T | undefined => {
    let problems: Diagnostic[];
    try {
      const bytes = readFileSync(join(root, rel));
      if (schema === 'triage') state.digests.set(rel, digestOf(bytes));
      const result = readYaml(rel, bytes);
      problems = result.yaml ? validateFile(schema, result.yaml) : result.diagnostics;
      if (result.yaml && problems.length === 0) return result.yaml.data as T;
    } catch (error) {
      problems = [diagnostic('FILE_UNREADABLE', rel, '', `The file cannot be read: ${(error as Error).message}.`)];
    }
    const first = problems[0];
    state.diagnostics.push(
      diagnostic(
        'INTAKE_RECORD_INVALID',
        rel,
        first?.pointer ?? '',
        `Intake will not read or change this ${schema === 'release' ? 'release' : 'record'}: it does not ${problems.some((p) => p.code.startsWith('SCHEMA') || p.code.startsWith('TIME') || p.code.startsWith('URL')) ? 'validate' : 'parse'} (${first ? `${first.code}: ${first.message}` : 'unreadable'}).`,
        'Fix the file first (`npm run check` lists every problem), then run intake again.',
        first?.line !== undefined ? { line: first.line, column: first.column ?? 1 } : undefined,
      ),
    );
    return undefined;
  };
  for (const rel of files.releases) {
    const data = read<ReleaseFile>(rel, 'release');
    if (data) state.releases.push({ ...data, file: rel });
  }
  for (const rel of files.triage) {
    const data = read<TriageFile>(rel, 'triage');
    if (!data) {
      state.unreadableIds.add((rel.split('/').pop() ?? '').replace(/\.yaml$/, '').toUpperCase());
      continue;
    }
    state.records.set(rel, data);
    for (const id of new Set([data.id, ...(data.aliases ?? [])].map((a) => a.toUpperCase()))) {
      const list = state.recordFiles.get(id);
      if (list) list.push(rel);
      else state.recordFiles.set(id, [rel]);
    }
  }
  return state;
}

/** SHA-256 of a file's bytes, hex. */
export function digestOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

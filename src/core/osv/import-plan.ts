import { dataToCanonicalYaml } from '../authoring/canonical-yaml.ts';
import { sameData } from '../authoring/format-advisory.ts';
import { advisoryFileFor, type IdAllocator } from '../authoring/next-id.ts';
import { type Diagnostic, diagnostic } from '../diagnostics.ts';
import { validateFile } from '../schema/friendly-errors.ts';
import { readYaml } from '../yaml/read-yaml.ts';
import type { Converted } from './from-osv.ts';
import type { ImportChange } from './import-change.ts';

/** What import knows about the repository it writes into. */
export interface ImportState {
  allocator: IdAllocator;
  /** Upper-cased alias → the id of the advisory that has it (existing files and earlier records of this run). */
  aliasOwner: Map<string, string>;
}

export interface PlannedFile {
  input: string;
  sourceId: string;
  id: string;
  /** Repo-relative path of the new file. */
  file: string;
  text: string;
  changes: ImportChange[];
}

export interface PlanResult {
  planned: PlannedFile[];
  /** Records whose original id is already here (imported before). */
  skipped: { input: string; sourceId: string; existing: string; sameAs?: string; identical?: boolean }[];
  diagnostics: Diagnostic[];
}

/**
 * Gives each converted record its id and file and renders it. Records are
 * taken in published order (then by original id), so numbers within a year
 * follow time. An alias another advisory already has moves to `related`,
 * because the tracker keeps one advisory per vulnerability. Every rendered
 * file is read back with the safe reader and validated against the schema
 * before anything is written.
 */
export function planImport(records: { input: string; converted: Converted }[], state: ImportState): PlanResult {
  const result: PlanResult = { planned: [], skipped: [], diagnostics: [] };
  const sorted = [...records].sort(
    (a, b) =>
      (a.converted.advisory.timeline.published ?? '').localeCompare(b.converted.advisory.timeline.published ?? '') ||
      a.converted.sourceId.localeCompare(b.converted.sourceId) ||
      a.input.localeCompare(b.input),
  );
  const thisRun = new Map<string, { input: string; converted: Converted }>();
  for (const { input, converted } of sorted) {
    const { advisory, changes } = converted;
    const key = converted.sourceId.toUpperCase();
    const earlier = thisRun.get(key);
    if (earlier) {
      // Some databases ship one record in several folders (AlmaLinux 8 and 9 share errata).
      const same = sameData(stripId(earlier.converted), stripId(converted));
      result.skipped.push({
        input,
        sourceId: converted.sourceId,
        existing: earlier.converted.advisory.id,
        sameAs: earlier.input,
        identical: same,
      });
      continue;
    }
    const existing = state.aliasOwner.get(key);
    if (existing && !converted.ownId) {
      result.skipped.push({ input, sourceId: converted.sourceId, existing });
      continue;
    }
    thisRun.set(key, { input, converted });
    const id = converted.ownId && !state.allocator.has(converted.ownId) ? converted.ownId : state.allocator.next(converted.year);
    state.allocator.take(id);
    advisory.id = id;

    const kept: string[] = [];
    for (const alias of advisory.aliases ?? []) {
      const owner = state.aliasOwner.get(alias.toUpperCase());
      if (owner && owner !== id) {
        advisory.related = [...(advisory.related ?? []).filter((r) => r.toUpperCase() !== alias.toUpperCase()), alias];
        changes.push({
          kind: 'alias-to-related',
          pointer: '/aliases',
          message: `${alias} is already an alias of ${owner}; listed as related instead.`,
          from: alias,
        });
      } else kept.push(alias);
    }
    if (kept.length) advisory.aliases = kept;
    else delete advisory.aliases;
    for (const alias of kept) state.aliasOwner.set(alias.toUpperCase(), id);

    const file = advisoryFileFor(id);
    const header = converted.ownId
      ? ` Re-imported from the OSV export ${converted.sourceId} by \`npm run import\`.`
      : ` Imported from ${converted.sourceId} by \`npm run import\`; the original id is kept in aliases and\n database_specific.osv_import, with anything that could not be mapped.`;
    const text = dataToCanonicalYaml(advisory, header);
    const problems = validateRendered(file, text);
    if (problems.length > 0) {
      result.diagnostics.push(
        diagnostic(
          'IMPORT_INVALID',
          input,
          '',
          `${converted.sourceId} converts to an advisory that does not pass the schema: ${problems.map((p) => `${p.pointer || '/'} ${p.message}`).join('; ')}`,
          'Fix the input record, or import it and correct the written file by hand.',
        ),
      );
      continue;
    }
    result.planned.push({ input, sourceId: converted.sourceId, id, file, text, changes });
  }
  return result;
}

function stripId(converted: Converted): unknown {
  return { ...converted.advisory, id: '' };
}

function validateRendered(file: string, text: string): Diagnostic[] {
  const read = readYaml(file, new TextEncoder().encode(text));
  if (!read.yaml) return read.diagnostics;
  return validateFile('advisory', read.yaml);
}

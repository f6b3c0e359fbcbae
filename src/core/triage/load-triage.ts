import type { DataFiles } from '../files.ts';
import type { ReleaseFile, TriageFile } from '../types.gen.ts';
import type { Release, TriageData, TriageRecord } from './model.ts';

/** How load.ts reads one file: the shared safe YAML reader and AJV path (undefined when it is not clean). */
export type ReadFile = <T>(rel: string, schema: 'triage' | 'release') => { file: string; data: T } | undefined;

/**
 * Reads the triage records and releases listed under vulns/ through the same
 * reader as advisories and builds their indexes. Files that do not parse or
 * validate are left out; their diagnostics are already reported by `read`.
 */
export function loadTriage(files: Pick<DataFiles, 'triage' | 'releases'>, read: ReadFile): TriageData {
  const releases: Release[] = [];
  for (const rel of files.releases) {
    const loaded = read<ReleaseFile>(rel, 'release');
    if (loaded) releases.push({ ...loaded.data, file: rel });
  }
  const triage: TriageRecord[] = [];
  for (const rel of files.triage) {
    const loaded = read<TriageFile>(rel, 'triage');
    if (loaded) triage.push({ ...loaded.data, file: rel });
  }
  const data: TriageData = { triage, triageById: new Map(), triageByAlias: new Map(), releases, releaseById: new Map() };
  for (const r of releases) if (!data.releaseById.has(r.id)) data.releaseById.set(r.id, r);
  for (const t of triage) {
    const key = t.id.toUpperCase();
    if (!data.triageById.has(key)) data.triageById.set(key, t);
    for (const name of new Set([key, ...(t.aliases ?? []).map((a) => a.toUpperCase())])) {
      const list = data.triageByAlias.get(name);
      if (list) list.push(t);
      else data.triageByAlias.set(name, [t]);
    }
  }
  return data;
}

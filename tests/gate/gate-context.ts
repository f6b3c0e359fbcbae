// Shared set-up for the gate tests: a real repository (makeTestRepo) whose
// initial commit holds settings and roster, and helpers to branch from it.
import { type GateResult, runGate } from '../../src/core/gate/index.ts';
import { makeTestRepo, type TestRepo } from '../helpers/test-repo.ts';
import { commitSnapshot, readSnapshot, type Snapshot } from './fixtures/snapshot.ts';

export interface GateRepo {
  repo: TestRepo;
  /** The initial commit (settings and roster only). */
  root: string;
  initial: Snapshot;
  /** Commits a full snapshot; dates advance one minute per commit unless given. */
  commit(files: Snapshot, parents: string[], options?: { ref?: string; date?: Date }): Promise<string>;
  gate(base: string, head: string, now: Date): Promise<GateResult>;
}

export async function gateRepo(): Promise<GateRepo> {
  const repo = await makeTestRepo({}, { git: true });
  const { default: git } = await import('isomorphic-git');
  const fs = await import('node:fs');
  const root = await git.resolveRef({ fs, dir: repo.root, ref: 'HEAD' });
  const initial = await readSnapshot(repo.root, root);
  let tick = 1;
  return {
    repo,
    root,
    initial,
    commit: (files, parents, options = {}) =>
      commitSnapshot(repo.root, files, `commit ${tick}`, {
        parents,
        date: options.date ?? new Date(Date.parse('2026-01-01T00:00:00Z') + tick++ * 60_000),
        ...(options.ref ? { ref: options.ref } : {}),
      }),
    gate: (base, head, now) => runGate({ root: repo.root, base, head, now }),
  };
}

/** The codes of a result, sorted, for compact assertions. */
export function codes(result: GateResult): string[] {
  return result.diagnostics.map((d) => d.code).sort();
}

// Shared set-up for the tests that run the real gate command (`node
// scripts/gate.ts`) over triage records: a real repository whose base commit
// holds a release and the records a test file starts from, and a way to gate
// one change on top of any commit.
import type { Snapshot } from '../gate/fixtures/snapshot.ts';
import { type GateRepo, gateRepo } from '../gate/gate-context.ts';
import { runScript } from './run-script.ts';
import { releaseYaml } from './triage-data.ts';

export interface GateCommandRun {
  /** The exit status of the command. */
  code: number | null;
  /** Standard output then standard error. */
  out: string;
}

/** Runs `node scripts/gate.ts --root <root> --base <base> --head <head>`, end to end, with CI annotations off. */
export function gateCommand(root: string, base: string, head: string): GateCommandRun {
  const r = runScript('gate.ts', ['--root', root, '--base', base, '--head', head]);
  return { code: r.status, out: r.out };
}

export interface TriageGate {
  g: GateRepo;
  /** The initial snapshot plus release testix-1 and the files given to triageGate(). */
  base: Snapshot;
  /** `base` committed on the initial commit. */
  baseCommit: string;
  /** Commits `files` (a full snapshot) on top of `parent` and gates parent → it with the real command. */
  change(parent: string, files: Snapshot): Promise<GateCommandRun>;
  cleanup(): void;
}

/** A gate repository whose base commit holds release testix-1 (widget, gadget) and `files`. */
export async function triageGate(files: Snapshot): Promise<TriageGate> {
  const g = await gateRepo();
  const base: Snapshot = { ...g.initial, 'vulns/releases/testix-1.yaml': releaseYaml(), ...files };
  const baseCommit = await g.commit(base, [g.root]);
  return {
    g,
    base,
    baseCommit,
    change: async (parent, next) => gateCommand(g.repo.root, parent, await g.commit(next, [parent])),
    cleanup: () => g.repo.cleanup(),
  };
}

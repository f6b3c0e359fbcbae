import { type Diagnostic, diagnostic, hasErrors, sortDiagnostics } from '../diagnostics.ts';
import { buildInventory } from './inventory.ts';
import { type IntakeOutcome, planIntake } from './plan.ts';
import { readUpstream } from './read-upstream.ts';
import { readIntakeState } from './repo-state.ts';
import type { UpstreamRecord } from './upstream.ts';
import { writePlan } from './write-plan.ts';

export interface IntakeOptions {
  /** The data repository. */
  root: string;
  /** The upstream files: a label to report (the path as given) and their bytes. */
  inputs: readonly { file: string; bytes: Uint8Array }[];
  /** The time of the `detected` and `rejected` events. */
  now: Date;
  /** Only this release's packages. */
  release?: string;
  /** Plan and validate everything, write nothing. */
  dryRun?: boolean;
  /** Called after each input file is read (the script's progress bar). */
  onRead?: () => void;
}

export interface IntakeResult {
  outcomes: IntakeOutcome[];
  /** Repo-relative files written (none on a dry run or when there were errors). */
  written: string[];
  /** Files that would be written. */
  planned: string[];
  recordsRead: number;
  diagnostics: Diagnostic[];
}

/**
 * `npm run intake` (docs/triage.md, "Intake"): reads the upstream records,
 * matches them against vulns/releases/, plans every record to create or
 * update, validates each, and writes them only when no input and no planned
 * file had an error, so a run never leaves half its work behind.
 */
export function runIntake(options: IntakeOptions): IntakeResult {
  const state = readIntakeState(options.root, options.now);
  const diagnostics: Diagnostic[] = [...state.diagnostics];
  // No inventory (a --root that is not the data repository, an empty vulns/releases/) would report every record
  // "unmatched" and pass: an error instead.
  if (state.releases.length === 0 && !state.diagnostics.some((d) => d.file.startsWith('vulns/releases'))) {
    diagnostics.push(
      diagnostic(
        'INTAKE_NOT_IN_INVENTORY',
        'vulns/releases',
        '',
        'There is no release in vulns/releases/ of the data root, so intake has nothing to match upstream records against.',
        'Point --root (or WATCHKEEPER_ROOT) at the data repository, or add the releases the team ships (docs/triage.md).',
      ),
    );
  } else if (options.release && !state.releases.some((r) => r.id === options.release)) {
    diagnostics.push(
      diagnostic(
        'INTAKE_NOT_IN_INVENTORY',
        'vulns/releases',
        '',
        `--release ${options.release}: there is no vulns/releases/${options.release}.yaml.`,
        `Name one of: ${state.releases.map((r) => r.id).join(', ') || '(no releases yet)'}.`,
      ),
    );
  }
  const upstream: UpstreamRecord[] = [];
  for (const input of options.inputs) {
    const read = readUpstream(input.file, input.bytes);
    // Loops, not push(...list): a spread of a few hundred thousand items overflows the call stack.
    for (const r of read.records) upstream.push(r);
    for (const d of read.diagnostics) diagnostics.push(d);
    options.onRead?.();
  }
  const inventory = buildInventory(state.releases);
  const plan = planIntake(upstream, state, inventory, {
    root: options.root,
    now: options.now,
    ...(options.release ? { release: options.release } : {}),
  });
  diagnostics.push(...plan.diagnostics);
  const planned = plan.writes.map((w) => w.file);
  let written: string[] = [];
  if (!options.dryRun && !hasErrors(diagnostics)) {
    const result = writePlan(options.root, plan.writes);
    written = result.written;
    diagnostics.push(...result.diagnostics);
  }
  return { outcomes: plan.outcomes, written, planned, recordsRead: upstream.length, diagnostics: sortDiagnostics(diagnostics) };
}

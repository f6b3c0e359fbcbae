import type { Diagnostic } from './diagnostics.ts';
import type { Settings } from './settings.ts';
import type { TriageData } from './triage/model.ts';
import type { AdvisoryFile, Member, Term } from './types.gen.ts';

/** An advisory as loaded: its data plus where it came from. */
export interface Advisory extends AdvisoryFile {
  /** Repo-relative path, e.g. advisories/2026/KSA-2026-0001.yaml. */
  file: string;
}

/** A term with its defaults applied and its instants parsed. */
export interface RotationTerm extends Term {
  position: 'primary' | 'backup';
  file: string;
  /** Index of this term in its file's `terms` list, for diagnostics. */
  index: number;
  fromMs: number;
  untilMs: number;
}

export interface TeamMember extends Member {
  file: string;
  index: number;
}

/** The loaded data; triage records and releases come from TriageData (src/core/triage/model.ts). */
export interface Database extends TriageData {
  root: string;
  settings: Settings;
  advisories: Advisory[];
  members: TeamMember[];
  terms: RotationTerm[];
  /** Upper-cased id → advisory. */
  byId: Map<string, Advisory>;
  /** Upper-cased alias (CVE, GHSA, …) → advisories that list it. */
  byAlias: Map<string, Advisory[]>;
  /** `ecosystem/name` → advisories affecting that package. */
  byPackage: Map<string, Advisory[]>;
  memberByHandle: Map<string, TeamMember>;
  /** Public key files present under rotations/keys/. */
  keyFiles: string[];
  /** Every problem found while loading and checking. */
  diagnostics: Diagnostic[];
  /** How many files were read. */
  filesRead: number;
}

export function packageKey(ecosystem: string, name: string): string {
  return `${ecosystem}/${name}`;
}

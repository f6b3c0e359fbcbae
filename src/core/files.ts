import { type Dirent, lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { imitatedFolder, lookAlikeFinding, unsafeNameFinding } from './data-paths.ts';
import { type Diagnostic, diagnostic } from './diagnostics.ts';

export interface DataFiles {
  /** Repo-relative paths with forward slashes, sorted. */
  advisories: string[];
  rotations: string[];
  keys: string[];
  /** Triage records, vulns/<year>/<ID>.yaml (src/core/triage/). */
  triage: string[];
  /** Releases and their package inventories, vulns/releases/<id>.yaml. */
  releases: string[];
  diagnostics: Diagnostic[];
}

/** Folder of sealed (encrypted) drafts, read by the sealing checks, not here. */
export const SEALED_FOLDER = 'advisories/sealed';

/** Folder of triage records and releases (docs/triage.md). */
export const TRIAGE_FOLDER = 'vulns';

/** Folder of sealed (encrypted) triage records, read by the sealing checks like advisories/sealed/. */
export const TRIAGE_SEALED_FOLDER = 'vulns/sealed';

/** Every sealed folder: one per kind of secret, so a sealed file's folder says which kind it opens into. */
export const SEALED_FOLDERS = [SEALED_FOLDER, TRIAGE_SEALED_FOLDER] as const;

/**
 * Lists the data files under advisories/, rotations/ and vulns/ without following
 * links. A symlink could point outside the repo or at another advisory, and a
 * nested .git (submodule) brings in files nobody reviewed, so both are errors.
 * No name is skipped: a README.md, a .gitkeep or a dotfile is a finding like
 * any other file that is not data, since it could hold an embargoed advisory.
 * A top-level folder that only imitates a data folder (`Advisories/`, a
 * Cyrillic letter) is a finding too.
 */
export function listDataFiles(root: string): DataFiles {
  const out: DataFiles = { advisories: [], rotations: [], keys: [], triage: [], releases: [], diagnostics: [] };
  out.diagnostics.push(...lookAlikeFolders(root));
  walk(root, 'advisories', out, (rel) => {
    if (rel.startsWith(`${SEALED_FOLDER}/`)) return 'skip';
    if (/^advisories\/[^/]+\/[^/]+\.yaml$/.test(rel)) return 'advisories';
    return `Advisories live at advisories/<year>/<ID>.yaml; this file is not in that form.`;
  });
  walk(root, 'rotations', out, (rel) => {
    if (/^rotations\/keys\/[^/]+\.asc$/.test(rel)) return 'keys';
    if (/^rotations\/(.+\/)?[^/]+\.yaml$/.test(rel)) return 'rotations';
    return 'Rotation files are YAML files (*.yaml) under rotations/, and public keys are rotations/keys/*.asc.';
  });
  walk(root, TRIAGE_FOLDER, out, (rel) => {
    if (/^vulns\/releases\/[^/]+\.yaml$/.test(rel)) return 'releases';
    if (/^vulns\/[^/]+\/[^/]+\.yaml$/.test(rel)) return 'triage';
    return 'Triage records live at vulns/<year>/<ID>.yaml and releases at vulns/releases/<release>.yaml; this file is not in that form.';
  });
  for (const list of [out.advisories, out.rotations, out.keys, out.triage, out.releases]) list.sort();
  return out;
}

type Bucket = 'advisories' | 'rotations' | 'keys' | 'triage' | 'releases';

const BUCKETS: readonly string[] = ['advisories', 'rotations', 'keys', 'triage', 'releases'];

function walk(root: string, rel: string, out: DataFiles, classify: (rel: string) => Bucket | 'skip' | string): void {
  if (!rel.includes('/')) {
    // The data folder itself may be a link too; readdir would follow it.
    try {
      if (lstatSync(join(root, rel)).isSymbolicLink()) {
        out.diagnostics.push(
          diagnostic(
            'FILE_SYMLINK',
            rel,
            '',
            'This data folder is a symbolic link; data folders may hold only regular files.',
            'Replace the link with a real folder.',
          ),
        );
        return;
      }
    } catch {
      return;
    }
  }
  let entries: Dirent[];
  try {
    // Dirents tell links from files without an lstat per file.
    entries = readdirSync(join(root, rel), { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  for (const stat of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const name = stat.name;
    const child = `${rel}/${name}`;
    const unsafe = unsafeNameFinding(child);
    if (unsafe) {
      out.diagnostics.push(unsafe);
      continue;
    }
    if (stat.isSymbolicLink()) {
      out.diagnostics.push(
        diagnostic(
          'FILE_SYMLINK',
          child,
          '',
          'This is a symbolic link; data folders may hold only regular files.',
          'Replace the link with the file itself, or remove it.',
        ),
      );
    } else if (name === '.git') {
      out.diagnostics.push(
        diagnostic(
          'FILE_UNEXPECTED',
          child,
          '',
          'A nested git repository (submodule) sits inside a data folder.',
          'Remove the submodule; data must be reviewed in this repository.',
        ),
      );
    } else if (stat.isDirectory()) {
      if ((SEALED_FOLDERS as readonly string[]).includes(child)) continue;
      walk(root, child, out, classify);
    } else if (stat.isFile()) {
      const bucket = classify(child);
      if (bucket === 'skip') continue;
      if (BUCKETS.includes(bucket)) out[bucket as Bucket].push(child);
      else out.diagnostics.push(diagnostic('FILE_UNEXPECTED', child, '', 'This file is not a data file Watchkeeper knows.', bucket));
    } else {
      out.diagnostics.push(diagnostic('FILE_UNEXPECTED', child, '', 'This is not a regular file.', 'Remove it.'));
    }
  }
}

/** DATA_PATH_LOOKALIKE for each top-level folder of `root` that imitates a data folder. */
function lookAlikeFolders(root: string): Diagnostic[] {
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return [];
  }
  return names.filter((name) => imitatedFolder(name) !== undefined).flatMap((name) => lookAlikeFinding(name) ?? []);
}

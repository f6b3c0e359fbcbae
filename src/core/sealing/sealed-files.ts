import { randomBytes } from 'node:crypto';
import { type Dirent, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Diagnostic, diagnostic } from '../diagnostics.ts';
import { SEALED_FOLDER, SEALED_FOLDERS, TRIAGE_SEALED_FOLDER } from '../files.ts';

export { SEALED_FOLDER, SEALED_FOLDERS, TRIAGE_SEALED_FOLDER };

/** The sealed folder for a kind of draft: advisories/sealed/ or vulns/sealed/. */
export function sealedFolderOf(kind: 'advisory' | 'triage'): string {
  return kind === 'triage' ? TRIAGE_SEALED_FOLDER : SEALED_FOLDER;
}

/** `<26 base32 letters>.yaml.asc`: 130 random bits, so the name says nothing about the draft (no id, title, package or date). */
export const SEALED_NAME = /^[a-z2-7]{26}\.yaml\.asc$/;

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

/** A fresh random sealed file name (repo-relative path) in the folder for its kind. */
export function randomSealedPath(kind: 'advisory' | 'triage' = 'advisory'): string {
  const bytes = randomBytes(26);
  let name = '';
  for (const b of bytes) name += BASE32[b & 31];
  return `${sealedFolderOf(kind)}/${name}.yaml.asc`;
}

export interface SealedListing {
  /** Repo-relative paths of sealed drafts, sorted. */
  files: string[];
  diagnostics: Diagnostic[];
}

/**
 * Lists advisories/sealed/ and vulns/sealed/. Only regular files named like randomSealedPath()
 * belong there, and no name is skipped (a README.md is listed like any file): a link could point anywhere, and a telling name (an id, a
 * package) would leak what the encryption hides.
 */
export function listSealedFiles(root: string): SealedListing {
  const out: SealedListing = { files: [], diagnostics: [] };
  for (const folder of SEALED_FOLDERS) listFolder(root, folder, out);
  out.files.sort();
  return out;
}

function listFolder(root: string, folder: string, out: SealedListing): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(join(root, folder), { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  for (const entry of entries) {
    const rel = `${folder}/${entry.name}`;
    if (!entry.isFile()) {
      out.diagnostics.push(
        diagnostic(
          entry.isSymbolicLink() ? 'FILE_SYMLINK' : 'FILE_UNEXPECTED',
          rel,
          '',
          `${rel} is not a regular file; ${folder}/ holds only sealed drafts.`,
          'Remove it.',
        ),
      );
    } else if (!SEALED_NAME.test(entry.name)) {
      out.diagnostics.push(
        diagnostic(
          'SEAL_FILE_NAME',
          rel,
          '',
          `${entry.name} is not a random sealed-draft name; a name can give away what the draft is about.`,
          'Seal drafts with `npm run seal`, which picks a random name; do not rename sealed files.',
        ),
      );
      out.files.push(rel);
    } else {
      out.files.push(rel);
    }
  }
}

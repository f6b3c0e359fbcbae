import { type Diagnostic, diagnostic, pointerOf } from '../diagnostics.ts';
import { type GitRepo, readBlobBytes, type TreeEntry } from '../git/index.ts';
import { validateFile } from '../schema/friendly-errors.ts';
import type { AdvisoryFile, TriageFile } from '../types.gen.ts';
import { locate } from '../yaml/locate.ts';
import { readYaml, type YamlFile } from '../yaml/read-yaml.ts';

/** One side (merge base or head) of an advisory file — or, with T = TriageFile, a triage record — in the change. */
export interface AdvisoryVersion<T = AdvisoryFile> {
  path: string;
  entry: TreeEntry;
  /** Present only when the file is a regular file that parsed and matched the schema. */
  data?: T;
  yaml?: YamlFile;
  /** Why `data` is missing: reading, YAML or schema problems, or the entry is not a regular file. */
  problems: Diagnostic[];
  /**
   * What the YAML says about publication, read without the schema. The
   * immutability rules judge the base version by these, so a file the schema
   * refuses (or a schema edited to refuse it) is still known to be published.
   * Absent only when the file could not be read as YAML at all.
   */
  facts?: PublicationFacts;
}

/** One side of a triage record (vulns/<year>/<ID>.yaml) in the change. */
export type TriageVersion = AdvisoryVersion<TriageFile>;

/** The fields the immutability rules compare, as the YAML gives them (strings only). */
export interface PublicationFacts {
  id?: string;
  status?: string;
  /** timeline.published of an advisory; published_upstream of a triage record. */
  published?: string;
  embargoUntil?: string;
}

const REGULAR_FILE = new Set(['100644', '100755']);

/** Reads and validates one side of an advisory file straight from git objects (not the working tree). */
export function readAdvisoryVersion(repo: GitRepo, path: string, entry: TreeEntry): Promise<AdvisoryVersion> {
  return readVersion<AdvisoryFile>(repo, path, entry, 'advisory');
}

/** The same for a triage record, validated against the triage schema. */
export function readTriageVersion(repo: GitRepo, path: string, entry: TreeEntry): Promise<TriageVersion> {
  return readVersion<TriageFile>(repo, path, entry, 'triage');
}

async function readVersion<T>(repo: GitRepo, path: string, entry: TreeEntry, schema: 'advisory' | 'triage'): Promise<AdvisoryVersion<T>> {
  if (entry.mode === '120000') {
    return {
      path,
      entry,
      problems: [
        diagnostic(
          'FILE_SYMLINK',
          path,
          '',
          'This is a symbolic link; data folders may hold only regular files.',
          'Replace the link with the file itself, or remove it.',
        ),
      ],
    };
  }
  if (!REGULAR_FILE.has(entry.mode)) {
    return {
      path,
      entry,
      problems: [
        diagnostic(
          'FILE_UNEXPECTED',
          path,
          '',
          entry.type === 'commit' ? 'A submodule sits inside a data folder.' : `This is not a regular file (git mode ${entry.mode}).`,
          'Remove it; data must be regular files reviewed in this repository.',
        ),
      ],
    };
  }
  const bytes = await readBlobBytes(repo, entry.oid);
  const read = readYaml(path, bytes);
  if (!read.yaml) return { path, entry, problems: read.diagnostics };
  const facts = publicationFacts(read.yaml.data, schema);
  const problems = [...read.diagnostics, ...validateFile(schema, read.yaml)];
  if (problems.length > 0) return { path, entry, yaml: read.yaml, problems, facts };
  return { path, entry, yaml: read.yaml, data: read.yaml.data as T, problems, facts };
}

/** Reads the publication fields from parsed YAML of any shape; a field of the wrong type is left out. */
export function publicationFacts(data: unknown, kind: 'advisory' | 'triage' = 'advisory'): PublicationFacts {
  const field = (object: unknown, key: string): unknown =>
    typeof object === 'object' && object !== null && !Array.isArray(object) ? (object as Record<string, unknown>)[key] : undefined;
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const facts: PublicationFacts = {};
  const id = text(field(data, 'id'));
  const status = text(field(data, 'status'));
  const published = text(kind === 'triage' ? field(data, 'published_upstream') : field(field(data, 'timeline'), 'published'));
  const embargoUntil = text(field(field(data, 'embargo'), 'until'));
  if (id !== undefined) facts.id = id;
  if (status !== undefined) facts.status = status;
  if (published !== undefined) facts.published = published;
  if (embargoUntil !== undefined) facts.embargoUntil = embargoUntil;
  return facts;
}

/** A diagnostic on a JSON path of a version's file, positioned through its YAML when it has one. */
export function at(
  version: AdvisoryVersion<unknown>,
  code: Parameters<typeof diagnostic>[0],
  path: readonly (string | number)[],
  message: string,
  hint?: string,
): Diagnostic {
  const pointer = pointerOf(path);
  return diagnostic(code, version.path, pointer, message, hint, version.yaml ? locate(version.yaml, pointer) : undefined);
}

import type { Diagnostic } from './diagnostics.ts';
import { validateFile } from './schema/friendly-errors.ts';
import type { SchemaName } from './schema/validators.ts';
import { readYaml, type YamlFile } from './yaml/read-yaml.ts';

export interface ParsedFile {
  /** The data, when the file read and validated without a single problem. */
  data?: unknown;
  yaml?: YamlFile;
  diagnostics: Diagnostic[];
}

/** Reads one data file's bytes and validates it against its schema: the whole per-file pipeline. */
export function parseFile(rel: string, bytes: Uint8Array, schema: SchemaName): ParsedFile {
  const result = readYaml(rel, bytes);
  if (!result.yaml) return { diagnostics: result.diagnostics };
  const problems = validateFile(schema, result.yaml);
  if (problems.length > 0) return { yaml: result.yaml, diagnostics: problems };
  return { data: result.yaml.data, yaml: result.yaml, diagnostics: [] };
}

import type { Diagnostic } from '../diagnostics.ts';
import { readYaml } from '../yaml/read-yaml.ts';
import { canonicalText } from './canonical-yaml.ts';

export interface FormatResult {
  /** The canonical text, or undefined when the file cannot be read safely (see diagnostics). */
  text?: string;
  changed: boolean;
  diagnostics: Diagnostic[];
}

/**
 * Formats one advisory file's text. The file is read with the same safe
 * reader as `check` (a file it rejects is left alone and its problems are
 * returned), then rewritten through the document API so comments survive.
 * As a last guard the result is read back and compared with the input's
 * data: if formatting would change any value, nothing is written.
 */
export function formatAdvisoryText(file: string, original: string): FormatResult {
  const read = readYaml(file, new TextEncoder().encode(original));
  if (!read.yaml) return { changed: false, diagnostics: read.diagnostics };
  const text = canonicalText(read.yaml.doc);
  // Unchanged text needs no proof that the data is unchanged (the common case under fmt --check).
  if (text === original) return { text, changed: false, diagnostics: [] };
  const again = readYaml(file, new TextEncoder().encode(text));
  if (!again.yaml || !sameData(read.yaml.data, again.yaml.data)) {
    throw new Error(`formatting ${file} would change its data; the file was left as it is (please report this)`);
  }
  return { text, changed: text !== original, diagnostics: [] };
}

/** Deep equality of plain data as YAML produces it (objects, arrays, strings, numbers, booleans, null). */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameData(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return (
      ka.length === kb.length &&
      ka.every((k) => Object.hasOwn(b, k) && sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
    );
  }
  return Number.isNaN(a) && Number.isNaN(b);
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Diagnostic, diagnostic } from '../diagnostics.ts';
import { listDataFiles } from '../files.ts';
import { formatAdvisoryText } from './format-advisory.ts';
import { replaceFileAtomic } from './write-file.ts';

export interface FormatFilesResult {
  /** Files that were (or, with check, would be) rewritten. */
  changed: string[];
  checked: number;
  diagnostics: Diagnostic[];
}

/**
 * Formats advisory files in place (or, with `check`, only reports which
 * would change, as FMT_UNFORMATTED on the first line that differs). Files
 * the safe reader rejects are left alone and their problems returned.
 */
export function formatFiles(root: string, files: string[] | undefined, options: { check: boolean }): FormatFilesResult {
  const list = files?.length ? files : listDataFiles(root).advisories;
  const result: FormatFilesResult = { changed: [], checked: 0, diagnostics: [] };
  for (const file of list) {
    const original = readFileSync(join(root, file), 'utf8');
    const formatted = formatAdvisoryText(file, original);
    result.checked++;
    result.diagnostics.push(...formatted.diagnostics);
    if (!formatted.changed || formatted.text === undefined) continue;
    result.changed.push(file);
    if (options.check) {
      const line = firstDifferentLine(original, formatted.text);
      result.diagnostics.push(
        diagnostic(
          'FMT_UNFORMATTED',
          file,
          '',
          `The file is not in the canonical form (first difference on line ${line}).`,
          `Run \`npm run fmt -- ${file}\` and commit the result; it changes only layout and keeps comments.`,
          { line, column: 1 },
        ),
      );
    } else replaceFileAtomic(join(root, file), formatted.text);
  }
  return result;
}

function firstDifferentLine(a: string, b: string): number {
  const x = a.split('\n');
  const y = b.split('\n');
  for (let i = 0; i < Math.max(x.length, y.length); i++) if (x[i] !== y[i]) return i + 1;
  return 1;
}

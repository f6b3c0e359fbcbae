import { type Diagnostic, diagnostic } from '../diagnostics.ts';
import type { Settings } from '../settings.ts';
import { readYaml } from '../yaml/read-yaml.ts';
import { cve5ToOsv, isCve5 } from './from-cve5.ts';
import { type Converted, fromOsv } from './from-osv.ts';

/** JSON inputs may be larger than our own files (AlmaLinux errata reach 200 kB); the written advisory is still capped. */
export const MAX_IMPORT_BYTES = 8 * 1024 * 1024;

export interface ReadImportResult {
  /** Every record the file holds, each with the label to report it by (`file`, or `file#/3` for the 4th of a JSON array). */
  records: { input: string; converted: Converted }[];
  /** The record, when the file holds exactly one. */
  converted?: Converted;
  diagnostics: Diagnostic[];
}

/**
 * Reads one input file (OSV JSON, OSV YAML or CVE JSON 5) and converts it.
 * A JSON array of records (an OSV database dump, or a Watchkeeper site's own
 * osv/all.json) gives one record per element. YAML goes through the same
 * safe reader as the tracker's own files, so an imported file cannot smuggle
 * in anchors, tags or YAML 1.1 surprises.
 */
export function readImportFile(file: string, bytes: Uint8Array, options: { settings: Settings; now: Date }): ReadImportResult {
  let data: unknown;
  if (/\.ya?ml$/i.test(file)) {
    // Foreign text may hold control characters; the converted advisory is checked for them like any data file.
    const read = readYaml(file, bytes, { foreignText: true });
    if (!read.yaml)
      return { records: [], diagnostics: read.diagnostics.map((d) => ({ ...d, code: 'IMPORT_UNREADABLE', severity: 'error' })) };
    data = read.yaml.data;
  } else {
    if (bytes.byteLength > MAX_IMPORT_BYTES) {
      return {
        records: [],
        diagnostics: [
          diagnostic('IMPORT_UNREADABLE', file, '', `The file is ${bytes.byteLength} bytes; import reads at most ${MAX_IMPORT_BYTES}.`),
        ],
      };
    }
    try {
      data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch (error) {
      return {
        records: [],
        diagnostics: [
          diagnostic(
            'IMPORT_UNREADABLE',
            file,
            '',
            `The file is not valid UTF-8 JSON: ${(error as Error).message}.`,
            'Import reads OSV as .json or .yaml files, and CVE JSON 5 records.',
          ),
        ],
      };
    }
  }
  if (Array.isArray(data)) {
    const result: ReadImportResult = { records: [], diagnostics: [] };
    data.forEach((element, index) => {
      const one = convertOne(file, `/${index}`, element, options);
      if (one.converted) result.records.push({ input: `${file}#/${index}`, converted: one.converted });
      result.diagnostics.push(...one.diagnostics);
    });
    if (data.length === 0) {
      result.diagnostics.push(diagnostic('IMPORT_UNREADABLE', file, '', 'The file is an empty JSON array: there is no record to import.'));
    }
    return result;
  }
  const one = convertOne(file, '', data, options);
  return {
    records: one.converted ? [{ input: file, converted: one.converted }] : [],
    ...(one.converted ? { converted: one.converted } : {}),
    diagnostics: one.diagnostics,
  };
}

/** One parsed record (OSV, or CVE JSON 5 turned into OSV) to an advisory; `at` is its pointer within the file. */
function convertOne(
  file: string,
  at: string,
  data: unknown,
  options: { settings: Settings; now: Date },
): { converted?: Converted; diagnostics: Diagnostic[] } {
  const cve = isCve5(data) ? cve5ToOsv(data) : undefined;
  const result = fromOsv(cve ? cve.record : data, options);
  if (!result.ok) {
    return {
      diagnostics: [
        diagnostic(
          'IMPORT_UNMAPPABLE',
          file,
          `${at}${result.pointer}`,
          `${cve ? 'The CVE record' : 'The OSV record'} cannot become an advisory: ${result.message}`,
          'Fix the input, or write this advisory by hand with `npm run new`.',
        ),
      ],
    };
  }
  if (cve) result.converted.changes.unshift(...cve.changes);
  return { converted: result.converted, diagnostics: [] };
}

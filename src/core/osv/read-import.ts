import { type Diagnostic, diagnostic } from '../diagnostics.ts';
import type { Settings } from '../settings.ts';
import { readYaml } from '../yaml/read-yaml.ts';
import { cve5ToOsv, isCve5 } from './from-cve5.ts';
import { type Converted, fromOsv } from './from-osv.ts';

/** JSON inputs may be larger than our own files (AlmaLinux errata reach 200 kB); the written advisory is still capped. */
export const MAX_IMPORT_BYTES = 8 * 1024 * 1024;

export interface ReadImportResult {
  converted?: Converted;
  diagnostics: Diagnostic[];
}

/**
 * Reads one input file (OSV JSON, OSV YAML or CVE JSON 5) and converts it.
 * YAML goes through the same safe reader as the tracker's own files, so an
 * imported file cannot smuggle in anchors, tags or YAML 1.1 surprises.
 */
export function readImportFile(file: string, bytes: Uint8Array, options: { settings: Settings; now: Date }): ReadImportResult {
  let data: unknown;
  if (/\.ya?ml$/i.test(file)) {
    // Foreign text may hold control characters; the converted advisory is checked for them like any data file.
    const read = readYaml(file, bytes, { foreignText: true });
    if (!read.yaml) return { diagnostics: read.diagnostics.map((d) => ({ ...d, code: 'IMPORT_UNREADABLE', severity: 'error' })) };
    data = read.yaml.data;
  } else {
    if (bytes.byteLength > MAX_IMPORT_BYTES) {
      return {
        diagnostics: [
          diagnostic('IMPORT_UNREADABLE', file, '', `The file is ${bytes.byteLength} bytes; import reads at most ${MAX_IMPORT_BYTES}.`),
        ],
      };
    }
    try {
      data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch (error) {
      return {
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
  const cve = isCve5(data) ? cve5ToOsv(data) : undefined;
  const result = fromOsv(cve ? cve.record : data, options);
  if (!result.ok) {
    return {
      diagnostics: [
        diagnostic(
          'IMPORT_UNMAPPABLE',
          file,
          result.pointer,
          `${cve ? 'The CVE record' : 'The OSV record'} cannot become an advisory: ${result.message}`,
          'Fix the input, or write this advisory by hand with `npm run new`.',
        ),
      ],
    };
  }
  if (cve) result.converted.changes.unshift(...cve.changes);
  return { converted: result.converted, diagnostics: [] };
}

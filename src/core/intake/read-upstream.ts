import { type Diagnostic, diagnostic } from '../diagnostics.ts';
import { excerpt } from '../text/excerpt.ts';
import { fromCve5, isCve5 } from './from-cve5.ts';
import { fromOsv, isOsv } from './from-osv.ts';
import { findJsonError } from './json-error.ts';
import type { UpstreamRecord } from './upstream.ts';

/** Upstream JSON files can be large (AlmaLinux errata reach 200 kB); anything past this is refused, not read. */
export const MAX_UPSTREAM_BYTES = 8 * 1024 * 1024;

/** Records one JSON array may hold: past it, a file is refused (an 8 MB array of `1,` would be four million findings). */
export const MAX_ARRAY_RECORDS = 50_000;
/** Findings listed per array; the rest are counted in one more. */
const MAX_ELEMENT_FINDINGS = 20;

export interface ReadUpstreamResult {
  records: UpstreamRecord[];
  diagnostics: Diagnostic[];
}

const HINT = 'Intake reads CVE JSON 5 records and OSV records (.json), one per file or a JSON array of them.';

/**
 * Reads one upstream file: strict UTF-8 JSON holding a CVE JSON 5 record, an
 * OSV record, or an array of them. A file that cannot be read whole is a
 * finding with the line and column where reading stopped (a truncated file
 * stops at its end), never a partial read.
 */
export function readUpstream(file: string, bytes: Uint8Array): ReadUpstreamResult {
  if (bytes.byteLength > MAX_UPSTREAM_BYTES) {
    return fail(
      diagnostic('INTAKE_UNREADABLE', file, '', `The file is ${bytes.byteLength} bytes; intake reads at most ${MAX_UPSTREAM_BYTES}.`, HINT),
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(diagnostic('INTAKE_UNREADABLE', file, '', 'The file is not valid UTF-8, so it is not a JSON record.', HINT));
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const { offset, message, truncated } = findJsonError(text);
    return fail(
      diagnostic(
        'INTAKE_UNREADABLE',
        file,
        '',
        truncated
          ? 'The JSON ends before the record does: the file is truncated (an interrupted download or copy?).'
          : `The file is not valid JSON: ${message}.`,
        HINT,
        positionOf(text, offset),
      ),
    );
  }
  if (Array.isArray(data)) {
    const out: ReadUpstreamResult = { records: [], diagnostics: [] };
    if (data.length === 0)
      out.diagnostics.push(diagnostic('INTAKE_UNKNOWN_FORMAT', file, '', 'The file is an empty JSON array: it holds no record.', HINT));
    if (data.length > MAX_ARRAY_RECORDS)
      return fail(
        diagnostic(
          'INTAKE_UNREADABLE',
          file,
          '',
          `The file is a JSON array of ${data.length} elements; intake reads at most ${MAX_ARRAY_RECORDS} records from one file.`,
          'Split it into several files (one record per file is the usual form), then run intake again.',
        ),
      );
    let bad = 0;
    for (const [index, element] of data.entries()) {
      const one = readOne(`${file}#/${index}`, file, element, `/${index}`);
      for (const r of one.records) out.records.push(r);
      for (const d of one.diagnostics) if (++bad <= MAX_ELEMENT_FINDINGS) out.diagnostics.push(d);
    }
    if (bad > MAX_ELEMENT_FINDINGS)
      out.diagnostics.push(
        diagnostic(
          'INTAKE_UNKNOWN_FORMAT',
          file,
          '',
          `${bad - MAX_ELEMENT_FINDINGS} more elements of this array are not records either (only the first ${MAX_ELEMENT_FINDINGS} are listed).`,
          HINT,
        ),
      );
    return out;
  }
  return readOne(file, file, data, '');
}

function readOne(input: string, file: string, data: unknown, at: string): ReadUpstreamResult {
  const extracted = isCve5(data) ? fromCve5(input, data, at) : isOsv(data) ? fromOsv(input, data, at) : undefined;
  if (!extracted) {
    return fail(
      diagnostic(
        'INTAKE_UNKNOWN_FORMAT',
        file,
        at,
        'This is neither a CVE JSON 5 record (no dataType CVE_RECORD or cveMetadata) nor an OSV record (no id with modified or affected).',
        HINT,
      ),
    );
  }
  if (!extracted.ok) {
    const code = /dataVersion|schema_version/.test(extracted.pointer) ? 'INTAKE_DATA_VERSION' : 'INTAKE_UNKNOWN_FORMAT';
    return fail(
      diagnostic(
        code,
        file,
        extracted.pointer,
        extracted.message,
        code === 'INTAKE_DATA_VERSION'
          ? 'Fetch the record in CVE JSON 5.x (or OSV 1.x); a newer major version needs a newer Watchkeeper.'
          : HINT,
      ),
    );
  }
  const record = extracted.record;
  const bad = [record.id, ...record.aliases].findIndex((x) => !VULN_ID.test(x));
  if (bad !== -1) {
    const value = bad === 0 ? record.id : (record.aliases[bad - 1] as string);
    return fail(
      diagnostic(
        'INTAKE_UNKNOWN_FORMAT',
        file,
        bad === 0 ? `${at}${record.format === 'cve5' ? '/cveMetadata/cveId' : '/id'}` : `${at}/aliases`,
        `The record's ${bad === 0 ? 'id' : 'alias'} ${excerpt(value)} is not a vulnerability id: an id starts with a letter and holds only letters, digits and . _ : - (2 to 100 characters). Intake names files after ids, so it takes no record with such an id.`,
        'Check where the record came from: a real CVE, GHSA or OSV id never has another form.',
      ),
    );
  }
  return { records: [record], diagnostics: [] };
}

/** The triage schema's id form (schemas/triage.schema.json, $defs/vulnId): no `/`, no `..` at the start, no controls. */
const VULN_ID = /^[A-Za-z][A-Za-z0-9._:-]{1,99}$/;

function fail(d: Diagnostic): ReadUpstreamResult {
  return { records: [], diagnostics: [d] };
}

/** 1-based line and column of a character offset. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: end - start + 1 };
}

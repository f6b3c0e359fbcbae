import { OSV_REFERENCE_TYPES } from '../osv/osv-types.ts';
import { urlProblem } from '../schema/formats.ts';
import type { TriageReference } from '../types.gen.ts';

/** The triage schema's limits on a summary (schemas/triage.schema.json). */
const SUMMARY_MAX = 200;
/** At most this many references are kept per record; upstream lists can be long (errata list every bug). */
export const REFERENCES_MAX = 100;

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** One line of at most 200 characters: whitespace folded, cut at a word with `…`. */
export function oneLine(text: string): string {
  // Control and format characters (bidi overrides, zero-width) are refused in data files; upstream text drops them.
  const line = text
    .replace(/\s+/g, ' ')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .trim();
  if (line.length <= SUMMARY_MAX) return line;
  const cut = line.slice(0, SUMMARY_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > SUMMARY_MAX / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * An upstream time as a UTC instant with `Z` and whole seconds, or undefined.
 * CVE JSON 5 timestamps without an offset are UTC by that schema's own rule
 * ("If timezone offset is not given, GMT (+00:00) is assumed"), so they are read as UTC.
 */
export function upstreamInstant(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value) ? `${value}Z` : value;
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/i.test(text)) return undefined;
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return undefined;
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** An https reference the schema accepts, or undefined (http:, ftp: and malformed links are left out). */
export function reference(type: string, url: unknown): TriageReference | undefined {
  if (typeof url !== 'string' || !url.startsWith('https://') || url.length > 2048 || urlProblem(url)) return undefined;
  return { type: (OSV_REFERENCE_TYPES.has(type) ? type : 'WEB') as TriageReference['type'], url };
}

/** References without repeated URLs, capped at REFERENCES_MAX. */
export function uniqueReferences(list: readonly (TriageReference | undefined)[]): TriageReference[] {
  const seen = new Set<string>();
  const out: TriageReference[] = [];
  for (const r of list) {
    if (!r || seen.has(r.url) || out.length >= REFERENCES_MAX) continue;
    seen.add(r.url);
    out.push(r);
  }
  return out;
}

/**
 * The OSV record shape (https://ossf.github.io/osv-schema/), as far as
 * Watchkeeper reads and writes it. Optional everywhere OSV is; import treats
 * every field as untrusted input anyway.
 */
export interface OsvRecord {
  schema_version?: string;
  id: string;
  modified: string;
  published?: string;
  withdrawn?: string;
  aliases?: string[] | null;
  related?: string[];
  upstream?: string[];
  summary?: string;
  details?: string;
  severity?: OsvSeverity[] | null;
  affected?: OsvAffected[] | null;
  references?: OsvReference[] | null;
  credits?: OsvCredit[];
  database_specific?: Record<string, unknown>;
}

export interface OsvSeverity {
  type: string;
  score: string;
}

export interface OsvAffected {
  package?: { ecosystem: string; name: string; purl?: string };
  severity?: OsvSeverity[] | null;
  ranges?: OsvRange[];
  versions?: string[];
  ecosystem_specific?: Record<string, unknown>;
  database_specific?: Record<string, unknown>;
}

export interface OsvRange {
  type: string;
  repo?: string;
  events: OsvEvent[];
  database_specific?: Record<string, unknown>;
}

export type OsvEvent = { introduced: string } | { fixed: string } | { last_affected: string } | { limit: string };

export interface OsvReference {
  type: string;
  url: string;
}

/** The reference types the OSV schema defines; import and intake both read references against this one list. */
export const OSV_REFERENCE_TYPES: ReadonlySet<string> = new Set([
  'ADVISORY',
  'ARTICLE',
  'DETECTION',
  'DISCUSSION',
  'REPORT',
  'FIX',
  'INTRODUCED',
  'GIT',
  'PACKAGE',
  'EVIDENCE',
  'WEB',
]);

export interface OsvCredit {
  name: string;
  contact?: string[];
  type?: string;
}

/**
 * The key under `database_specific` where the export keeps what OSV has no
 * field for (status, timeline, coordinator, fixes, the tracker's own package
 * ecosystem). Import reads it back, so a Watchkeeper export re-imports whole.
 */
export const TRACKER_KEY = 'watchkeeper';

/** The OSV schema version the export follows. */
export const OSV_SCHEMA_VERSION = '1.7.5';

/**
 * Every diagnostic code Watchkeeper emits. Codes are permanent: a code may be
 * retired but never reused or renamed, because CI configs, docs and people's
 * muscle memory refer to them. docs/codes.md documents each one; a test fails
 * when one is missing there.
 */
export const CODES = {
  // Reading files
  FILE_TOO_LARGE: 'error',
  FILE_EMPTY: 'error',
  FILE_NOT_UTF8: 'error',
  FILE_BOM: 'error',
  FILE_SYMLINK: 'error',
  FILE_UNEXPECTED: 'error',
  FILE_UNREADABLE: 'error',
  // YAML rules
  YAML_SYNTAX: 'error',
  YAML_DUPLICATE_KEY: 'error',
  YAML_TAB_INDENT: 'error',
  YAML_DIRECTIVE: 'error',
  YAML_MULTIPLE_DOCUMENTS: 'error',
  YAML_ANCHOR: 'error',
  YAML_TAG: 'error',
  YAML_AMBIGUOUS_SCALAR: 'error',
  YAML_TOO_DEEP: 'error',
  YAML_NOT_MAPPING: 'error',
  // Schema
  SCHEMA_UNKNOWN_FIELD: 'error',
  SCHEMA_MISSING_FIELD: 'error',
  SCHEMA_TYPE: 'error',
  SCHEMA_ENUM: 'error',
  SCHEMA_PATTERN: 'error',
  SCHEMA_LENGTH: 'error',
  SCHEMA_COUNT: 'error',
  SCHEMA_DUPLICATE_ITEM: 'error',
  SCHEMA_CONSTRAINT: 'error',
  TIME_NO_ZONE: 'error',
  TIME_INVALID: 'error',
  URL_SCHEME: 'error',
  URL_INVALID: 'error',
  CVSS_INVALID: 'error',
  PURL_INVALID: 'error',
  // Settings
  SETTINGS_MISSING: 'error',
  // Advisories across files
  ID_FILENAME_MISMATCH: 'error',
  ID_YEAR_FOLDER: 'error',
  ID_PREFIX: 'error',
  ID_DUPLICATE: 'error',
  ALIAS_DUPLICATE: 'error',
  ALIAS_IS_ID: 'error',
  RELATED_UNKNOWN: 'warning',
  TIMELINE_ORDER: 'error',
  TIMELINE_FUTURE: 'error',
  SEVERITY_DUPLICATE_TYPE: 'error',
  COORDINATOR_UNKNOWN: 'error',
  CREDIT_MEMBER_UNKNOWN: 'error',
  PUBLISHED_DELETED: 'error',
  // Rotations
  MEMBER_DUPLICATE: 'error',
  TERM_MEMBER_UNKNOWN: 'error',
  TERM_ORDER: 'error',
  // History and track record (src/core/history, src/core/record)
  HISTORY_UNAVAILABLE: 'warning',
  HISTORY_SHALLOW: 'warning',
  HISTORY_OBJECT_MISSING: 'error',
  HISTORY_PUBLISHED_CHANGED: 'warning',
  // Rotations: coverage, term policy, members' keys, coordinators, CODEOWNERS (issue 5)
  COVERAGE_GAP: 'error',
  ROTATION_ENDING: 'warning',
  ROTATION_ENDED: 'error',
  TERM_TOO_SHORT: 'error',
  TERM_TOO_LONG: 'error',
  TERM_OVERLAP: 'error',
  TERM_SELF_BACKUP: 'error',
  TERM_AREA_MISSING: 'error',
  TERM_AREA_UNEXPECTED: 'error',
  KEY_FILE_MISSING: 'error',
  KEY_UNREADABLE: 'error',
  KEY_SECRET: 'error',
  KEY_FINGERPRINT_MISMATCH: 'error',
  KEY_REVOKED: 'error',
  KEY_EXPIRED: 'error',
  KEY_UNUSABLE: 'error',
  KEY_CANNOT_ENCRYPT: 'error',
  KEY_CANNOT_SIGN: 'error',
  KEY_EXPIRES_IN_TERM: 'error',
  KEY_EXPIRING: 'warning',
  COORDINATOR_OFF_ROTA: 'error',
  COORDINATOR_OFF_DUTY: 'warning',
  CODEOWNERS_STALE: 'error',
  // Embargo gate, leak scan and embargo status (src/core/gate, src/core/leak-scan, src/core/embargo)
  GATE_SHALLOW_CLONE: 'error',
  GATE_BASE_MISSING: 'error',
  GATE_HEAD_MISSING: 'error',
  GATE_NO_MERGE_BASE: 'error',
  GATE_HISTORY_INCOMPLETE: 'error',
  GATE_UNDECIDABLE: 'error',
  GATE_EMBARGOED: 'error',
  GATE_EMBARGO_LIFTED: 'warning',
  GATE_EMBARGO_TOO_LONG: 'error',
  GATE_EMBARGO_LONG: 'warning',
  GATE_EMBARGO_LENGTH_UNKNOWN: 'error',
  GATE_EMBARGO_EXTENDED: 'error',
  GATE_EMBARGO_AFTER_PUBLICATION: 'error',
  GATE_PUBLISHED_ID_CHANGED: 'error',
  GATE_PUBLISHED_DATE_CHANGED: 'error',
  GATE_UNPUBLISHED: 'error',
  GATE_POLICY_CHANGED: 'warning',
  LEAK_FOUND: 'error',
  LEAK_SCAN_UNREADABLE: 'error',
  LEAK_SCAN_NO_OUTPUT: 'error',
  // Authoring: fmt, import, new (src/core/authoring, src/core/osv)
  FMT_UNFORMATTED: 'error',
  IMPORT_UNREADABLE: 'error',
  IMPORT_UNMAPPABLE: 'error',
  IMPORT_INVALID: 'error',
  IMPORT_ALREADY_IMPORTED: 'warning',
  IMPORT_DUPLICATE_ID: 'error',
  IMPORT_FILE_EXISTS: 'error',
} as const satisfies Record<string, Severity>;

export type Severity = 'error' | 'warning';
export type Code = keyof typeof CODES;

export function severityOf(code: Code): Severity {
  return CODES[code];
}

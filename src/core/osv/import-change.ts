/**
 * One thing import had to change or leave out to fit the tracker's rules.
 * `pointer` is a JSON pointer into the *input* record; `from` is the value
 * there (undefined when something was added) and `to` what the advisory has
 * instead (undefined when it was left out). Applying every change to the input
 * gives what the advisory exports back, which the round-trip test checks.
 */
export interface ImportChange {
  kind: ImportChangeKind;
  pointer: string;
  message: string;
  from?: unknown;
  to?: unknown;
}

export type ImportChangeKind =
  /** The advisory got this tracker's id; the original id went into aliases. */
  | 'id-assigned'
  /** An http: link rewritten to https: (the schema allows only https: and mailto:), or a bare e-mail contact given mailto:. */
  | 'url-https'
  /** A link that is neither https: nor convertible to it, kept under database_specific.osv_import.unmapped. */
  | 'url-unmapped'
  /** An id with stray punctuation or spaces, cleaned. */
  | 'id-cleaned'
  /** An id the schema cannot hold, kept under database_specific.osv_import.unmapped. */
  | 'id-unmapped'
  /** An alias another advisory here already has, moved to `related` (one vulnerability, one advisory). */
  | 'alias-to-related'
  /** OSV had no summary; one was written from the package and the details. */
  | 'summary-generated'
  /** The summary was longer than 200 characters or had line breaks. */
  | 'summary-shortened'
  /** OSV had no (valid) published instant; modified or the import time was used. */
  | 'published-filled'
  /** A GIT range with abbreviated commit hashes (the schema needs full hashes), kept under unmapped. */
  | 'range-unmapped'
  /** A severity the tracker cannot hold (CVSS v2, Ubuntu, an invalid vector, a second score of one type). */
  | 'severity-unmapped'
  /** A package with neither ranges nor versions got an empty versions list (same meaning). */
  | 'versions-empty'
  /** An unknown reference type, written as WEB. */
  | 'reference-type'
  /** A purl the schema rejects (e.g. with a version), kept under unmapped. */
  | 'purl-unmapped'
  /** A credit contact that is not an https: or mailto: URL, or an unknown credit type. */
  | 'credit-unmapped'
  /** A CVE JSON 5 field turned into its OSV counterpart in a way worth knowing (product as package, zone-less dates, rejected records). */
  | 'cve-mapped'
  /** A withdrawn instant before the published one, moved to published. */
  | 'withdrawn-adjusted'
  /** CR or CRLF line breaks in the details, written as LF (data text holds no control characters). */
  | 'line-breaks';

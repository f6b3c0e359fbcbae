/* Generated from schemas/*.schema.json by `npm run gen:types`. Do not edit: change the schema and regenerate. */

/**
 * One security advisory, one YAML file at advisories/<year>/<id>.yaml. Fields follow OSV (https://ossf.github.io/osv-schema/) wherever OSV has one, so the OSV export is lossless; status, embargo, timeline, coordinator and fixes are the tracker's own.
 */
export type AdvisoryFile = {
  /**
   * The advisory id, `<PREFIX>-<year>-<number>` with the prefix from watchkeeper.yaml. Must equal the file name (without .yaml) and the year must equal the folder name.
   */
  id: string;
  /**
   * Where the advisory is in its life: `draft` (being written, never published), `embargoed` (known, fix under embargo; published only after embargo.until), `published` (public), `withdrawn` (was published, then retracted; never deleted).
   */
  status: 'draft' | 'embargoed' | 'published' | 'withdrawn';
  /**
   * One line that names the problem, shown as the advisory title (OSV `summary`).
   */
  summary: string;
  /**
   * The full description in CommonMark Markdown (OSV `details`). Raw HTML is removed when the site renders it.
   */
  details?: string;
  /**
   * Other ids for the same vulnerability, such as CVE ids or the upstream advisory id (OSV `aliases`). Unique across the database, case-insensitively.
   *
   * @maxItems 100
   *
   * Items: A vulnerability id such as CVE-2026-12345 or GHSA-xxxx-xxxx-xxxx.
   */
  aliases?: string[];
  /**
   * Ids of closely related but distinct vulnerabilities (OSV `related`).
   *
   * @maxItems 100
   *
   * Items: A vulnerability id such as CVE-2026-12345 or GHSA-xxxx-xxxx-xxxx.
   */
  related?: string[];
  /**
   * Ids of the upstream vulnerabilities this advisory is derived from (OSV `upstream`).
   *
   * @maxItems 100
   *
   * Items: A vulnerability id such as CVE-2026-12345 or GHSA-xxxx-xxxx-xxxx.
   */
  upstream?: string[];
  /**
   * Severity scores as CVSS vectors (OSV `severity`). At most one per type.
   *
   * @maxItems 4
   */
  severity?: Severity[];
  /**
   * The affected packages with their affected and fixed versions (OSV `affected`). At least one, except for a withdrawn advisory, which may list none (an imported OSV tombstone).
   *
   * @maxItems 10000
   */
  affected: Affected[];
  /**
   * Links to more information (OSV `references`).
   *
   * @maxItems 1000
   */
  references?: Reference[];
  /**
   * People and organisations credited for finding, reporting, fixing or coordinating (OSV `credits`).
   *
   * @maxItems 100
   */
  credits?: Credit[];
  /**
   * When a published advisory was withdrawn, a UTC instant (OSV `withdrawn`). Required when status is `withdrawn`, forbidden otherwise.
   */
  withdrawn?: string;
  /**
   * Why the advisory was withdrawn, shown on its page.
   */
  withdrawn_reason?: string;
  /**
   * The embargo on disclosure. Nothing about an embargoed advisory is published before `until`.
   */
  embargo?: {
    /**
     * The instant the embargo lifts, in UTC with `Z` (e.g. 2026-12-01T14:00:00Z). The advisory may be published when now >= until.
     */
    until: string;
    /**
     * Why the embargo is as long as it is. Required when it exceeds the policy maximum (watchkeeper.yaml policy.max_embargo_days).
     */
    reason?: string;
  };
  /**
   * When things happened, each a UTC instant with `Z`. Order: reported <= disclosed <= published, reported <= fixed.
   */
  timeline: {
    /**
     * When the team learned of the vulnerability.
     */
    reported?: string;
    /**
     * When the vulnerability was made public (by anyone).
     */
    disclosed?: string;
    /**
     * When a fix became available to users (the fixed package or release was shipped).
     */
    fixed?: string;
    /**
     * When this advisory was first published. Required for published and withdrawn advisories, and never changes afterwards.
     */
    published?: string;
  };
  /**
   * The handle of the team member coordinating this advisory, from rotations/.
   */
  coordinator?: string;
  /**
   * What fixes the vulnerability: upstream or packaging commits, and package updates shipped to users.
   *
   * @maxItems 1000
   */
  fixes?: Fix[];
  /**
   * Free-form data carried unchanged into the OSV export's `database_specific` (OSV field).
   */
  database_specific?: {
    [k: string]: unknown | undefined;
  };
};
/**
 * One severity score (OSV `severity`).
 */
export type Severity = {
  /**
   * The scoring system: CVSS_V3 (3.0 or 3.1 vector) or CVSS_V4.
   */
  type: 'CVSS_V3' | 'CVSS_V4';
  /**
   * The CVSS vector string, e.g. CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H. The numeric score and rating are computed from it.
   */
  score: string;
};
/**
 * One affected package (OSV `affected[]`).
 */
export type Affected = Affected1 & {
  /**
   * The package: its ecosystem and name, and optionally its purl.
   */
  package: {
    /**
     * The package ecosystem, e.g. `Kestrel:3` or `PyPI`. Defaults to watchkeeper.yaml `default_ecosystem`.
     */
    ecosystem?: string;
    /**
     * The package name as the ecosystem spells it.
     */
    name: string;
    /**
     * The package URL (https://github.com/package-url/purl-spec) without a version.
     */
    purl?: string;
  };
  /**
   * Version ranges, each a list of events (OSV `ranges`).
   *
   * @minItems 1
   * @maxItems 100
   */
  ranges?: [Range, ...Range[]];
  /**
   * An explicit list of affected versions (OSV `versions`).
   *
   * @maxItems 10000
   */
  versions?: string[];
  /**
   * A severity for this package only, when it differs from the advisory's (OSV `affected[].severity`).
   *
   * @maxItems 4
   */
  severity?: Severity[];
  /**
   * Free-form data carried unchanged into OSV `ecosystem_specific`.
   */
  ecosystem_specific?: {
    [k: string]: unknown | undefined;
  };
  /**
   * Free-form data carried unchanged into OSV `affected[].database_specific`.
   */
  database_specific?: {
    [k: string]: unknown | undefined;
  };
};
export type Affected1 = {
  [k: string]: unknown | undefined;
};
/**
 * One version range (OSV `ranges[]`): events in order, starting with `introduced`.
 */
export type Range = {
  /**
   * How versions compare: ECOSYSTEM (the ecosystem's own ordering), SEMVER, or GIT (commit hashes, needs repo).
   */
  type: 'ECOSYSTEM' | 'SEMVER' | 'GIT';
  /**
   * The git repository URL, required for GIT ranges.
   */
  repo?: string;
  /**
   * The events: `introduced` (first affected), then `fixed` (first fixed), `last_affected` or `limit`.
   *
   * @minItems 1
   * @maxItems 200
   */
  events: [Event, ...Event[]];
  /**
   * Free-form data carried unchanged into OSV `ranges[].database_specific`.
   */
  database_specific?: {
    [k: string]: unknown | undefined;
  };
} & {
  /**
   * How versions compare: ECOSYSTEM (the ecosystem's own ordering), SEMVER, or GIT (commit hashes, needs repo).
   */
  type: 'ECOSYSTEM' | 'SEMVER' | 'GIT';
  /**
   * The git repository URL, required for GIT ranges.
   */
  repo?: string;
  /**
   * The events: `introduced` (first affected), then `fixed` (first fixed), `last_affected` or `limit`.
   *
   * @minItems 1
   * @maxItems 200
   */
  events: [Event, ...Event[]];
  /**
   * Free-form data carried unchanged into OSV `ranges[].database_specific`.
   */
  database_specific?: {
    [k: string]: unknown | undefined;
  };
};
/**
 * An https: URL (or mailto: where contact addresses are expected).
 */
export type Url = string;
/**
 * One fix: a commit, or a package update shipped to users.
 */
export type Fix = {
  /**
   * `commit` (needs repo and commit) or `update` (needs package and version).
   */
  type: 'commit' | 'update';
  /**
   * An https: URL (or mailto: where contact addresses are expected).
   */
  repo?: string;
  /**
   * The full commit hash.
   */
  commit?: string;
  /**
   * The updated package's name.
   */
  package?: string;
  /**
   * The version that carries the fix.
   */
  version?: string;
  /**
   * An https: URL (or mailto: where contact addresses are expected).
   */
  url?: string;
};

/**
 * One range event; exactly one key.
 */
export interface Event {
  /**
   * The first affected version (`0` for all versions before the fix).
   */
  introduced?: string;
  /**
   * The first version with the fix.
   */
  fixed?: string;
  /**
   * The last affected version, when no fixed version exists.
   */
  last_affected?: string;
  /**
   * An upper bound on the range (rarely needed).
   */
  limit?: string;
}
/**
 * One link (OSV `references[]`).
 */
export interface Reference {
  /**
   * What the link is (OSV reference types).
   */
  type:
    | 'ADVISORY'
    | 'ARTICLE'
    | 'DETECTION'
    | 'DISCUSSION'
    | 'REPORT'
    | 'FIX'
    | 'INTRODUCED'
    | 'GIT'
    | 'PACKAGE'
    | 'EVIDENCE'
    | 'WEB';
  /**
   * The link, https: only.
   */
  url: string;
}
/**
 * One credit (OSV `credits[]`).
 */
export interface Credit {
  /**
   * The name to show.
   */
  name: string;
  /**
   * The kind of credit (OSV credit types).
   */
  type?:
    | 'FINDER'
    | 'REPORTER'
    | 'ANALYST'
    | 'COORDINATOR'
    | 'REMEDIATION_DEVELOPER'
    | 'REMEDIATION_REVIEWER'
    | 'REMEDIATION_VERIFIER'
    | 'TOOL'
    | 'SPONSOR'
    | 'OTHER';
  /**
   * Ways to reach them: https: or mailto: URLs.
   *
   * @maxItems 10
   */
  contact?: Url[];
  /**
   * The handle, when the credited person is a team member in rotations/ (not exported to OSV).
   */
  member?: string;
}

/**
 * A file under rotations/: the roster (rotations/roster.yaml, `members`) or one period's terms (rotations/terms/<period>.yaml, `terms`). All rotation files together make the team's rotation.
 */
export interface RotationFile {
  /**
   * The people on the team, past and present. A member is listed once, in the roster, and keeps their entry after leaving so past terms and credits still resolve.
   *
   * @maxItems 1000
   */
  members?: Member[];
  /**
   * Fixed terms: who holds which role from when until when.
   *
   * @maxItems 10000
   */
  terms?: Term[];
}
/**
 * One team member.
 */
export interface Member {
  /**
   * The member's handle, used by terms, advisories' `coordinator` and credits' `member`.
   */
  handle: string;
  /**
   * The name shown on the team page.
   */
  name: string;
  /**
   * How to reach the member: a mailto: or https: URL.
   */
  contact: string;
  /**
   * The member's OpenPGP public key.
   */
  key: {
    /**
     * The primary key fingerprint: 40 (v4) or 64 (v6) upper-case hex digits, no spaces.
     */
    fingerprint: string;
    /**
     * The armored public key file, relative to rotations/ (e.g. keys/amara.asc).
     */
    path: string;
  };
  /**
   * The member's user name on the forge that hosts this repository (GitHub, GitLab), without `@`. `npm run codeowners` writes it into CODEOWNERS; when absent the handle is used.
   */
  forge_user?: string;
  /**
   * Areas the member can be consulted on (e.g. kernel, toolchain, crypto).
   *
   * @maxItems 50
   */
  expertise?: string[];
}
/**
 * One fixed term: a member holds a role from `from` (inclusive) until `until` (exclusive).
 */
export interface Term {
  /**
   * The member's handle from the roster.
   */
  member: string;
  /**
   * The duty: `coordinator` (runs embargoes and disclosure), `reviewer` (reviews advisories), or `expert` (consulted on an area).
   */
  role: 'coordinator' | 'reviewer' | 'expert';
  /**
   * `primary` (on duty) or `backup` (steps in when the primary is away). Defaults to primary.
   */
  position?: 'primary' | 'backup';
  /**
   * The start of the term, inclusive.
   */
  from: string;
  /**
   * The end of the term, exclusive.
   */
  until: string;
  /**
   * For experts: the area they are consulted on.
   */
  area?: string;
}

/**
 * The project settings, watchkeeper.yaml at the repository root: who the team is, how ids look, and the disclosure policy numbers every check uses.
 */
export interface SettingsFile {
  /**
   * The team's name as shown on the site, e.g. Kestrel Linux Security Team.
   */
  name: string;
  /**
   * The project or distribution the team serves, e.g. Kestrel Linux.
   */
  project?: string;
  /**
   * The public site's base URL, https:, ending without a slash.
   */
  site_url: string;
  /**
   * The advisory id prefix: ids are `<id_prefix>-<year>-<number>`.
   */
  id_prefix: string;
  /**
   * The ecosystem of a package that names none, e.g. `Kestrel:3`.
   */
  default_ecosystem: string;
  /**
   * How to reach the team.
   */
  contact: {
    /**
     * The address for vulnerability reports.
     */
    email: string;
    /**
     * A web page about reporting.
     */
    url?: string;
    /**
     * The fingerprint of the team's own OpenPGP key for encrypted reports, if it has one.
     */
    key_fingerprint?: string;
    /**
     * Languages reports may be written in (BCP 47 tags), e.g. [en, de].
     *
     * @minItems 1
     */
    languages?: [string, ...string[]];
  };
  /**
   * The disclosure policy numbers the checks enforce.
   */
  policy: {
    /**
     * Longest embargo, counted from the report, without a recorded reason (distros list: 14).
     */
    max_embargo_days?: number;
    /**
     * Embargoes longer than this draw a warning (distros list: 7).
     */
    preferred_embargo_days?: number;
    /**
     * Target days from disclosure to a fix available to users (distros list: 10).
     */
    fix_target_days?: number;
    /**
     * Days a triage record's package may stay in needs triage (detected or investigating) before it draws a warning (TRIAGE_OVERDUE).
     */
    triage_target_days?: number;
    /**
     * Shortest term a member may hold a role.
     */
    term_min_months?: number;
    /**
     * Longest term a member may hold a role.
     */
    term_max_months?: number;
  };
  /**
   * Where the repository lives, for links to commits.
   */
  forge?: {
    /**
     * A URL template for a commit, with `{sha}`, e.g. https://git.example.org/security/commit/{sha}.
     */
    commit_url?: string;
  };
  /**
   * How the OSV export names things that OSV requires to be registered.
   */
  osv?: {
    /**
     * The OSV id prefix replacing id_prefix in exported ids. A database not registered with OSV uses `x_` plus its name, e.g. x_KESTREL.
     */
    id_prefix?: string;
    /**
     * Maps the tracker's ecosystems to registered OSV ecosystems (e.g. `Kestrel:3: Debian:12`); an ecosystem mapped to null is exported without an OSV package, with the package kept in database_specific.
     */
    ecosystems?: {
      [k: string]: string | null | undefined;
    };
  };
  /**
   * Sealed embargoed drafts (encrypted to the team). Off unless enabled.
   */
  sealing?: {
    /**
     * Turns on `npm run seal` and the sealed-draft checks.
     */
    enabled?: boolean;
  };
}

/**
 * A vulnerability id such as CVE-2026-12345, GHSA-xxxx-xxxx-xxxx or an OSV id.
 */
export type VulnId = string;

/**
 * One upstream vulnerability (CVE, GHSA, OSV id) the team tracks, one YAML file at vulns/<year>/<id>.yaml, with a dated event log per package and release. The current status of a package in a release is its latest event. See docs/triage.md.
 */
export interface TriageFile {
  /**
   * The upstream id (CVE-2026-0101, GHSA-…, an OSV id). Must equal the file name without .yaml; the year folder is the id's year (CVE-YYYY-…), else the year of published_upstream.
   */
  id: string;
  /**
   * Other upstream ids for the same vulnerability (OSV `aliases`), e.g. the GHSA id of a CVE.
   *
   * @maxItems 100
   */
  aliases?: VulnId[];
  /**
   * One line from upstream that names the problem.
   */
  summary: string;
  /**
   * Upstream links: the CVE record, the upstream advisory, the fix.
   *
   * @maxItems 1000
   */
  references?: TriageReference[];
  /**
   * When upstream made the vulnerability public (the CVE's or OSV record's publication). The fix target is counted from here. Absent while it is not public (then an embargo is expected).
   */
  published_upstream?: string;
  /**
   * An embargo on disclosure, with the same shape and meaning as an advisory's: nothing about this record is published before `until`.
   */
  embargo?: {
    /**
     * The instant the embargo lifts, in UTC with `Z`. The record may be published when now >= until.
     */
    until: string;
    /**
     * Why the embargo is as long as it is.
     */
    reason?: string;
  };
  /**
   * Who triages this record: a handle from the rotations/ roster.
   */
  assignee?: string;
  /**
   * Free-form notes of the team about this vulnerability (plain text).
   */
  notes?: string;
  /**
   * The packages this vulnerability may touch, each with its status per release.
   *
   * @minItems 1
   * @maxItems 1000
   */
  packages: [TriagePackage, ...TriagePackage[]];
}
/**
 * One link (OSV `references[]`).
 */
export interface TriageReference {
  /**
   * What the link is (OSV reference types).
   */
  type:
    | 'ADVISORY'
    | 'ARTICLE'
    | 'DETECTION'
    | 'DISCUSSION'
    | 'REPORT'
    | 'FIX'
    | 'INTRODUCED'
    | 'GIT'
    | 'PACKAGE'
    | 'EVIDENCE'
    | 'WEB';
  /**
   * The link, https: only.
   */
  url: string;
}
/**
 * One package of the inventory and its status in each release.
 */
export interface TriagePackage {
  /**
   * A package name as the distribution ships it (the inventory's `name`).
   */
  name: string;
  /**
   * The releases in which this package is tracked, each with its event log.
   *
   * @minItems 1
   * @maxItems 100
   */
  releases: [TriageReleaseStatus, ...TriageReleaseStatus[]];
}
/**
 * The event log of one package in one release.
 */
export interface TriageReleaseStatus {
  /**
   * The release, by the id of its file vulns/releases/<id>.yaml.
   */
  release: string;
  /**
   * What happened, oldest first; the latest event is the current status.
   *
   * @minItems 1
   * @maxItems 1000
   */
  events: [TriageEvent, ...TriageEvent[]];
}
/**
 * One dated step of triage. Fields other than status, at, by and note belong to one status each (see docs/triage.md).
 */
export interface TriageEvent {
  /**
   * detected (needs triage), investigating (needs triage, someone is on it), affected, not_affected (with justification and statement), fixed (with version), will_not_fix (with reason), rejected (the upstream id was REJECTED).
   */
  status: 'detected' | 'investigating' | 'affected' | 'not_affected' | 'fixed' | 'will_not_fix' | 'rejected';
  /**
   * When this happened, in UTC with `Z`.
   */
  at: string;
  /**
   * Who recorded it: a roster handle.
   */
  by?: string;
  /**
   * Why, in a sentence or two (plain text). Required when a fixed package becomes affected again.
   */
  note?: string;
  /**
   * For not_affected: the VEX justification (CISA/OpenVEX list).
   */
  justification?:
    | 'component_not_present'
    | 'vulnerable_code_not_present'
    | 'vulnerable_code_not_in_execute_path'
    | 'vulnerable_code_cannot_be_controlled_by_adversary'
    | 'inline_mitigations_already_exist';
  /**
   * For not_affected: the impact statement readers and VEX consumers see, e.g. which build option removes the code.
   */
  statement?: string;
  /**
   * For fixed: the first package version in this release that has the fix.
   */
  version?: string;
  /**
   * For fixed: the team's advisory id that announces the fix, when there is one; it should list this record's id among its aliases.
   */
  advisory?: string;
  /**
   * For fixed: the commit (hex id) in the packaging repository that carries the fix.
   */
  commit?: string;
  /**
   * For fixed: the update or erratum that shipped it, e.g. an update id or a link text.
   */
  update?: string;
  /**
   * For will_not_fix: why not, e.g. the release is past its end of life or the package is not shipped by default.
   */
  reason?: string;
}

/**
 * One release of the distribution and the packages it ships, one YAML file at vulns/releases/<id>.yaml. Triage records name releases and packages from these files; the intake matches upstream records against the upstream names here. See docs/triage.md.
 */
export interface ReleaseFile {
  /**
   * The release id; must equal the file name without .yaml.
   */
  id: string;
  /**
   * The release's name as readers know it, e.g. Kestrel Linux 4.
   */
  name: string;
  /**
   * The package ecosystem of this release as advisories name it (affected[].package.ecosystem), e.g. Kestrel:4. Defaults to the settings' default_ecosystem.
   */
  ecosystem?: string;
  /**
   * When the release came out, in UTC with `Z`.
   */
  released: string;
  /**
   * When security support ends, in UTC with `Z`. After it, new events other than will_not_fix draw a warning. Absent: supported with no end date set.
   */
  end_of_life?: string;
  /**
   * The packages this release ships, with how upstream names them.
   *
   * @minItems 1
   * @maxItems 100000
   */
  packages: [ReleasePackage, ...ReleasePackage[]];
}
/**
 * One shipped package.
 */
export interface ReleasePackage {
  /**
   * A package name as the distribution ships it (the inventory's `name`).
   */
  name: string;
  /**
   * The version this release ships now.
   */
  version: string;
  /**
   * How CVE records name the upstream project (affected[].vendor and product in CVE JSON 5).
   *
   * @maxItems 50
   *
   * Items: One vendor/product pair.
   */
  cve?: {
    /**
     * The CVE vendor, e.g. openssl.
     */
    vendor: string;
    /**
     * The CVE product, e.g. openssl.
     */
    product: string;
  }[];
  /**
   * CPE 2.3 names of the upstream project, e.g. cpe:2.3:a:openssl:openssl:*:*:*:*:*:*:*:*.
   *
   * @maxItems 50
   *
   * Items: One CPE 2.3 formatted string.
   */
  cpe?: string[];
  /**
   * Package URLs of the upstream project (OSV `package.purl`), e.g. pkg:github/openssl/openssl.
   *
   * @maxItems 50
   *
   * Items: One package URL.
   */
  purl?: string[];
  /**
   * Other names upstream feeds use for this package (OSV package names of a parent distribution, a source package name, a CVE packageName outside a language registry). A plain name matches in any ecosystem other than the team's own; <ecosystem>/<name> (AlmaLinux:9/openssl-libs, a `:` before the first `/`) only in that ecosystem.
   *
   * @maxItems 50
   *
   * Items: One upstream package name.
   */
  upstream_names?: string[];
}

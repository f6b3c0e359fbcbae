/**
 * The names OSV requires to be registered, copied from the official schema
 * (ossf/osv-schema validation/schema.json at 51b8156, 2026-07-01). The export
 * must not claim an ecosystem or id prefix that is not on these lists, or
 * every OSV consumer rejects the record. tests/osv/to-osv.test.ts fails
 * when this copy drifts from the vendored schemas/external/osv/schema.json.
 */
export const OSV_ECOSYSTEMS: readonly string[] = [
  'AlmaLinux',
  'Alpaquita',
  'Alpine',
  'Android',
  'Azure Linux',
  'BellSoft Hardened Containers',
  'Bioconductor',
  'Bitnami',
  'Chainguard',
  'CleanStart',
  'ConanCenter',
  'CRAN',
  'crates.io',
  'Debian',
  'Docker Hardened Images',
  'Echo',
  'FreeBSD',
  'GHC',
  'GitHub Actions',
  'Go',
  'Hackage',
  'Hex',
  'Julia',
  'Kubernetes',
  'Linux',
  'Mageia',
  'Maven',
  'MinimOS',
  'npm',
  'NuGet',
  'opam',
  'openEuler',
  'openSUSE',
  'OSS-Fuzz',
  'Packagist',
  'Photon OS',
  'Pub',
  'PyPI',
  'Red Hat',
  'Rocky Linux',
  'Root',
  'RubyGems',
  'SUSE',
  'SwiftURL',
  'TuxCare',
  'Ubuntu',
  'VSCode',
  'Wolfi',
];

/** Registered home-database id prefixes (each followed by `-`), plus `x_` for unregistered databases. */
export const OSV_ID_PREFIXES: readonly string[] = [
  'ASB-A',
  'PUB-A',
  'ALPINE',
  'ALSA',
  'ALBA',
  'ALEA',
  'AZL',
  'BELL',
  'BIT',
  'CGA',
  'CLEANSTART',
  'CLSA',
  'CURL',
  'CVE',
  'DEBIAN',
  'DHI',
  'DRUPAL',
  'DSA',
  'DLA',
  'ELA',
  'DTSA',
  'ECHO',
  'EEF',
  'FreeBSD',
  'GHSA',
  'GO',
  'GSD',
  'HSEC',
  'JLSEC',
  'KUBE',
  'LBSEC',
  'LSN',
  'MAL',
  'MINI',
  'MGASA',
  'OESA',
  'OSEC',
  'OSV',
  'openSUSE-SU',
  'PHSA',
  'PSF',
  'PYSEC',
  'RHBA',
  'RHEA',
  'RHSA',
  'RLSA',
  'RXSA',
  'RSEC',
  'ROOT',
  'RUSTSEC',
  'SUSE-SU',
  'SUSE-RU',
  'SUSE-FU',
  'SUSE-OU',
  'UBUNTU',
  'USN',
  'V8',
];

const ECOSYSTEMS = new Set(OSV_ECOSYSTEMS);

/** `Debian:12` is registered because `Debian` is; `GIT` is allowed for git-only packages. */
export function isRegisteredEcosystem(ecosystem: string): boolean {
  const base = ecosystem.split(':')[0] ?? '';
  if (base !== ecosystem && ecosystem.length === base.length + 1) return false; // `Debian:` has an empty suffix
  return ECOSYSTEMS.has(base) || base === 'GIT';
}

export function hasRegisteredIdPrefix(id: string): boolean {
  return id.startsWith('x_') || OSV_ID_PREFIXES.some((prefix) => id.startsWith(`${prefix}-`));
}

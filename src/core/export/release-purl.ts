import { PackageURL } from 'packageurl-js';
import type { Settings } from '../settings.ts';
import type { ReleaseFile } from '../types.gen.ts';

/**
 * The package URL of a package as a release ships it, for VEX products. The
 * inventory's own `purl` list names the upstream project (what intake matches
 * upstream records against); a scanner that finds the package installed on a
 * system of the release builds a purl of the distribution's package instead,
 * so that is what VEX statements must name.
 *
 * The type and namespace come from the release's ecosystem: the distributions
 * the purl specification knows (`Debian:12` → `pkg:deb/debian/…`), language
 * ecosystems (`PyPI` → `pkg:pypi/…`), and for anything else `pkg:generic/<the
 * ecosystem's name, lower case>/<package>`. Distribution packages carry the
 * release id as the `distro` qualifier (the purl spec's name for it), so the
 * same package in two releases gets two products.
 */
const DISTRIBUTIONS: Readonly<Record<string, { type: string; namespace: string }>> = {
  Debian: { type: 'deb', namespace: 'debian' },
  Ubuntu: { type: 'deb', namespace: 'ubuntu' },
  Alpine: { type: 'apk', namespace: 'alpine' },
  Wolfi: { type: 'apk', namespace: 'wolfi' },
  Chainguard: { type: 'apk', namespace: 'chainguard' },
  AlmaLinux: { type: 'rpm', namespace: 'almalinux' },
  'Rocky Linux': { type: 'rpm', namespace: 'rocky-linux' },
  'Red Hat': { type: 'rpm', namespace: 'redhat' },
  openSUSE: { type: 'rpm', namespace: 'opensuse' },
  SUSE: { type: 'rpm', namespace: 'suse' },
  openEuler: { type: 'rpm', namespace: 'openeuler' },
};

const LANGUAGES: Readonly<Record<string, string>> = {
  PyPI: 'pypi',
  npm: 'npm',
  'crates.io': 'cargo',
  Go: 'golang',
  RubyGems: 'gem',
  NuGet: 'nuget',
  Packagist: 'composer',
  Hex: 'hex',
  Pub: 'pub',
};

/** The release's ecosystem, as advisories name it (`default_ecosystem` when the release names none). */
export function releaseEcosystem(
  release: Pick<ReleaseFile, 'ecosystem'> | undefined,
  settings: Pick<Settings, 'default_ecosystem'>,
): string {
  return release?.ecosystem ?? settings.default_ecosystem;
}

/** `pkg:…` for `name` in `release` (by id), at `version` when given (a fixed version), else the package as such. */
export function releasePackagePurl(ecosystem: string, releaseId: string, name: string, version?: string): string {
  const base = ecosystem.split(':')[0] ?? ecosystem;
  const language = LANGUAGES[base];
  if (language) {
    // `@scope/name` (npm), `github.com/org/module` (Go): the part before the last `/` is the purl namespace.
    const cut = name.lastIndexOf('/');
    const namespace = cut > 0 ? name.slice(0, cut) : undefined;
    return new PackageURL(language, namespace, cut > 0 ? name.slice(cut + 1) : name, version, undefined, undefined).toString();
  }
  const known = DISTRIBUTIONS[base];
  const type = known?.type ?? 'generic';
  const namespace = known?.namespace ?? (base.toLowerCase().replace(/[^a-z0-9.+-]+/g, '-') || undefined);
  return new PackageURL(type, namespace, name, version, { distro: releaseId }, undefined).toString();
}

// The purl of a distribution's package in a release, as VEX products name it:
// known distributions and language ecosystems get their purl type, anything
// else pkg:generic; every result parses back as the same purl.
import { PackageURL } from 'packageurl-js';
import { expect, test } from 'vitest';
import { releasePackagePurl } from '../../src/core/export/release-purl.ts';

test.each([
  ['Debian:12', 'debian-12', 'openssl', undefined, 'pkg:deb/debian/openssl?distro=debian-12'],
  ['AlmaLinux:9', 'alma-9', 'openssl', '3.0.7-1.el9', 'pkg:rpm/almalinux/openssl@3.0.7-1.el9?distro=alma-9'],
  ['Kestrel:3', 'kestrel-3', 'openssl', '3.0.15-1.ks3', 'pkg:generic/kestrel/openssl@3.0.15-1.ks3?distro=kestrel-3'],
  ['PyPI', 'main', 'Django', undefined, 'pkg:pypi/django'],
  ['npm', 'main', '@scope/widget', '1.0.0', 'pkg:npm/%40scope/widget@1.0.0'],
  ['Go', 'main', 'github.com/org/module', undefined, 'pkg:golang/github.com/org/module'],
])('%s %s %s@%s → %s', (ecosystem, release, name, version, expected) => {
  const purl = releasePackagePurl(ecosystem, release, name, version);
  expect(purl).toBe(expected);
  expect(PackageURL.fromString(purl).toString()).toBe(purl);
});

test('a name or version with reserved characters is percent-encoded, not passed through', () => {
  const purl = releasePackagePurl('Kestrel:3', 'kestrel-3', 'a b<c>', '1.0#x');
  expect(purl).not.toMatch(/[ <>]|#x/);
  expect(PackageURL.fromString(purl).name).toBe('a b<c>');
  expect(PackageURL.fromString(purl).version).toBe('1.0#x');
});

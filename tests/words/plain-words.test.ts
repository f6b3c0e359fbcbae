// Counts, languages, capitals and package slugs as readers see them.
import { expect, test } from 'vitest';
import { paths, slug } from '../../src/core/export/paths.ts';
import { capitalised, countOf, languageChoice, languageName } from '../../src/core/index.ts';

test('counts agree with their noun', () => {
  expect(countOf(0, 'advisory', 'advisories')).toBe('0 advisories');
  expect(countOf(1, 'advisory', 'advisories')).toBe('1 advisory');
  expect(countOf(2, 'package')).toBe('2 packages');
  expect(countOf(12345, 'package')).toBe('12,345 packages');
});

test('languages are named, and an unknown code is kept as written', () => {
  expect(languageName('de')).toBe('German');
  expect(languageChoice(['en', 'de'])).toBe('English or German');
  expect(languageName('not a tag!')).toBe('not a tag!');
});

test('capitalised', () => {
  expect(capitalised('high')).toBe('High');
  expect(capitalised('')).toBe('');
});

test('package slugs carry no `:` and stay one-to-one', () => {
  expect(slug('Kestrel:3')).toBe('Kestrel_3');
  expect(slug('Kestrel_3')).toBe('Kestrel~5F3');
  expect(slug('golang.org/x/net')).toBe('golang.org~2Fx~2Fnet');
  expect(paths.package('Kestrel:3', 'openssl')).toBe('/packages/Kestrel_3/openssl/');
  expect(paths.legacyPackage('Kestrel:3', 'openssl')).toBe('/packages/Kestrel:3/openssl/');
  expect(paths.package('Debian:12', 'a')).not.toContain(':');
});

// The official schemas in schemas/external: every copy is listed in its README,
// compiles, and is byte-identical to ../shared/schemas-external where that exists.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import {
  csafValidators,
  EXTERNAL_SCHEMAS_ROOT,
  openvexValidator,
  osvValidator,
  readExternalSchema,
  VENDORED_FILES,
  VENDORED_HERE_ONLY,
} from '../helpers/external-schemas.ts';
import { SHARED_SCHEMAS_ROOT, sharedTest } from '../helpers/shared.ts';

function listFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? listFiles(join(dir, name)) : [join(dir, name)]));
}

test('every vendored file is in the list the drift test walks, and the README names each one with its source', () => {
  const onDisk = listFiles(EXTERNAL_SCHEMAS_ROOT)
    .map((f) => relative(EXTERNAL_SCHEMAS_ROOT, f))
    .filter((f) => f !== 'README.md' && f !== 'csaf/referenced_schema/first/LICENSE');
  expect(onDisk.sort()).toEqual([...VENDORED_FILES, ...VENDORED_HERE_ONLY].map((f) => f.vendored).sort());
  const readme = readFileSync(join(EXTERNAL_SCHEMAS_ROOT, 'README.md'), 'utf8');
  for (const { vendored } of [...VENDORED_FILES, ...VENDORED_HERE_ONLY]) {
    const base = vendored.split('/').pop() as string;
    expect(readme, vendored).toContain(base.replace(/\.json$/, ''));
  }
  expect(readme).toContain('51b8156b69b9e2e9ff2301e649db61636067fcfa');
  expect(readme).toContain('27af37f5c9a107abb166e855fa6505fc4ffaade8');
  expect(readme).toContain('309766a32f7f271fe1923c36832c9accc6eafafd');
});

test('the copies ../shared does not hold are still the bytes the README records', () => {
  const readme = readFileSync(join(EXTERNAL_SCHEMAS_ROOT, 'README.md'), 'utf8');
  for (const { vendored, sha256 } of VENDORED_HERE_ONLY) {
    if (!sha256) continue;
    const actual = createHash('sha256')
      .update(readFileSync(join(EXTERNAL_SCHEMAS_ROOT, vendored)))
      .digest('hex');
    expect(actual, vendored).toBe(sha256);
    expect(readme, vendored).toContain(sha256);
  }
});

test('the vendored schemas compile and tell a valid record from an invalid one', () => {
  const osv = osvValidator();
  const record = { schema_version: '1.7.0', id: 'x_TST-2026-0001', modified: '2026-11-24T12:00:00Z' };
  expect(osv(record)).toBe(true);
  expect(osv({ ...record, id: 'TST-2026-0001' })).toBe(false);
  const { document, provider, aggregator } = csafValidators();
  expect(document({})).toBe(false);
  expect(provider({})).toBe(false);
  expect(aggregator({})).toBe(false);
  const vex = openvexValidator();
  const statement = { vulnerability: { name: 'CVE-2026-0101' }, status: 'not_affected' };
  const vexDocument = {
    '@context': 'https://openvex.dev/ns/v0.2.0',
    '@id': 'https://security.example/vex/all.openvex.json',
    author: 'Test',
    timestamp: '2026-11-24T12:00:00Z',
    version: 1,
    statements: [{ ...statement, justification: 'component_not_present' }],
  };
  expect(vex(vexDocument)).toBe(true);
  // not_affected takes exactly one of justification and impact_statement.
  expect(vex({ ...vexDocument, statements: [statement] })).toBe(false);
  expect(vex({ ...vexDocument, statements: [{ ...statement, justification: 'component_not_present', impact_statement: 'x' }] })).toBe(
    false,
  );
  const ecosystems = readExternalSchema('osv/ecosystems.json');
  expect(Object.keys(ecosystems)).toContain('AlmaLinux');
});

sharedTest('schemas-external', 'every vendored copy equals its file in ../shared/schemas-external', {}, () => {
  const drifted = VENDORED_FILES.filter(
    ({ vendored, shared }) => !readFileSync(join(EXTERNAL_SCHEMAS_ROOT, vendored)).equals(readFileSync(join(SHARED_SCHEMAS_ROOT, shared))),
  ).map(({ vendored, shared }) => `schemas/external/${vendored} differs from ${shared}: copy it again and update the README`);
  expect(drifted).toEqual([]);
});

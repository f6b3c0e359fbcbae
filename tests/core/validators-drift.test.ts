import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect, test } from 'vitest';
import { compileValidators } from '../../src/core/schema/compile-validators.ts';
import { generateValidators } from '../../src/core/schema/generate-validators.ts';
import { usesPrecompiledValidators, validators } from '../../src/core/schema/validators.ts';
import { PROJECT_ROOT } from '../helpers/test-repo.ts';

test('src/core/schema/validators.gen.js is what the schemas generate (run `npm run gen:types` after a schema change)', () => {
  const committed = readFileSync(join(PROJECT_ROOT, 'src/core/schema/validators.gen.js'), 'utf8');
  expect(committed).toBe(generateValidators());
  expect(usesPrecompiledValidators()).toBe(true);
});

// The precompiled code must judge exactly as AJV compiling the schemas does: same verdict, same errors.
test('the precompiled validators give the same verdicts and errors as AJV compiling the schemas', () => {
  const fresh = compileValidators(Ajv2020).validate;
  const pre = validators();
  const advisory = {
    id: 'KSA-2026-0001',
    status: 'published',
    summary: 'curl: a bug',
    affected: [
      { package: { name: 'curl', purl: 'pkg:deb/debian/curl@1' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }] }] },
    ],
    severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:X' }],
    references: [{ type: 'WEB', url: 'http://example.org/' }],
    timeline: { reported: '2026-01-01T00:00:00+01:00', published: '2026-02-30T00:00:00Z' },
    unknown: true,
  };
  const cases: [keyof typeof pre, unknown][] = [
    ['advisory', advisory],
    ['advisory', { ...advisory, id: 'ksa-1', summary: 'two\nlines' }],
    ['advisory', 42],
    ['settings', { name: 'x', contact: { email: 'not an address' } }],
    ['rotation', { members: [{ handle: 7 }] }],
  ];
  for (const [name, data] of cases) {
    const a = fresh[name];
    const b = pre[name];
    expect(b(data)).toBe(a(data));
    expect(b.errors).toEqual(a.errors);
    expect(b.errors?.length ?? 0).toBeGreaterThan(0);
  }
});

import { expect, test, vi } from 'vitest';
import { usesPrecompiledValidators, validators } from '../../src/core/schema/validators.ts';

// Precompiled code from other schemas than those on disk (a schema edited, `npm run gen:types` not yet run).
vi.mock('../../src/core/schema/validators.gen.js', () => ({
  SCHEMAS_HASH: 'generated-from-other-schemas',
  advisory: () => true,
  rotation: () => true,
  settings: () => true,
}));

test('stale precompiled validators are not used: the schemas on disk are compiled and judge', () => {
  expect(usesPrecompiledValidators()).toBe(false);
  const validate = validators().advisory;
  expect(validate({ id: 'KSA-2026-0001' })).toBe(false);
  expect(validate.errors?.some((e) => e.keyword === 'required')).toBe(true);
});

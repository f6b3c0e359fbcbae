// plainDigest keys Astro's page copies (src/site/page-keys.ts): equal data must give equal digests
// whatever the key order, any difference must change it, and what it cannot see must throw.
import { expect, test } from 'vitest';
import { plainDigest } from '../../src/core/plain-digest.ts';

test('the same data in another key order gives the same digest', () => {
  expect(plainDigest({ a: 1, b: { c: [1, 'x', null], d: true } })).toBe(plainDigest({ b: { d: true, c: [1, 'x', null] }, a: 1 }));
});

test('keys holding undefined are left out, as JSON leaves them out', () => {
  expect(plainDigest({ a: 1, b: undefined })).toBe(plainDigest({ a: 1 }));
});

test('any change of a value, a type, an order or a nesting changes the digest', () => {
  const base = { id: 'TST-2026-0001', list: ['a', 'b'], n: 1, flag: false, nested: { x: null } };
  const variants: unknown[] = [
    { ...base, id: 'TST-2026-0002' },
    { ...base, list: ['b', 'a'] },
    { ...base, list: ['a', 'b', ''] },
    { ...base, list: 'a,b' },
    { ...base, n: '1' },
    { ...base, n: 1.5 },
    { ...base, flag: 0 },
    { ...base, nested: { x: 'null' } },
    { ...base, nested: {} },
    { ...base, nested: { x: null, y: null } },
    { ...base, extra: null },
    // A key that itself contains the separators of the encoding.
    { ...base, 'nested":{"x': null },
  ];
  const digests = new Set([plainDigest(base), ...variants.map(plainDigest)]);
  expect(digests.size).toBe(variants.length + 1);
});

test('values JSON would write wrongly or not at all throw, naming where they are', () => {
  expect(() => plainDigest({ a: new Map([['k', 1]]) })).toThrow(/\$\.a is a Map/);
  expect(() => plainDigest({ a: [1, new Set()] })).toThrow(/\$\.a\[1\] is a Set/);
  expect(() => plainDigest({ when: new Date(0) })).toThrow(/is a Date/);
  expect(() => plainDigest({ f: () => 1 })).toThrow(/is a function/);
  expect(() => plainDigest({ n: Number.NaN })).toThrow(/NaN/);
  expect(() => plainDigest([undefined])).toThrow(/\$\[0\] is undefined/);
  class Score {
    value = 1;
  }
  expect(() => plainDigest({ s: new Score() })).toThrow(/is a Score/);
});

test('objects without a prototype are plain data too', () => {
  const bare = Object.assign(Object.create(null) as Record<string, unknown>, { a: 1 });
  expect(plainDigest(bare)).toBe(plainDigest({ a: 1 }));
});

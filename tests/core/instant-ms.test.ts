import { describe, expect, it } from 'vitest';
import { instantMs } from '../../src/core/time.ts';

/** A small seeded generator, so a failure names the same values every run. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('instantMs', () => {
  it('gives exactly what Date.parse gives for random instants and for field values around every boundary', () => {
    const random = seeded(13);
    const values: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      // Fields drawn past their ranges too (month 0–13, day 0–32, hour 0–25, …), so both paths are exercised.
      const field = (below: number) => pad(Math.floor(random() * below), 2);
      const [month, day, hour, minute, second] = [field(14), field(33), field(26), field(61), field(61)];
      const year = pad(Math.floor(random() * 10_000), 4);
      values.push(`${year}-${month}-${day}T${hour}:${minute}:${second}Z`);
    }
    for (const year of [99, 100, 1900, 1970, 2000, 2024, 2026, 2100, 9999])
      for (const [month, day] of [
        [1, 31],
        [2, 28],
        [2, 29],
        [2, 30],
        [4, 30],
        [4, 31],
        [12, 31],
        [12, 32],
      ] as const)
        values.push(
          `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T23:59:59Z`,
          `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T24:00:00Z`,
        );
    for (const value of values) expect([value, instantMs(value)]).toEqual([value, Date.parse(value)]);
  });

  it('leaves every other shape to Date.parse, NaN included', () => {
    const values = [
      '2026-12-01T14:00:00.5Z',
      '2026-12-01T14:00:00.123456789Z',
      '2026-12-01T14:00:00+01:00',
      '2026-12-01 14:00:00Z',
      '2026-12-01T14:00:00z',
      '2026-12-01T14:00Z',
      '2026-12-01',
      '2026-1a-01T14:00:00Z',
      '+02026-12-01T14:00:00Z',
      '0050-01-01T00:00:00Z',
      '',
      'not an instant',
    ];
    for (const value of values) expect([value, instantMs(value)]).toEqual([value, Date.parse(value)]);
    expect(instantMs('2026-12-01T14:00:00Z')).toBe(Date.UTC(2026, 11, 1, 14, 0, 0));
  });
});

import { expect, test } from 'vitest';
import { dutyAt, handoversAfter, loadDatabase, nextHandover } from '../../src/core/index.ts';
import { PROJECT_ROOT } from '../helpers/test-repo.ts';

const db = loadDatabase(PROJECT_ROOT, { now: new Date('2026-11-24T12:00:00Z') });

test('the example rotation has a coordinator and a backup on duty', () => {
  const duty = dutyAt(db.terms, new Date('2026-11-24T12:00:00Z'));
  expect(duty.coordinator.primary.map((t) => t.member)).toEqual(['jonas']);
  expect(duty.coordinator.backup.map((t) => t.member)).toEqual(['mei']);
  expect(duty.reviewer.primary.map((t) => t.member)).toEqual(['mei']);
  expect(duty.experts.map((t) => [t.member, t.area])).toEqual([['amara', 'kernel']]);
});

test('a term holds from its start and no longer at its exclusive end', () => {
  expect(dutyAt(db.terms, new Date('2026-06-30T23:59:59.999Z')).coordinator.primary.map((t) => t.member)).toEqual(['amara']);
  expect(dutyAt(db.terms, new Date('2026-07-01T00:00:00Z')).coordinator.primary.map((t) => t.member)).toEqual(['jonas']);
});

test('handovers list who leaves and who takes over, earliest first', () => {
  const next = nextHandover(db.terms, new Date('2026-11-24T12:00:00Z'));
  expect(next).toMatchObject({ role: 'coordinator', position: 'primary', outgoing: ['jonas'], incoming: ['mei'] });
  expect(next?.at.toISOString()).toBe('2027-01-01T00:00:00.000Z');
  const all = handoversAfter(db.terms, new Date('2026-11-24T12:00:00Z'));
  expect(
    all.map((h) => `${h.at.toISOString().slice(0, 10)} ${h.role}/${h.position}${h.area ? `/${h.area}` : ''} ${h.outgoing}→${h.incoming}`),
  ).toEqual([
    '2027-01-01 coordinator/primary jonas→mei',
    '2027-01-01 coordinator/backup mei→amara',
    '2027-01-01 reviewer/primary mei→jonas',
    '2027-01-01 expert/primary/kernel amara→',
    '2027-01-01 expert/primary/networking →mei',
    '2027-07-01 coordinator/primary mei→amara',
    '2027-07-01 coordinator/backup amara→jonas',
    '2028-01-01 coordinator/primary amara→',
    '2028-01-01 coordinator/backup jonas→',
    '2028-01-01 reviewer/primary jonas→',
    '2028-01-01 expert/primary/networking mei→',
  ]);
});

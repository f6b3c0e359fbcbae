import { expect, test } from 'vitest';
import { dutyAt, handoversAfter, loadDatabase, nextHandover, type RotationTerm } from '../../src/core/index.ts';
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

test('during an overlapping handover both members are on duty; the newcomer arrives before the other leaves', () => {
  const term = (member: string, from: string, until: string): RotationTerm => ({
    member,
    role: 'coordinator',
    position: 'primary',
    from,
    until,
    file: 'rotations/terms/t.yaml',
    index: 0,
    fromMs: Date.parse(from),
    untilMs: Date.parse(until),
  });
  const terms = [term('ada', '2026-07-01T00:00:00Z', '2027-01-08T00:00:00Z'), term('bo', '2027-01-01T00:00:00Z', '2027-07-01T00:00:00Z')];
  expect(dutyAt(terms, new Date('2027-01-03T00:00:00Z')).coordinator.primary.map((t) => t.member)).toEqual(['ada', 'bo']);
  expect(
    handoversAfter(terms, new Date('2026-12-01T00:00:00Z')).map((h) => [h.at.toISOString().slice(0, 10), h.outgoing, h.incoming]),
  ).toEqual([
    ['2027-01-01', [], ['bo']],
    ['2027-01-08', ['ada'], []],
    ['2027-07-01', ['bo'], []],
  ]);
});

test('a member who renews their own term back to back hands nothing over', () => {
  const renewed = db.terms.filter((t) => t.role === 'coordinator' && t.position === 'primary');
  const again = {
    ...(renewed[0] as RotationTerm),
    member: 'amara',
    from: '2026-07-01T00:00:00Z',
    fromMs: Date.parse('2026-07-01T00:00:00Z'),
    untilMs: Date.parse('2027-01-01T00:00:00Z'),
  };
  const handovers = handoversAfter([renewed[0] as RotationTerm, again], new Date('2026-02-01T00:00:00Z'));
  expect(handovers.map((h) => h.at.toISOString().slice(0, 10))).toEqual(['2027-01-01']);
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { advisoryPath, advisoryYaml } from '../helpers/test-repo.ts';
import { codes, type GateRepo, gateRepo } from './gate-context.ts';

let g: GateRepo;
beforeEach(async () => {
  g = await gateRepo();
});
afterEach(() => g.repo.cleanup());

const A1 = 'TST-2026-0001';
const A2 = 'TST-2026-0002';
const UNTIL = '2026-12-02T14:00:00Z';
const NOW = new Date('2026-11-24T12:00:00Z');

/** An advisory under embargo until UNTIL, reported 7 days before. */
function embargoed(id = A2, until = UNTIL, extra = ''): string {
  // Its own package, so its summary is not one the published fixtures carry (GATE_EMBARGOED_TEXT would refuse that).
  return advisoryYaml({
    id,
    status: 'embargoed',
    package: 'gadget',
    reported: '2026-11-25T14:00:00Z',
    extra: `embargo:\n  until: ${until}\n${extra}`,
  });
}

describe('change listing', () => {
  test('an added published advisory passes and is listed', async () => {
    const head = await g.commit({ ...g.initial, [advisoryPath(A1)]: advisoryYaml() }, [g.root]);
    const result = await g.gate(g.root, head, NOW);
    expect(result.diagnostics).toEqual([]);
    expect(result.changes).toEqual([{ status: 'added', path: advisoryPath(A1) }]);
    expect(result.mergeBase).toBe(g.root);
  });

  test('files outside advisories/ are not listed; unexpected files inside are findings', async () => {
    const head = await g.commit({ ...g.initial, 'docs/x.md': 'x', 'advisories/notes.txt': 'secret draft' }, [g.root]);
    const result = await g.gate(g.root, head, NOW);
    expect(result.changes).toEqual([]);
    expect(result.diagnostics.map((d) => [d.code, d.file])).toEqual([['FILE_UNEXPECTED', 'advisories/notes.txt']]);
  });
});

describe('embargo', () => {
  test('fails before the embargo lifts, naming file:line, the instant and the time left', async () => {
    const head = await g.commit({ ...g.initial, [advisoryPath(A2)]: embargoed() }, [g.root]);
    const result = await g.gate(g.root, head, NOW);
    expect(codes(result)).toEqual(['GATE_EMBARGOED']);
    const [d] = result.diagnostics;
    expect(d?.file).toBe(advisoryPath(A2));
    expect(d?.line).toBe(embargoed().split('\n').indexOf(`  until: ${UNTIL}`) + 1);
    expect(d?.message).toContain(`until ${UNTIL} (8 days 2 hours from now)`);
  });

  test('the boundary is exact to the second: now >= until lifts it', async () => {
    const text = advisoryYaml({ id: A2, published: UNTIL, reported: '2026-11-25T14:00:00Z', extra: `embargo:\n  until: ${UNTIL}\n` });
    const head = await g.commit({ ...g.initial, [advisoryPath(A2)]: text }, [g.root]);
    const until = Date.parse(UNTIL);
    expect(codes(await g.gate(g.root, head, new Date(until - 1000)))).toEqual(['GATE_EMBARGOED']);
    expect(codes(await g.gate(g.root, head, new Date(until)))).toEqual([]);
    expect(codes(await g.gate(g.root, head, new Date(until + 1000)))).toEqual([]);
  });

  test('status embargoed after the embargo lifted passes with a warning to publish', async () => {
    const head = await g.commit({ ...g.initial, [advisoryPath(A2)]: embargoed() }, [g.root]);
    const result = await g.gate(g.root, head, new Date(UNTIL));
    expect(codes(result)).toEqual(['GATE_EMBARGO_LIFTED']);
    expect(result.diagnostics[0]?.severity).toBe('warning');
  });

  test('an embargo on a draft counts too', async () => {
    const text = advisoryYaml({ id: A2, status: 'draft', reported: '2026-11-25T14:00:00Z', extra: `embargo:\n  until: ${UNTIL}\n` });
    const head = await g.commit({ ...g.initial, [advisoryPath(A2)]: text }, [g.root]);
    expect(codes(await g.gate(g.root, head, NOW))).toEqual(['GATE_EMBARGOED']);
  });

  test('a timezone-less date fails closed', async () => {
    const head = await g.commit({ ...g.initial, [advisoryPath(A2)]: embargoed(A2, '2026-12-02T14:00:00') }, [g.root]);
    // Even long after any reading of the date, the gate does not guess.
    const result = await g.gate(g.root, head, new Date('2030-01-01T00:00:00Z'));
    expect(codes(result)).toEqual(['GATE_UNDECIDABLE', 'TIME_NO_ZONE']);
    expect(result.diagnostics.find((d) => d.code === 'TIME_NO_ZONE')?.line).toBe(15);
  });

  test('an unparsable file fails closed', async () => {
    const head = await g.commit({ ...g.initial, [advisoryPath(A2)]: 'id: [unclosed\n' }, [g.root]);
    const result = await g.gate(g.root, head, NOW);
    expect(codes(result)).toContain('GATE_UNDECIDABLE');
    expect(codes(result)).toContain('YAML_SYNTAX');
  });
});

describe('embargo policy', () => {
  const withLength = (days: number, reason = '') =>
    advisoryYaml({
      id: A2,
      status: 'embargoed',
      reported: '2026-11-01T00:00:00Z',
      extra: `embargo:\n  until: ${new Date(Date.parse('2026-11-01T00:00:00Z') + days * 86_400_000).toISOString().replace('.000Z', 'Z')}\n${reason ? `  reason: ${reason}\n` : ''}`,
    });
  // After every embargo here has lifted, so only the policy speaks.
  const LATER = new Date('2027-06-01T00:00:00Z');

  test.each([
    [7, '', ['GATE_EMBARGO_LIFTED']],
    [8, '', ['GATE_EMBARGO_LIFTED', 'GATE_EMBARGO_LONG']],
    [14, '', ['GATE_EMBARGO_LIFTED', 'GATE_EMBARGO_LONG']],
    [14.01, '', ['GATE_EMBARGO_LIFTED', 'GATE_EMBARGO_TOO_LONG']],
    [30, 'Hardware vendor needs a microcode release.', ['GATE_EMBARGO_LIFTED', 'GATE_EMBARGO_LONG']],
  ])('%s days, reason %j', async (days, reason, expected) => {
    const head = await g.commit({ ...g.initial, [advisoryPath(A2)]: withLength(days, reason) }, [g.root]);
    const result = await g.gate(g.root, head, LATER);
    expect(codes(result)).toEqual(expected);
    if (expected.includes('GATE_EMBARGO_TOO_LONG'))
      expect(result.diagnostics.find((d) => d.code === 'GATE_EMBARGO_TOO_LONG')?.severity).toBe('error');
  });

  test('an embargo with no report instant fails closed', async () => {
    const text = advisoryYaml({ id: A2, status: 'embargoed', extra: `embargo:\n  until: ${UNTIL}\n` }).replace(
      / {2}reported: .*\n/,
      '  disclosed: 2026-11-01T00:00:00Z\n',
    );
    const head = await g.commit({ ...g.initial, [advisoryPath(A2)]: text }, [g.root]);
    expect(codes(await g.gate(g.root, head, new Date('2027-01-01T00:00:00Z')))).toEqual([
      'GATE_EMBARGO_LENGTH_UNKNOWN',
      'GATE_EMBARGO_LIFTED',
    ]);
  });

  test('the base branch policy applies, so a change cannot loosen its own gate', async () => {
    const loose = g.initial['watchkeeper.yaml'] as string;
    const head = await g.commit(
      {
        ...g.initial,
        'watchkeeper.yaml': loose.replace('policy: {}', 'policy:\n  max_embargo_days: 90'),
        [advisoryPath(A2)]: withLength(30),
      },
      [g.root],
    );
    const result = await g.gate(g.root, head, new Date('2027-06-01T00:00:00Z'));
    expect(codes(result)).toEqual(['GATE_EMBARGO_LIFTED', 'GATE_EMBARGO_TOO_LONG', 'GATE_POLICY_CHANGED', 'GATE_SETTINGS_WITH_DATA']);
  });

  test('settings changed on their own pass with a warning; beside data they fail', async () => {
    const settings = (g.initial['watchkeeper.yaml'] as string).replace('policy: {}', 'policy:\n  max_embargo_days: 20');
    const alone = await g.commit({ ...g.initial, 'watchkeeper.yaml': settings }, [g.root]);
    expect(codes(await g.gate(g.root, alone, NOW))).toEqual(['GATE_POLICY_CHANGED']);
    const renamed = (g.initial['watchkeeper.yaml'] as string).replace('name: Test Team', 'name: Other Team');
    const withRoster = await g.commit(
      { ...g.initial, 'watchkeeper.yaml': renamed, 'rotations/roster.yaml': `${g.initial['rotations/roster.yaml']}# note\n` },
      [g.root],
    );
    expect(codes(await g.gate(g.root, withRoster, NOW))).toEqual(['GATE_SETTINGS_WITH_DATA']);
  });

  test('an unchanged old embargo is not judged by today’s policy', async () => {
    const old = await g.commit({ ...g.initial, [advisoryPath(A2)]: withLength(30).replace('status: embargoed', 'status: draft') }, [
      g.root,
    ]);
    const head = await g.commit(
      { ...g.initial, [advisoryPath(A2)]: withLength(30).replace('status: embargoed', 'status: draft').replace('widget', 'gadget') },
      [old],
    );
    expect(codes(await g.gate(old, head, new Date('2027-06-01T00:00:00Z')))).toEqual([]);
  });
});

describe('published advisories are immutable', () => {
  let base: string;
  beforeEach(async () => {
    base = await g.commit({ ...g.initial, [advisoryPath(A1)]: advisoryYaml() }, [g.root]);
  });

  test('deleting one fails; deleting a draft does not', async () => {
    const head = await g.commit({ ...g.initial }, [base]);
    const result = await g.gate(base, head, NOW);
    expect(result.changes).toEqual([{ status: 'deleted', path: advisoryPath(A1) }]);
    expect(codes(result)).toEqual(['PUBLISHED_DELETED']);

    const draftBase = await g.commit({ ...g.initial, [advisoryPath(A2)]: advisoryYaml({ id: A2, status: 'draft' }) }, [g.root]);
    const draftHead = await g.commit({ ...g.initial }, [draftBase]);
    expect(codes(await g.gate(draftBase, draftHead, NOW))).toEqual([]);
  });

  test('a base version the schema refuses is still protected by its raw YAML, and is a finding itself', async () => {
    const invalid = await g.commit({ ...g.initial, [advisoryPath(A1)]: advisoryYaml({ extra: 'not_a_field: 1\n' }) }, [g.root]);
    const deleted = await g.commit({ ...g.initial }, [invalid]);
    expect(codes(await g.gate(invalid, deleted, NOW))).toEqual(['GATE_BASE_UNREADABLE', 'PUBLISHED_DELETED']);
    const redated = await g.commit({ ...g.initial, [advisoryPath(A1)]: advisoryYaml({ published: '2026-03-09T10:00:00Z' }) }, [invalid]);
    expect(codes(await g.gate(invalid, redated, NOW))).toEqual(['GATE_BASE_UNREADABLE', 'GATE_PUBLISHED_DATE_CHANGED']);
    const drafted = await g.commit({ ...g.initial, [advisoryPath(A1)]: advisoryYaml({ status: 'draft' }) }, [invalid]);
    expect(codes(await g.gate(invalid, drafted, NOW))).toEqual(['GATE_BASE_UNREADABLE', 'GATE_PUBLISHED_DATE_CHANGED', 'GATE_UNPUBLISHED']);
    const moved = await g.commit({ ...g.initial, [advisoryPath('TST-2026-0009')]: advisoryYaml({ id: 'TST-2026-0009' }) }, [invalid]);
    expect(codes(await g.gate(invalid, moved, NOW))).toEqual(['GATE_BASE_UNREADABLE', 'GATE_PUBLISHED_ID_CHANGED']);
  });

  test('a base version that is not even YAML fails closed when changed or deleted', async () => {
    const broken = await g.commit({ ...g.initial, [advisoryPath(A1)]: 'id: [unclosed\n' }, [g.root]);
    const deleted = await g.commit({ ...g.initial }, [broken]);
    expect(codes(await g.gate(broken, deleted, NOW))).toEqual(['GATE_BASE_UNREADABLE']);
    const fixed = await g.commit({ ...g.initial, [advisoryPath(A1)]: advisoryYaml() }, [broken]);
    expect(codes(await g.gate(broken, fixed, NOW))).toEqual(['GATE_BASE_UNREADABLE']);
  });

  test('withdrawing is allowed', async () => {
    const text = advisoryYaml({ status: 'withdrawn', extra: 'withdrawn: 2026-04-01T00:00:00Z\nwithdrawn_reason: Not a vulnerability.\n' });
    const head = await g.commit({ ...g.initial, [advisoryPath(A1)]: text }, [base]);
    const result = await g.gate(base, head, NOW);
    expect(result.changes).toEqual([{ status: 'modified', path: advisoryPath(A1) }]);
    expect(codes(result)).toEqual([]);
  });

  test('changing the published date or unpublishing fails', async () => {
    const head = await g.commit({ ...g.initial, [advisoryPath(A1)]: advisoryYaml({ published: '2026-03-03T10:00:00Z' }) }, [base]);
    const result = await g.gate(base, head, NOW);
    expect(codes(result)).toEqual(['GATE_PUBLISHED_DATE_CHANGED']);
    expect(result.diagnostics[0]?.line).toBe(14);

    const back = await g.commit({ ...g.initial, [advisoryPath(A1)]: advisoryYaml({ status: 'draft' }) }, [base]);
    expect(codes(await g.gate(base, back, NOW))).toEqual(['GATE_PUBLISHED_DATE_CHANGED', 'GATE_UNPUBLISHED']);
  });

  test('a rename that changes the id is paired with its source and fails', async () => {
    const moved = advisoryYaml({ id: 'TST-2026-0009' });
    const head = await g.commit({ ...g.initial, [advisoryPath('TST-2026-0009')]: moved }, [base]);
    const result = await g.gate(base, head, NOW);
    expect(result.changes).toEqual([{ status: 'renamed', from: advisoryPath(A1), path: advisoryPath('TST-2026-0009') }]);
    expect(codes(result)).toEqual(['GATE_PUBLISHED_ID_CHANGED']);
    expect(result.diagnostics[0]?.message).toContain(`moved from ${advisoryPath(A1)}`);
  });

  test('a pure rename keeps the id and passes the gate', async () => {
    const head = await g.commit({ ...g.initial, 'advisories/2027/TST-2026-0001.yaml': advisoryYaml() }, [base]);
    const result = await g.gate(base, head, NOW);
    expect(result.changes).toEqual([{ status: 'renamed', from: advisoryPath(A1), path: 'advisories/2027/TST-2026-0001.yaml' }]);
    expect(codes(result)).toEqual([]);
  });

  test('an embargo extended after publication fails', async () => {
    const withEmbargo = (until: string) => advisoryYaml({ extra: `embargo:\n  until: ${until}\n` });
    const lifted = await g.commit({ ...g.initial, [advisoryPath(A1)]: withEmbargo('2026-03-02T10:00:00Z') }, [g.root]);
    // Pushed into the future: public already, and under embargo again.
    const future = await g.commit({ ...g.initial, [advisoryPath(A1)]: withEmbargo(UNTIL) }, [lifted]);
    const tooLong = ['GATE_EMBARGOED', 'GATE_EMBARGO_AFTER_PUBLICATION', 'GATE_EMBARGO_EXTENDED', 'GATE_EMBARGO_TOO_LONG'];
    expect(codes(await g.gate(lifted, future, NOW))).toEqual(tooLong);
    // Rewritten in the past: still a claim that it was embargoed when it went out.
    const past = await g.commit({ ...g.initial, [advisoryPath(A1)]: withEmbargo('2026-03-05T10:00:00Z') }, [lifted]);
    expect(codes(await g.gate(lifted, past, NOW))).toEqual(['GATE_EMBARGO_AFTER_PUBLICATION', 'GATE_EMBARGO_EXTENDED']);
    // Adding an embargo to an advisory that had none.
    const added = await g.commit({ ...g.initial, [advisoryPath(A1)]: withEmbargo(UNTIL) }, [base]);
    expect(codes(await g.gate(base, added, NOW))).toEqual(tooLong);
    // Recording afterwards an embargo that ended when the advisory was published is fine.
    const recorded = await g.commit({ ...g.initial, [advisoryPath(A1)]: withEmbargo('2026-03-02T10:00:00Z') }, [base]);
    expect(codes(await g.gate(base, recorded, NOW))).toEqual([]);
  });
});

describe('git history', () => {
  test('a merge commit: changes merged in from the base are not the change; an evil merge is', async () => {
    const mainA = await g.commit({ ...g.initial, [advisoryPath(A1)]: advisoryYaml() }, [g.root], { ref: 'refs/heads/main' });
    const feature = await g.commit({ ...g.initial, [advisoryPath(A2)]: advisoryYaml({ id: A2 }) }, [g.root], { ref: 'refs/heads/feature' });
    const merged = { ...g.initial, [advisoryPath(A1)]: advisoryYaml(), [advisoryPath(A2)]: advisoryYaml({ id: A2 }) };
    await g.commit(merged, [feature, mainA], { ref: 'refs/heads/feature' });
    const clean = await g.gate('main', 'feature', NOW);
    expect(clean.mergeBase).toBe(mainA);
    expect(clean.changes).toEqual([{ status: 'added', path: advisoryPath(A2) }]);
    expect(clean.diagnostics).toEqual([]);

    const evil = await g.commit({ ...merged, [advisoryPath('TST-2026-0003')]: embargoed('TST-2026-0003') }, [feature, mainA]);
    const result = await g.gate(mainA, evil, NOW);
    expect(result.changes.map((c) => c.path)).toEqual([advisoryPath(A2), advisoryPath('TST-2026-0003')]);
    expect(codes(result)).toEqual(['GATE_EMBARGOED']);
  });

  test('a force-pushed base: the merge base moves back and everything since it is gated', async () => {
    const oldMain = await g.commit({ ...g.initial, [advisoryPath(A2)]: embargoed() }, [g.root], { ref: 'refs/heads/main' });
    const feature = await g.commit({ ...g.initial, [advisoryPath(A2)]: embargoed(), [advisoryPath(A1)]: advisoryYaml() }, [oldMain]);
    // main is rewritten without the embargoed advisory.
    const newMain = await g.commit({ ...g.initial, 'README.md': 'rewritten' }, [g.root], { ref: 'refs/heads/main' });
    const result = await g.gate('main', feature, NOW);
    expect(result.base).toBe(newMain);
    expect(result.mergeBase).toBe(g.root);
    expect(result.changes.map((c) => c.path)).toEqual([advisoryPath(A1), advisoryPath(A2)]);
    expect(codes(result)).toEqual(['GATE_EMBARGOED']);
  });

  test('a base that is not in the clone (e.g. force-pushed away) fails', async () => {
    const head = await g.commit({ ...g.initial, [advisoryPath(A1)]: advisoryYaml() }, [g.root]);
    const result = await g.gate('0123456789abcdef0123456789abcdef01234567', head, NOW);
    expect(codes(result)).toEqual(['GATE_BASE_MISSING']);
    expect(result.changes).toEqual([]);
    expect(codes(await g.gate(g.root, 'no-such-branch', NOW))).toEqual(['GATE_HEAD_MISSING']);
  });

  test('unrelated histories fail', async () => {
    const orphan = await g.commit({ ...g.initial, [advisoryPath(A1)]: advisoryYaml() }, []);
    expect(codes(await g.gate(g.root, orphan, NOW))).toEqual(['GATE_NO_MERGE_BASE']);
  });

  test('a shallow clone fails loudly, never "0 files changed"', async () => {
    const head = await g.commit({ ...g.initial, [advisoryPath(A2)]: embargoed() }, [g.root]);
    writeFileSync(join(g.repo.root, '.git', 'shallow'), `${head}\n`);
    const result = await g.gate(g.root, head, NOW);
    expect(codes(result)).toEqual(['GATE_SHALLOW_CLONE']);
    expect(result.diagnostics[0]?.severity).toBe('error');
  });

  test('missing history (a damaged or partial clone) fails', async () => {
    const middle = await g.commit({ ...g.initial, [advisoryPath(A1)]: advisoryYaml() }, [g.root]);
    const head = await g.commit({ ...g.initial, [advisoryPath(A1)]: advisoryYaml(), [advisoryPath(A2)]: advisoryYaml({ id: A2 }) }, [
      middle,
    ]);
    const { rmSync } = await import('node:fs');
    rmSync(join(g.repo.root, '.git', 'objects', middle.slice(0, 2), middle.slice(2)));
    expect(codes(await g.gate(g.root, head, NOW))).toEqual(['GATE_HISTORY_INCOMPLETE']);
  });

  test('revisions: branch names, abbreviated ids and ~N', async () => {
    const one = await g.commit({ ...g.initial, [advisoryPath(A1)]: advisoryYaml() }, [g.root]);
    const two = await g.commit({ ...g.initial, [advisoryPath(A1)]: advisoryYaml(), [advisoryPath(A2)]: embargoed() }, [one], {
      ref: 'refs/heads/topic',
    });
    const result = await g.gate('topic~1', two.slice(0, 10), NOW);
    expect(result.base).toBe(one);
    expect(result.head).toBe(two);
    expect(codes(result)).toEqual(['GATE_EMBARGOED']);
    expect((await g.gate('topic~2', 'topic', NOW)).mergeBase).toBe(g.root);
  });

  test('a symlink added under advisories/ fails', async () => {
    const head = await g.commit(
      { ...g.initial, [advisoryPath(A1)]: { symlink: '../../../etc/passwd' }, 'advisories/2026/notes': { symlink: 'x' } },
      [g.root],
    );
    const result = await g.gate(g.root, head, NOW);
    expect(result.diagnostics.map((d) => [d.code, d.file])).toEqual([
      ['FILE_SYMLINK', 'advisories/2026/notes'],
      ['FILE_SYMLINK', advisoryPath(A1)],
      ['GATE_UNDECIDABLE', advisoryPath(A1)],
    ]);
  });
});

// Issue 11 point 4: gating a push compares the branch before the push with
// the pushed commit itself, and refuses a push that rewrote history.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runGate } from '../../src/core/gate/index.ts';
import { advisoryPath, advisoryYaml, PROJECT_ROOT } from '../helpers/test-repo.ts';
import { codes, type GateRepo, gateRepo } from './gate-context.ts';

const NOW = new Date('2026-11-24T12:00:00Z');
const A1 = 'TST-2026-0001';
const A2 = 'TST-2026-0002';
let g: GateRepo;
/** main with a published advisory (A1), then a second one (A2). */
let published: string;
let before: string;
beforeAll(async () => {
  g = await gateRepo();
  published = await g.commit({ ...g.initial, [advisoryPath(A1)]: advisoryYaml() }, [g.root], { ref: 'refs/heads/main' });
  before = await g.commit({ ...g.initial, [advisoryPath(A1)]: advisoryYaml(), [advisoryPath(A2)]: advisoryYaml({ id: A2 }) }, [published], {
    ref: 'refs/heads/main',
  });
});
afterAll(() => g.repo.cleanup());

function gateCli(...args: string[]) {
  const r = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/gate.ts'), '--root', g.repo.root, ...args], {
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: '' },
  });
  return { status: r.status, out: r.stdout + r.stderr };
}

describe('npm run gate -- --push', () => {
  test('a fast-forward push is compared with the old tip and passes', async () => {
    const after = await g.commit(
      { ...g.initial, [advisoryPath(A1)]: advisoryYaml(), [advisoryPath(A2)]: advisoryYaml({ id: A2 }), 'docs/x.md': 'x' },
      [before],
    );
    const result = await runGate({ root: g.repo.root, base: before, head: after, push: true, now: NOW });
    expect(result.compared).toBe(before);
    expect(result.mergeBase).toBeUndefined();
    expect(codes(result)).toEqual([]);
  });

  test('a force-push that drops a published advisory: GATE_HISTORY_REWRITTEN and PUBLISHED_DELETED, exit 1', async () => {
    // main rewritten from the first commit on: A2 never existed, as far as the new history tells.
    const rewritten = await g.commit({ ...g.initial, [advisoryPath(A1)]: advisoryYaml(), 'docs/x.md': 'tidy' }, [published]);
    const result = await runGate({ root: g.repo.root, base: before, head: rewritten, push: true, now: NOW });
    expect(result.compared).toBe(before);
    expect(result.changes).toEqual([{ status: 'deleted', path: advisoryPath(A2) }]);
    expect(codes(result)).toEqual(['GATE_HISTORY_REWRITTEN', 'PUBLISHED_DELETED']);

    const cli = gateCli('--push', '--base', before, '--head', rewritten);
    expect(cli.status).toBe(1);
    expect(cli.out).toContain('GATE_HISTORY_REWRITTEN');
    expect(cli.out).toMatch(new RegExp(`${advisoryPath(A2)} {2}PUBLISHED_DELETED`));
  });

  test('without --push the same range is judged from the merge base, which is why pushes need it', async () => {
    const rewritten = await g.commit({ ...g.initial, [advisoryPath(A1)]: advisoryYaml() }, [published]);
    const merge = await runGate({ root: g.repo.root, base: before, head: rewritten, now: NOW });
    expect(merge.mergeBase).toBe(published);
    expect(codes(merge)).toEqual([]);
    expect(gateCli('--push', '--base', before, '--head', rewritten).status).toBe(1);
  });

  test('a rewrite onto unrelated history is refused too', async () => {
    const orphan = await g.commit({ ...g.initial, [advisoryPath(A1)]: advisoryYaml(), [advisoryPath(A2)]: advisoryYaml({ id: A2 }) }, []);
    const result = await runGate({ root: g.repo.root, base: before, head: orphan, push: true, now: NOW });
    expect(codes(result)).toEqual(['GATE_HISTORY_REWRITTEN']);
  });
});

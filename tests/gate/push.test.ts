// Issue 11 point 4: gating a push compares the branch before the push with
// the pushed commit itself, and refuses a push that rewrote history.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { runGate } from '../../src/core/gate/index.ts';
import { runScript } from '../helpers/run-script.ts';
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
  const r = runScript('gate.ts', ['--root', g.repo.root, ...args]);
  return { status: r.status, out: r.out };
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

describe('the deploy workflow after a real force-push (real git, the workflow’s own commands)', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'watchkeeper-force-push-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  test('the clone of the new tip lacks the old one; fetched from base/, the gate reports the rewrite and the loss', () => {
    const git = (cwd: string, ...args: string[]) =>
      execFileSync('git', args, {
        cwd,
        encoding: 'utf8',
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 'T',
          GIT_AUTHOR_EMAIL: 't@test.example',
          GIT_COMMITTER_NAME: 'T',
          GIT_COMMITTER_EMAIL: 't@test.example',
        },
      }).trim();
    const dev = join(work, 'dev');
    mkdirSync(join(dev, 'advisories/2026'), { recursive: true });
    git(dev, 'init', '-q', '-b', 'main');
    writeFileSync(join(dev, advisoryPath(A1)), advisoryYaml());
    git(dev, 'add', '-A');
    git(dev, 'commit', '-q', '-m', 'A1');
    const first = git(dev, 'rev-parse', 'HEAD');
    writeFileSync(join(dev, advisoryPath(A2)), advisoryYaml({ id: A2 }));
    git(dev, 'add', '-A');
    git(dev, 'commit', '-q', '-m', 'A2');
    const oldTip = git(dev, 'rev-parse', 'HEAD');
    git(work, 'clone', '-q', '--bare', dev, 'origin.git');
    // The runner's base/ checkout of the old tip, made before the rewrite reaches it.
    git(work, 'clone', '-q', 'origin.git', 'base');
    // main is rewritten without A2 and force-pushed.
    git(dev, 'reset', '-q', '--hard', first);
    writeFileSync(join(dev, 'notes.md'), 'tidy\n');
    git(dev, 'add', '-A');
    git(dev, 'commit', '-q', '-m', 'tidy');
    const newTip = git(dev, 'rev-parse', 'HEAD');
    git(dev, 'push', '-q', '--force', join(work, 'origin.git'), 'main');
    git(join(work, 'origin.git'), 'gc', '-q', '--prune=now');
    git(work, 'clone', '-q', 'origin.git', 'pushed');
    expect(() => git(join(work, 'pushed'), 'cat-file', '-e', `${oldTip}^{commit}`)).toThrow();

    const gate = () =>
      spawnSync(
        process.execPath,
        [join(PROJECT_ROOT, 'scripts/gate.ts'), '--root', join(work, 'pushed'), '--push', '--base', oldTip, '--head', newTip],
        {
          encoding: 'utf8',
          env: { ...process.env, GITHUB_ACTIONS: '' },
        },
      );
    const missing = gate();
    expect(missing.status).toBe(1);
    expect(missing.stdout).toContain('GATE_BASE_MISSING');

    const workflow = parse(readFileSync(join(PROJECT_ROOT, '.github/workflows/deploy.yml'), 'utf8')) as {
      jobs: { gate: { steps: { run?: string }[] } };
    };
    const fetch = workflow.jobs.gate.steps.find((s) => s.run?.startsWith('git '))?.run as string;
    execFileSync('bash', ['-c', fetch], { env: { ...process.env, GITHUB_WORKSPACE: work } });
    const rewritten = gate();
    expect(rewritten.status).toBe(1);
    expect(rewritten.stdout).toContain('GATE_HISTORY_REWRITTEN');
    expect(rewritten.stdout).toMatch(new RegExp(`${advisoryPath(A2)} {2}PUBLISHED_DELETED`));
  });
});

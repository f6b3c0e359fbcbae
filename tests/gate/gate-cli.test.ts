import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { runScript } from '../helpers/run-script.ts';
import { advisoryPath, advisoryYaml } from '../helpers/test-repo.ts';
import { type GateRepo, gateRepo } from './gate-context.ts';

// The command always reads the real clock, so these use embargoes far in the past or future.
let g: GateRepo;
let future: string;
let past: string;
/** The line of `until:` in the advisory, where the finding points. */
let line = 0;
beforeAll(async () => {
  g = await gateRepo();
  const embargo = (until: string, reported: string) =>
    advisoryYaml({ id: 'TST-2026-0002', status: 'published', published: until, reported, extra: `embargo:\n  until: ${until}\n` });
  line =
    embargo('2099-01-05T00:00:00Z', '2099-01-01T00:00:00Z')
      .split('\n')
      .findIndex((l) => l.startsWith('  until:')) + 1;
  future = await g.commit({ ...g.initial, [advisoryPath('TST-2026-0002')]: embargo('2099-01-05T00:00:00Z', '2099-01-01T00:00:00Z') }, [
    g.root,
  ]);
  past = await g.commit({ ...g.initial, [advisoryPath('TST-2026-0002')]: embargo('2020-01-05T00:00:00Z', '2020-01-01T00:00:00Z') }, [
    g.root,
  ]);
});
afterAll(() => g.repo.cleanup());

function gate(...args: string[]) {
  const r = runScript('gate.ts', ['--root', g.repo.root, ...args]);
  return { code: r.status, out: r.out };
}

test('an embargo in the future: exit 1, the change listed, one line per finding with file:line:col and code', () => {
  const { code, out } = gate('--base', g.root, '--head', future);
  expect(code).toBe(1);
  expect(out).toContain(`  added    ${advisoryPath('TST-2026-0002')}`);
  expect(out).toMatch(
    new RegExp(
      `${advisoryPath('TST-2026-0002')}:${line}:10 {2}GATE_EMBARGOED {2}TST-2026-0002 is under embargo until 2099-01-05T00:00:00Z \\(\\d+ days`,
    ),
  );
});

test('GitHub annotations and JSON for bots', () => {
  const github = gate('--base', g.root, '--head', future, '--format', 'github');
  expect(github.out).toContain(`::error file=${advisoryPath('TST-2026-0002')},line=${line},col=10,title=GATE_EMBARGOED::`);
  const json = JSON.parse(gate('--base', g.root, '--head', future, '--format', 'json').out) as {
    mergeBase: string;
    changes: unknown[];
    diagnostics: { code: string }[];
  };
  expect(json.mergeBase).toBe(g.root);
  expect(json.changes).toEqual([{ status: 'added', path: advisoryPath('TST-2026-0002') }]);
  expect(json.diagnostics.map((d) => d.code)).toEqual(['GATE_EMBARGOED']);
});

test('a lifted embargo: exit 0', () => {
  const { code, out } = gate('--base', g.root, '--head', past);
  expect(code).toBe(0);
  expect(out).toContain('0 errors, 0 warnings');
});

test('usage errors exit 2, and there is no way to set the clock', () => {
  expect(gate('--base', g.root).code).toBe(2);
  const clock = gate('--base', g.root, '--head', future, '--now', '2100-01-01T00:00:00Z');
  expect(clock.code).toBe(2);
  expect(clock.out).toContain("Unknown option '--now'");
});

test('a shallow clone exits 1, not 0', () => {
  writeFileSync(join(g.repo.root, '.git', 'shallow'), `${past}\n`);
  const { code, out } = gate('--base', g.root, '--head', past);
  expect(code).toBe(1);
  expect(out).toContain('GATE_SHALLOW_CLONE');
});

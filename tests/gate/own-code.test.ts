// Issue 11 point 2, end to end: a pull request that edits the schema to refuse
// a published advisory and deletes that advisory in the same commit. CI runs
// the gate from the base branch's checkout against the pull request's tree
// (--root), so the edited schema never judges; and even the pull request's own
// code fails closed, because a base version its schema refuses is a finding and
// is still judged by the facts its YAML states.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../helpers/test-repo.ts';

const TARGET = 'advisories/2026/KSA-2026-0001.yaml';
let pr: string;
let base: string;
let head: string;

function git(...args: string[]): string {
  return execFileSync('git', ['-C', pr, ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Attacker',
      GIT_AUTHOR_EMAIL: 'attacker@test.example',
      GIT_COMMITTER_NAME: 'Attacker',
      GIT_COMMITTER_EMAIL: 'attacker@test.example',
      GIT_AUTHOR_DATE: '2026-11-30T10:00:00Z',
      GIT_COMMITTER_DATE: '2026-11-30T10:00:00Z',
    },
  }).trim();
}

beforeAll(() => {
  // The pull request's checkout: this project's data and code, committed with real git.
  pr = mkdtempSync(join(tmpdir(), 'watchkeeper-own-code-'));
  for (const path of ['advisories', 'rotations', 'schemas', 'src', 'scripts', 'watchkeeper.yaml', 'package.json']) {
    cpSync(join(PROJECT_ROOT, path), join(pr, path), { recursive: true });
  }
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  base = git('rev-parse', 'HEAD');

  const schemaPath = join(pr, 'schemas/advisory.schema.json');
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
  schema.not = { properties: { id: { const: 'KSA-2026-0001' } }, required: ['id'] };
  writeFileSync(schemaPath, `${JSON.stringify(schema, null, 2)}\n`);
  rmSync(join(pr, TARGET));
  git('add', '-A');
  git('commit', '-q', '-m', 'tidy up');
  head = git('rev-parse', 'HEAD');
  // The PR's own code needs packages to run; the clone would have its own npm ci.
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(pr, 'node_modules'));
});
afterAll(() => rmSync(pr, { recursive: true, force: true }));

function run(codeRoot: string, script: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [join(codeRoot, 'scripts', script), '--root', pr, ...args, '--format', 'json'], {
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: '' },
  });
  const json = JSON.parse(r.stdout) as { diagnostics: { code: string; file: string }[] };
  return { status: r.status, codes: json.diagnostics.map((d) => `${d.code} ${d.file}`) };
}

test("the base's gate, run against the pull request's tree, refuses the deletion", () => {
  const gate = run(PROJECT_ROOT, 'gate.ts', '--base', base, '--head', head);
  expect(gate.status).toBe(1);
  expect(gate.codes).toEqual([`PUBLISHED_DELETED ${TARGET}`]);
});

test("the pull request's own code fails closed too: its schema refuses the base version, which is still judged by its YAML", () => {
  const gate = run(pr, 'gate.ts', '--base', base, '--head', head);
  expect(gate.status).toBe(1);
  expect(gate.codes).toEqual([`GATE_BASE_UNREADABLE ${TARGET}`, `PUBLISHED_DELETED ${TARGET}`]);
});

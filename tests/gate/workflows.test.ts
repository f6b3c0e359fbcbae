// The committed CI definitions keep the promises docs/ci.md makes: actions
// pinned by full commit id, read-only tokens except where a job must write,
// full history wherever the gate or the build runs, and the gate and leak
// scan actually wired in.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../helpers/test-repo.ts';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: Record<string, string>;
  steps?: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const folder = join(PROJECT_ROOT, '.github/workflows');
const workflows = Object.fromEntries(
  readdirSync(folder)
    .filter((f) => f.endsWith('.yml'))
    .map((f) => [f, parse(readFileSync(join(folder, f), 'utf8')) as Workflow]),
);
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps ?? []);

describe('GitHub Actions', () => {
  test('the three workflows exist', () => {
    expect(Object.keys(workflows).sort()).toEqual(['deploy.yml', 'embargo-recheck.yml', 'pull-request.yml']);
  });

  test.each(Object.keys(workflows))('%s pins every action by full commit id and is read-only at the top', (name) => {
    const w = workflows[name] as Workflow;
    expect(w.permissions).toEqual({ contents: 'read' });
    for (const step of steps(w)) if (step.uses) expect(step.uses).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
    // Only these jobs may write, and only what they need.
    const writers = Object.entries(w.jobs).flatMap(([job, j]) =>
      Object.entries(j.permissions ?? {})
        .filter(([, level]) => level === 'write')
        .map(([scope]) => `${job}:${scope}`),
    );
    const allowed = ['label:pull-requests', 'label:issues', 'recheck:actions', 'deploy:pages', 'deploy:id-token'];
    for (const writer of writers) expect(allowed).toContain(writer);
  });

  test.each(Object.keys(workflows))('%s checks out full history without keeping the token in .git/config', (name) => {
    for (const step of steps(workflows[name] as Workflow).filter((s) => s.uses?.startsWith('actions/checkout@'))) {
      expect(step.with?.['persist-credentials']).toBe(false);
      expect(step.with?.['fetch-depth']).toBe(0);
    }
  });

  test('pull requests run check and the gate (full history, base and head of the pull request)', () => {
    const w = workflows['pull-request.yml'] as Workflow;
    expect(Object.keys(w.on)).toEqual(['pull_request']);
    expect(steps({ ...w, jobs: { check: w.jobs.check as Job } }).some((s) => s.run === 'npm run check')).toBe(true);
    const gate = w.jobs.gate?.steps ?? [];
    expect(gate.find((s) => s.uses?.startsWith('actions/checkout@'))?.with?.['fetch-depth']).toBe(0);
    expect(gate.find((s) => s.run?.includes('npm run --silent gate -- --base "$BASE" --head "$HEAD"'))).toBeDefined();
  });

  test('the schedule re-runs embargoed pull requests', () => {
    const w = workflows['embargo-recheck.yml'] as Workflow;
    expect(w.on.schedule).toBeDefined();
    const script = steps(w)[0]?.run ?? '';
    expect(script).toContain('--label embargoed');
    expect(script).toContain('--workflow pull-request.yml');
    expect(script).toContain('gh run rerun');
  });

  test('main is built, leak-scanned and deployed to Pages', () => {
    const w = workflows['deploy.yml'] as Workflow;
    expect(w.on.push).toEqual({ branches: ['main'] });
    const build = w.jobs.build?.steps ?? [];
    expect(build.find((s) => s.uses?.startsWith('actions/checkout@'))?.with?.['fetch-depth']).toBe(0);
    const runs = build.map((s) => s.run ?? s.uses?.split('@')[0]);
    expect(runs).toEqual(expect.arrayContaining(['npm run build', 'npm run leak-scan -- dist', 'actions/upload-pages-artifact']));
    expect(runs.indexOf('npm run leak-scan -- dist')).toBeLessThan(runs.indexOf('actions/upload-pages-artifact'));
    expect(w.jobs.deploy?.steps?.[0]?.uses).toMatch(/^actions\/deploy-pages@/);
  });

  test('the build script runs the leak scan after astro build', () => {
    const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.build).toMatch(/astro build && npm run leak-scan -- dist$/);
  });
});

describe('GitLab CI', () => {
  const ci = parse(readFileSync(join(PROJECT_ROOT, '.gitlab-ci.yml'), 'utf8')) as Record<
    string,
    { script?: string[] } & Record<string, unknown>
  >;

  test('full history, the gate on merge requests, the leak scan before Pages', () => {
    expect((ci.variables as unknown as Record<string, string>).GIT_DEPTH).toBe('0');
    expect(ci.gate?.script).toContain('npm run gate -- --base "$CI_MERGE_REQUEST_DIFF_BASE_SHA" --head "$CI_COMMIT_SHA"');
    const pages = ci.pages?.script ?? [];
    expect(pages.indexOf('npm run leak-scan -- dist')).toBeGreaterThan(pages.indexOf('npm run build'));
    expect(pages.indexOf('npm run leak-scan -- dist')).toBeLessThan(pages.indexOf('rm -rf public && mv dist public'));
    expect(ci['recheck-embargoed']?.script?.[0]).toContain('labels=embargoed');
  });
});

// The committed CI definitions keep the promises docs/ci.md makes: actions
// pinned by full commit id, read-only tokens except where a job must write,
// full history wherever the gate or the build runs, the pull request judged
// by the base branch's code (a second checkout with its own npm ci, run
// against the pull request's tree with --root), pushes gated as pushes, and
// the signing key only in the signing job, on the built artifact.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { VERDICT_PATHS } from '../../src/core/rotation/codeowners.ts';
import { PROJECT_ROOT } from '../helpers/test-repo.ts';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  'working-directory'?: string;
}
interface Job {
  if?: string;
  needs?: string | string[];
  permissions?: Record<string, string>;
  environment?: { name: string } | string;
  steps?: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const folder = join(PROJECT_ROOT, '.github/workflows');
const texts = Object.fromEntries(
  readdirSync(folder)
    .filter((f) => f.endsWith('.yml'))
    .map((f) => [f, readFileSync(join(folder, f), 'utf8')]),
);
const workflows = Object.fromEntries(Object.entries(texts).map(([f, text]) => [f, parse(text) as Workflow]));
/** A GitHub expression as the workflow file writes it. */
const gh = (expression: string) => `\${{ ${expression} }}`;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps ?? []);
const checkouts = (job: Job) => (job.steps ?? []).filter((s) => s.uses?.startsWith('actions/checkout@'));
const runs = (job: Job) => (job.steps ?? []).filter((s) => s.run);
const pr = workflows['pull-request.yml'] as Workflow;
const deploy = workflows['deploy.yml'] as Workflow;

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

  test.each(Object.keys(workflows))('%s keeps no token in .git/config', (name) => {
    for (const step of steps(workflows[name] as Workflow).filter((s) => s.uses?.startsWith('actions/checkout@'))) {
      expect(step.with?.['persist-credentials']).toBe(false);
    }
  });

  describe('pull requests are judged by the base branch', () => {
    test('the workflow file itself comes from the base (pull_request_target), and no secret is used', () => {
      expect(Object.keys(pr.on)).toEqual(['pull_request_target']);
      expect(texts['pull-request.yml']).not.toMatch(/secrets\./);
    });

    test.each(['check', 'gate'])('%s: base checkout with its own npm ci; the PR tree, full history, only as --root', (name) => {
      const job = pr.jobs[name] as Job;
      const [tree, base] = [checkouts(job).find((c) => c.with?.path === 'pr'), checkouts(job).find((c) => c.with?.path === 'base')];
      expect(tree?.with).toMatchObject({ ref: gh('github.event.pull_request.head.sha'), 'fetch-depth': 0 });
      expect(base?.with).toMatchObject({ ref: gh('github.event.pull_request.base.sha') });
      expect(checkouts(job)).toHaveLength(2);
      // Every command runs in base/; the only npm ci is base's; every command reads the PR's tree.
      for (const step of runs(job)) expect(step['working-directory']).toBe('base');
      expect(runs(job).filter((s) => s.run?.includes('npm ci'))).toHaveLength(1);
      const commands = runs(job).filter((s) => /npm run/.test(s.run ?? ''));
      expect(commands.length).toBeGreaterThan(0);
      for (const step of commands) {
        for (const line of (step.run ?? '').split('\n').filter((l) => l.includes('npm run'))) {
          expect(line).toContain('--root "$GITHUB_WORKSPACE/pr"');
        }
      }
    });

    test('check runs check and fmt; gate runs the gate between the pull request base and head', () => {
      const check = runs(pr.jobs.check as Job).map((s) => s.run);
      expect(check).toContain('npm run --silent check -- --root "$GITHUB_WORKSPACE/pr"');
      expect(check).toContain('npm run --silent fmt -- --root "$GITHUB_WORKSPACE/pr" --check');
      const gate = (pr.jobs.gate as Job).steps?.find((s) => s.run?.includes('gate --'));
      expect(gate?.run).toContain('npm run --silent gate -- --root "$GITHUB_WORKSPACE/pr" --base "$BASE" --head "$HEAD" --format github');
      expect(gate?.env).toEqual({ BASE: gh('github.event.pull_request.base.sha'), HEAD: gh('github.event.pull_request.head.sha') });
    });

    test('the label job runs no repository code', () => {
      const label = pr.jobs.label as Job;
      expect(checkouts(label)).toEqual([]);
      expect(runs(label).every((s) => !/npm|node /.test(s.run ?? ''))).toBe(true);
    });
  });

  test('the schedule re-runs embargoed pull requests, finding them by run name', () => {
    const w = workflows['embargo-recheck.yml'] as Workflow;
    expect(w.on.schedule).toBeDefined();
    const script = steps(w)[0]?.run ?? '';
    expect(script).toContain('--label embargoed');
    expect(script).toContain('--workflow pull-request.yml --event pull_request_target');
    expect(script).toContain('pull request #$number at $sha');
    expect(texts['pull-request.yml']).toContain(
      `run-name: 'pull request #${gh('github.event.pull_request.number')} at ${gh('github.event.pull_request.head.sha')}'`,
    );
    expect(script).toContain('gh run rerun');
    expect(checkouts(w.jobs.recheck as Job)).toEqual([]);
  });

  describe('main', () => {
    test('a push is gated as a push, by the code before it', () => {
      const gate = deploy.jobs.gate as Job;
      expect(gate.if).toContain("github.event_name == 'push'");
      expect(checkouts(gate).find((c) => c.with?.path === 'base')?.with?.ref).toBe(gh('github.event.before'));
      expect(checkouts(gate).find((c) => c.with?.path === 'pushed')?.with).toMatchObject({
        ref: gh('github.event.after'),
        'fetch-depth': 0,
      });
      // The old tip is fetched locally from base/ into the pushed clone (a force-push leaves it on no branch).
      expect(runs(gate)[0]?.run).toBe('git -C "$GITHUB_WORKSPACE/pushed" fetch --quiet --no-tags "$GITHUB_WORKSPACE/base" HEAD');
      for (const step of runs(gate).slice(1)) expect(step['working-directory']).toBe('base');
      const step = runs(gate).find((s) => s.run?.includes('gate --'));
      expect(step?.run).toBe('npm run --silent gate -- --root "$GITHUB_WORKSPACE/pushed" --push --base "$BEFORE" --head "$AFTER"');
      expect(step?.env).toEqual({ BEFORE: gh('github.event.before'), AFTER: gh('github.event.after') });
      // A push that fails its gate is not built or deployed.
      expect(deploy.jobs.build?.needs).toBe('gate');
      expect(deploy.jobs.build?.if).toContain("needs.gate.result == 'success'");
    });

    test('build: full history, check, build, leak scan, then the artifact; no secret in it', () => {
      const build = deploy.jobs.build as Job;
      expect(checkouts(build)[0]?.with?.['fetch-depth']).toBe(0);
      const order = (build.steps ?? []).map((s) => s.run ?? s.uses?.split('@')[0]);
      expect(order).toEqual(expect.arrayContaining(['npm run build', 'npm run leak-scan -- dist', 'actions/upload-artifact']));
      expect(order.indexOf('npm run leak-scan -- dist')).toBeLessThan(order.indexOf('actions/upload-artifact'));
      expect(JSON.stringify(build)).not.toMatch(/secrets\.|SIGNING/);
      expect(build.environment).toBeUndefined();
    });

    test('only the sign job, in the protected environment, on main, sees the key; it signs the downloaded artifact', () => {
      const sign = deploy.jobs.sign as Job;
      expect(sign.environment).toEqual({ name: 'signing' });
      expect(sign.if).toContain("github.ref == 'refs/heads/main'");
      expect(sign.needs).toBe('build');
      const order = (sign.steps ?? []).map((s) => s.run ?? s.uses?.split('@')[0]);
      const signing = (sign.steps ?? []).findIndex((s) => s.env?.WATCHKEEPER_SIGNING_KEY);
      expect(order.indexOf('actions/download-artifact')).toBeLessThan(signing);
      expect(order.indexOf('actions/upload-pages-artifact')).toBeGreaterThan(signing);
      // The signer starts without npm and without dependency install scripts.
      expect(order).toContain('npm ci --ignore-scripts --no-audit --no-fund');
      expect((sign.steps ?? [])[signing]?.run).toContain('node scripts/sign.ts dist');
      // No other job of any workflow names a secret.
      for (const [name, w] of Object.entries(workflows)) {
        for (const [jobName, job] of Object.entries(w.jobs)) {
          if (name === 'deploy.yml' && jobName === 'sign') continue;
          expect(JSON.stringify(job), `${name} ${jobName}`).not.toMatch(/secrets\./);
        }
      }
      expect(deploy.jobs.deploy?.needs).toBe('sign');
      expect(deploy.jobs.deploy?.steps?.[0]?.uses).toMatch(/^actions\/deploy-pages@/);
    });
  });

  test('the build script runs the leak scan after astro build', () => {
    const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.build).toMatch(/astro build && npm run leak-scan -- dist$/);
  });
});

describe('GitLab CI', () => {
  type GitLabJob = {
    script?: string[];
    before_script?: string[];
    extends?: string;
    rules?: { if: string; variables?: Record<string, string> }[];
    environment?: { name: string };
    needs?: string[];
  };
  const text = readFileSync(join(PROJECT_ROOT, '.gitlab-ci.yml'), 'utf8');
  const ci = parse(text) as Record<string, GitLabJob> & { variables: Record<string, string> };

  test('full history; the base code is extracted and installed outside the tree under review', () => {
    expect(ci.variables.GIT_DEPTH).toBe('0');
    expect(ci.variables.BASE_DIR).not.toMatch(/CI_PROJECT_DIR/);
    const base = ci['.base-code']?.before_script ?? [];
    expect(base).toContain('git archive "$BASE_SHA" | tar -x -C "$BASE_DIR"');
    expect(base).toContain('(cd "$BASE_DIR" && npm ci --no-audit --no-fund)');
  });

  test.each([
    ['check', '$CI_MERGE_REQUEST_DIFF_BASE_SHA'],
    ['gate', '$CI_MERGE_REQUEST_DIFF_BASE_SHA'],
    ['gate-push', '$CI_COMMIT_BEFORE_SHA'],
  ])('%s runs the base code (%s) against the tree with --root', (name, base) => {
    const job = ci[name] as GitLabJob;
    expect(job.extends).toBe('.base-code');
    expect(job.rules?.[0]?.variables?.BASE_SHA).toBe(base);
    for (const line of job.script ?? [])
      expect(line).toMatch(/^\(cd "\$BASE_DIR" && npm run --silent \w[\w-]* -- --root "\$CI_PROJECT_DIR"/);
  });

  test('merge requests and pushes are gated with the right ranges', () => {
    expect(ci.gate?.script?.[0]).toContain(
      'gate -- --root "$CI_PROJECT_DIR" --base "$CI_MERGE_REQUEST_DIFF_BASE_SHA" --head "$CI_COMMIT_SHA"',
    );
    expect(ci['gate-push']?.script?.[0]).toContain('--push --base "$CI_COMMIT_BEFORE_SHA" --head "$CI_COMMIT_SHA"');
    expect(ci['gate-push']?.rules?.[0]?.if).toContain('$CI_PIPELINE_SOURCE == "push"');
    expect(ci['recheck-embargoed']?.script?.[0]).toContain('labels=embargoed');
  });

  test('build has no environment; sign alone is in `signing`, on the protected default branch; pages only moves the signed artifact', () => {
    const build = ci.build?.script ?? [];
    expect(build.indexOf('npm run leak-scan -- dist')).toBeGreaterThan(build.indexOf('npm run build'));
    expect(ci.build?.environment).toBeUndefined();
    expect(ci.sign?.environment?.name).toBe('signing');
    expect(ci.sign?.needs).toEqual(['build']);
    expect(ci.sign?.rules?.[0]?.if).toContain('$CI_COMMIT_REF_PROTECTED == "true"');
    expect(ci.sign?.script?.[0]).toBe('npm ci --ignore-scripts --no-audit --no-fund');
    expect(ci.pages?.needs).toEqual(['sign']);
    expect(ci.pages?.script).toEqual(['rm -rf public && mv dist public']);
    const environments = Object.entries(ci).filter(([, job]) => typeof job === 'object' && job !== null && 'environment' in job);
    expect(environments.map(([name]) => name)).toEqual(['sign']);
  });
});

test('docs/ci.md and the generated CODEOWNERS section cover every path that can change a verdict', () => {
  const doc = readFileSync(join(PROJECT_ROOT, 'docs/ci.md'), 'utf8');
  for (const path of VERDICT_PATHS) expect(doc).toContain(`\`${path.replace(/^\//, '')}\``);
  const owners = readFileSync(join(PROJECT_ROOT, '.github/CODEOWNERS'), 'utf8');
  for (const path of VERDICT_PATHS) expect(owners).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} @`, 'm'));
});

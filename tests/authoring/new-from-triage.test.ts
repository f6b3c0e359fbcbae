// `npm run new -- --from <ID>`: a record under embargo gives an embargoed
// advisory with the same `until` (never a plain draft), at a fixed clock and end
// to end; a hostile summary is copied as one plain YAML string the strict reader takes back.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { parse } from 'yaml';
import { draftFromTriage } from '../../src/core/authoring/advisory-from-triage.ts';
import { loadDatabase } from '../../src/core/index.ts';
import { readYaml } from '../../src/core/yaml/read-yaml.ts';
import { makeTestRepo, PROJECT_ROOT, type TestRepo } from '../helpers/test-repo.ts';

let repo: TestRepo | undefined;
afterEach(() => repo?.cleanup());

const RECORD = 'vulns/2026/CVE-2026-1313.yaml';
const project = (file: string) => readFileSync(join(PROJECT_ROOT, file), 'utf8');
const releases = () =>
  Object.fromEntries(['kestrel-3', 'kestrel-4'].map((r) => [`vulns/releases/${r}.yaml`, project(`vulns/releases/${r}.yaml`)]));

test('the embargoed example record gives an embargoed advisory before the lift and a draft after', async () => {
  repo = await makeTestRepo({ ...releases(), [RECORD]: project(RECORD) });
  const before = new Date('2026-12-01T12:00:00Z');
  const draft = draftFromTriage(loadDatabase(repo.root, { now: before }), 'CVE-2026-1313', before);
  if (!draft.ok) throw new Error(draft.message);
  const advisory = draft.build('TST-2026-0009');
  expect(advisory.status).toBe('embargoed');
  expect(advisory.embargo?.until).toBe('2026-12-02T14:00:00Z');
  const after = new Date('2026-12-02T14:00:00Z');
  const later = draftFromTriage(loadDatabase(repo.root, { now: after }), 'CVE-2026-1313', after);
  if (!later.ok) throw new Error(later.message);
  expect(later.build('TST-2026-0009').status).toBe('draft');
});

test('end to end: an embargoed record with a hostile summary gives an embargoed advisory that reads back', async () => {
  const summary = `<img src=x onerror=alert(1)> [x](javascript:alert(1)) &a *a # no comment: "q" 'q'`;
  const record = project(RECORD)
    .replace(/^summary: .*$/m, `summary: ${JSON.stringify(summary)}`)
    .replace('until: 2026-12-02T14:00:00Z', 'until: 2099-01-01T00:00:00Z');
  repo = await makeTestRepo({ ...releases(), [RECORD]: record });
  const run = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/new.ts'), '--from', 'CVE-2026-1313', '--root', repo.root], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const file = /^Created (\S+) from CVE-2026-1313\./m.exec(run.stdout)?.[1] ?? 'no file reported';
  const text = readFileSync(join(repo.root, file), 'utf8');
  const read = readYaml(file, new TextEncoder().encode(text));
  expect(read.diagnostics).toEqual([]);
  const advisory = parse(text);
  expect(advisory.status).toBe('embargoed');
  expect(advisory.embargo.until).toBe('2099-01-01T00:00:00Z');
  expect(advisory.summary).toBe(summary);
});

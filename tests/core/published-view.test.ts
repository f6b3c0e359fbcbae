// Core's published view: the one model of what readers see, shared by the site and the CLI.
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, test } from 'vitest';
import { advisoryDatesFrom } from '../../src/core/history/dates-from-history.ts';
import { advisoryDates, historyOnce } from '../../src/core/history/history-once.ts';
import { loadHistory } from '../../src/core/history/walk-history.ts';
import { loadDatabase } from '../../src/core/index.ts';
import { publishedView } from '../../src/core/published-view.ts';
import { buildSiteData } from '../../src/site/database.ts';
import { advisoryPath, advisoryYaml, makeTestRepo, NOW, PROJECT_ROOT, type TestRepo } from '../helpers/test-repo.ts';
import { draftAdvisory, embargoedAdvisory, SECRET } from '../site/fixtures.ts';

let repo: TestRepo | undefined;
afterEach(() => repo?.cleanup());

const ALIASED = ['aliases:', '  - CVE-2026-7001', 'upstream:', '  - cve-2026-7001', '  - GHSA-aaaa-bbbb-cccc'].join('\n');

async function repoWithSecrets(): Promise<TestRepo> {
  return makeTestRepo(
    {
      [advisoryPath('TST-2026-0001')]: advisoryYaml({ extra: `${ALIASED}\n` }),
      [advisoryPath('TST-2026-0002')]: advisoryYaml({ id: 'TST-2026-0002', package: 'gadget', published: '2026-04-02T10:00:00Z' }),
      [advisoryPath(SECRET.embargoedId)]: embargoedAdvisory(),
      [advisoryPath(SECRET.draftId)]: draftAdvisory(),
    },
    { git: true },
  );
}

describe('publishedView', () => {
  test('indexes only the publishable set, while the Database keeps everything for the checks', async () => {
    repo = await repoWithSecrets();
    const db = loadDatabase(repo.root, { now: NOW });
    expect(db.byId.has(SECRET.embargoedId)).toBe(true);
    const view = publishedView(db, NOW);
    expect(view.published.map((e) => e.advisory.id)).toEqual(['TST-2026-0002', 'TST-2026-0001']);
    expect(view.entries).toEqual(view.published);
    expect([...view.byId.keys()].sort()).toEqual(['TST-2026-0001', 'TST-2026-0002']);
    expect(view.byAlias.has(SECRET.embargoedCve)).toBe(false);
    expect(view.byAlias.get('CVE-2026-7001')?.map((e) => e.advisory.id)).toEqual(['TST-2026-0001']);
    // An upstream id that is also an alias is found by alias only; the others by upstream, upper-cased.
    expect([...view.byUpstream.keys()]).toEqual(['GHSA-AAAA-BBBB-CCCC']);
    expect([...view.byPackage.keys()].sort()).toEqual(['Testix:1/gadget', 'Testix:1/widget']);
    expect(JSON.stringify([...view.byPackage.keys()])).not.toContain(SECRET.embargoedWord);
  });

  test('a preview adds the unpublishable advisories, marked, but never to `published`', async () => {
    repo = await repoWithSecrets();
    const view = publishedView(loadDatabase(repo.root, { now: NOW }), NOW, { preview: true });
    expect(view.entries.map((e) => [e.advisory.id, e.preview])).toEqual([
      [SECRET.embargoedId, 'embargoed'],
      [SECRET.draftId, 'draft'],
      ['TST-2026-0002', undefined],
      ['TST-2026-0001', undefined],
    ]);
    expect(view.published.some((e) => e.preview)).toBe(false);
  });

  test('the site adapts the same view: its fields are core’s, dates included', async () => {
    repo = await repoWithSecrets();
    const db = loadDatabase(repo.root, { now: NOW });
    const core = publishedView(db, NOW);
    const site = buildSiteData(repo.root, NOW, false);
    expect(site.published).toEqual(core.published);
    expect([...site.byAlias.keys()]).toEqual([...core.byAlias.keys()]);
    expect([...site.byUpstream.keys()]).toEqual([...core.byUpstream.keys()]);
    expect([...site.byPackage.keys()]).toEqual([...core.byPackage.keys()]);
    expect(site.published[0]?.dates.source).toBe('history');
  });
});

describe('historyOnce and advisoryDates', () => {
  test('walk a root once and give the dates a fresh walk gives', async () => {
    repo = await repoWithSecrets();
    const first = historyOnce(repo.root);
    expect(historyOnce(repo.root)).toBe(first);
    expect(first.available).toBe(true);
    const db = loadDatabase(repo.root, { now: NOW });
    const advisory = db.byId.get('TST-2026-0001');
    if (!advisory) throw new Error('fixture advisory missing');
    expect(advisoryDates(db, advisory)).toEqual(advisoryDatesFrom(advisory, loadHistory(repo.root), db.settings.forge?.commit_url));
    expect(advisoryDates(db, advisory).source).toBe('history');
  });

  test('keep the walk’s problems as diagnostics instead of printing them', async () => {
    repo = await makeTestRepo({ [advisoryPath('TST-2026-0001')]: advisoryYaml() });
    const history = historyOnce(repo.root);
    expect(history.diagnostics.map((d) => d.code)).toEqual(['HISTORY_UNAVAILABLE']);
  });

  test('`npm run record` and the site name the same first-published commit', async () => {
    repo = await repoWithSecrets();
    const at = NOW.toISOString().replace('.000', '');
    const run = spawnSync(process.execPath, [`${PROJECT_ROOT}/scripts/record.ts`, '--root', repo.root, '--format', 'csv', '--at', at], {
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    const [header, ...rows] = run.stdout
      .trim()
      .split('\n')
      .map((line) => line.split(','));
    const row = rows.find((cells) => cells[0] === 'TST-2026-0001');
    const fromCli = row?.[header?.indexOf('first_published_commit') ?? -1];
    const fromSite = buildSiteData(repo.root, NOW, false)
      .byId.get('TST-2026-0001')
      ?.dates.revisions.find((r) => r.summary === 'Advisory published')?.sha;
    expect(fromCli).toMatch(/^[0-9a-f]{40}$/);
    expect(fromSite).toBe(fromCli);
  });
});

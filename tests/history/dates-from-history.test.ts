import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { advisoryDatesFrom } from '../../src/core/history/dates-from-history.ts';
import { loadHistory } from '../../src/core/history/walk-history.ts';
import { loadDatabase } from '../../src/core/load.ts';
import type { Advisory } from '../../src/core/model.ts';
import { advisoryPath, advisoryYaml, makeTestRepo, NOW, type TestRepo } from '../helpers/test-repo.ts';
import { day } from './git-fixtures.ts';

const TEMPLATE = 'https://forge.test.example/tracker/commit/{sha}';
const ID = 'TST-2026-0001';
const repos: TestRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

async function threeCommits() {
  const r = await makeTestRepo({}, { git: true });
  repos.push(r);
  r.write({ [advisoryPath(ID)]: advisoryYaml({ status: 'draft' }) });
  const draft = await r.commit('draft', day('2026-02-20'));
  r.write({ [advisoryPath(ID)]: advisoryYaml({ published: '2026-03-02T10:00:00Z' }) });
  const published = await r.commit('publish', day('2026-03-02'));
  r.write({ [advisoryPath(ID)]: advisoryYaml({ published: '2026-03-02T10:00:00Z', extra: 'credits:\n  - name: Ada\n' }) });
  const updated = await r.commit('credit', day('2026-03-09'));
  return { r, draft, published, updated };
}

describe('advisory dates', () => {
  it('takes the last change and the revisions after publication from the history, with commit links', async () => {
    const { r, draft, published, updated } = await threeCommits();
    const db = loadDatabase(r.root, { now: NOW });
    const dates = advisoryDatesFrom(db.byId.get(ID) as Advisory, loadHistory(r.root), TEMPLATE);
    expect(dates.source).toBe('history');
    expect(dates.note).toBeUndefined();
    expect(dates.published).toBe('2026-03-02T10:00:00Z');
    expect(dates.modified).toBe('2026-03-09T12:00:00Z');
    expect(dates.revisions).toEqual([
      { date: '2026-03-01T09:00:00Z', summary: 'Reported to the team' },
      {
        date: '2026-03-02T10:00:00Z',
        summary: 'Advisory published',
        sha: published,
        url: `https://forge.test.example/tracker/commit/${published}`,
      },
      {
        date: '2026-03-09T12:00:00Z',
        summary: 'Advisory updated',
        sha: updated,
        url: `https://forge.test.example/tracker/commit/${updated}`,
      },
    ]);
    expect(JSON.stringify(dates)).not.toContain(draft);
  });

  it('falls back to the timeline without a git repository, and says so', async () => {
    const r = await makeTestRepo({ [advisoryPath(ID)]: advisoryYaml({ published: '2026-03-02T10:00:00Z' }) });
    repos.push(r);
    const db = loadDatabase(r.root, { now: NOW });
    const dates = advisoryDatesFrom(db.byId.get(ID) as Advisory, loadHistory(r.root), TEMPLATE);
    expect(dates.source).toBe('timeline');
    expect(dates.note).toMatch(/no git history/);
    expect(dates.modified).toBe('2026-03-02T10:00:00Z');
    expect(dates.revisions.map((v) => v.summary)).toEqual(['Reported to the team', 'Advisory published']);
  });

  it('falls back to the timeline on a shallow clone that lost the first commits', async () => {
    const { r, draft, published } = await threeCommits();
    writeFileSync(join(r.root, '.git/shallow'), `${published}\n`);
    rmSync(join(r.root, '.git/objects', draft.slice(0, 2), draft.slice(2)));
    const db = loadDatabase(r.root, { now: NOW });
    const history = loadHistory(r.root);
    const dates = advisoryDatesFrom(db.byId.get(ID) as Advisory, history, TEMPLATE);
    expect(history.diagnostics.map((d) => d.code)).toEqual(['HISTORY_SHALLOW']);
    expect(dates.source).toBe('timeline');
    expect(dates.note).toMatch(/shallow/);
    expect(dates.published).toBe('2026-03-02T10:00:00Z');
  });
});

import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadHistory } from '../../src/core/history/walk-history.ts';
import { advisoryPath, advisoryYaml, makeTestRepo, type TestRepo } from '../helpers/test-repo.ts';
import { commitWith, day } from './git-fixtures.ts';

const repos: TestRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});
async function repo() {
  const r = await makeTestRepo({}, { git: true, date: new Date('2026-01-01T00:00:00Z') });
  repos.push(r);
  return r;
}

describe('history walk', () => {
  it('dates an advisory from the commit that first published it and the one that last changed it, through a rename', async () => {
    const r = await repo();
    const id = 'TST-2025-0001';
    r.write({ [`advisories/2026/${id}.yaml`]: advisoryYaml({ id, status: 'draft' }) });
    const added = await r.commit('add draft in the wrong folder', day('2026-02-01'));
    r.write({ [`advisories/2026/${id}.yaml`]: advisoryYaml({ id, status: 'published', published: '2026-02-05T10:00:00Z' }) });
    const published = await r.commit('publish', day('2026-02-05'));
    r.remove(`advisories/2026/${id}.yaml`);
    r.write({ [advisoryPath(id)]: advisoryYaml({ id, status: 'published', published: '2026-02-05T10:00:00Z' }) });
    const moved = await r.commit('move to its year', day('2026-02-10'));
    r.write({
      [advisoryPath(id)]: advisoryYaml({ id, status: 'published', published: '2026-02-05T10:00:00Z', extra: 'credits:\n  - name: Ada\n' }),
    });
    const edited = await r.commit('credit the finder', day('2026-02-20'));

    const history = loadHistory(r.root);
    expect(history.available).toBe(true);
    expect(history.shallow).toBe(false);
    expect(history.diagnostics).toEqual([]);
    const entry = history.byId.get(id);
    expect(entry?.path).toBe(advisoryPath(id));
    expect(entry?.revisions.map((v) => [v.sha, v.change, v.path, v.previousPath])).toEqual([
      [added, 'added', `advisories/2026/${id}.yaml`, undefined],
      [published, 'modified', `advisories/2026/${id}.yaml`, undefined],
      [moved, 'renamed', advisoryPath(id), `advisories/2026/${id}.yaml`],
      [edited, 'modified', advisoryPath(id), undefined],
    ]);
    expect(entry?.firstPublished).toEqual({ sha: published, date: '2026-02-05T12:00:00Z', value: '2026-02-05T10:00:00Z' });
    expect(entry?.lastModified).toEqual({ sha: edited, date: '2026-02-20T12:00:00Z' });
    expect(entry?.truncated).toBe(false);
  });

  it('credits a side-branch change to its own commit and dates it by the merge that brought it in', async () => {
    const r = await repo();
    const a = 'TST-2026-0002';
    const b = 'TST-2026-0003';
    r.write({ [advisoryPath(a)]: advisoryYaml({ id: a, status: 'draft' }) });
    const base = await r.commit('draft', day('2026-03-01'));
    // Side branch: publish a (not on main yet).
    r.write({ [advisoryPath(a)]: advisoryYaml({ id: a, status: 'published', published: '2026-03-03T09:00:00Z' }) });
    const side = await commitWith(r, 'publish on a branch', day('2026-03-03'), { parents: [base], noUpdateBranch: true });
    // Main moves on with another advisory.
    r.write({ [advisoryPath(a)]: advisoryYaml({ id: a, status: 'draft' }) });
    r.write({ [advisoryPath(b)]: advisoryYaml({ id: b, published: '2026-03-04T09:00:00Z' }) });
    const main = await commitWith(r, 'another advisory', day('2026-03-04'));
    // The merge takes the branch's version of a.
    r.write({ [advisoryPath(a)]: advisoryYaml({ id: a, status: 'published', published: '2026-03-03T09:00:00Z' }) });
    const merge = await commitWith(r, 'merge branch', day('2026-03-06'), { parents: [main, side] });

    const history = loadHistory(r.root);
    const entry = history.byId.get(a);
    expect(entry?.revisions.map((v) => [v.sha, v.change, v.landedSha, v.landedDate])).toEqual([
      [base, 'added', base, '2026-03-01T12:00:00Z'],
      [side, 'modified', merge, '2026-03-06T12:00:00Z'],
    ]);
    expect(entry?.revisions[1]?.date).toBe('2026-03-03T12:00:00Z');
    expect(entry?.firstPublished).toEqual({ sha: side, date: '2026-03-06T12:00:00Z', value: '2026-03-03T09:00:00Z' });
    expect(entry?.lastModified).toEqual({ sha: side, date: '2026-03-06T12:00:00Z' });
    // The merge did not change b relative to main, so b's history is its own commit only.
    expect(history.byId.get(b)?.revisions.map((v) => v.sha)).toEqual([main]);
    expect(history.commits).toBe(5);
  });

  it('counts a merge as a revision where its result differs from every parent', async () => {
    const r = await repo();
    const a = 'TST-2026-0004';
    r.write({ [advisoryPath(a)]: advisoryYaml({ id: a, published: '2026-04-01T09:00:00Z' }) });
    const base = await r.commit('publish', day('2026-04-01'));
    r.write({ [advisoryPath(a)]: advisoryYaml({ id: a, published: '2026-04-01T09:00:00Z', extra: 'credits:\n  - name: Side\n' }) });
    const side = await commitWith(r, 'side edit', day('2026-04-02'), { parents: [base], noUpdateBranch: true });
    r.write({ [advisoryPath(a)]: advisoryYaml({ id: a, published: '2026-04-01T09:00:00Z', extra: 'credits:\n  - name: Main\n' }) });
    const main = await commitWith(r, 'main edit', day('2026-04-03'));
    r.write({
      [advisoryPath(a)]: advisoryYaml({ id: a, published: '2026-04-01T09:00:00Z', extra: 'credits:\n  - name: Main\n  - name: Side\n' }),
    });
    const merge = await commitWith(r, 'merge, resolving the conflict', day('2026-04-05'), { parents: [main, side] });

    const entry = loadHistory(r.root).byId.get(a);
    expect(entry?.revisions.map((v) => v.sha)).toEqual([base, main, side, merge]);
    expect(entry?.firstPublished?.sha).toBe(base);
    expect(entry?.lastModified).toEqual({ sha: merge, date: '2026-04-05T12:00:00Z' });
  });

  it('finds the commit that first recorded the fix date', async () => {
    const r = await repo();
    const a = 'TST-2026-0005';
    r.write({ [advisoryPath(a)]: advisoryYaml({ id: a, published: '2026-05-02T09:00:00Z' }) });
    await r.commit('publish', day('2026-05-02'));
    r.write({
      [advisoryPath(a)]: advisoryYaml({ id: a, published: '2026-05-02T09:00:00Z' }).replace(
        'timeline:\n',
        'timeline:\n  fixed: 2026-05-06T08:00:00Z\n',
      ),
    });
    const fixed = await r.commit('record the fix', day('2026-05-07'));
    const entry = loadHistory(r.root).byId.get(a);
    expect(entry?.firstFixed).toEqual({ sha: fixed, date: '2026-05-07T12:00:00Z', value: '2026-05-06T08:00:00Z' });
  });

  it('says so when there is no git repository', async () => {
    const r = await makeTestRepo({ [advisoryPath('TST-2026-0001')]: advisoryYaml() });
    repos.push(r);
    const history = loadHistory(r.root);
    expect(history.available).toBe(false);
    expect(history.diagnostics.map((d) => d.code)).toEqual(['HISTORY_UNAVAILABLE']);
  });

  it('reports a shallow clone and does not take the cut for the first publication', async () => {
    const r = await repo();
    const a = 'TST-2026-0006';
    const b = 'TST-2026-0007';
    r.write({ [advisoryPath(a)]: advisoryYaml({ id: a, published: '2026-06-01T09:00:00Z' }) });
    const old = await r.commit('publish a', day('2026-06-01'));
    r.write({ [advisoryPath(b)]: advisoryYaml({ id: b, published: '2026-06-10T09:00:00Z' }) });
    const cut = await r.commit('publish b', day('2026-06-10'));
    r.write({ [advisoryPath(b)]: advisoryYaml({ id: b, published: '2026-06-10T09:00:00Z', extra: 'credits:\n  - name: Ada\n' }) });
    const after = await r.commit('edit b', day('2026-06-12'));
    // What `git clone --depth 2` leaves: the shallow file naming the cut, and no older objects.
    writeFileSync(join(r.root, '.git/shallow'), `${cut}\n`);
    rmSync(join(r.root, '.git/objects', old.slice(0, 2), old.slice(2)));

    const history = loadHistory(r.root);
    expect(history.shallow).toBe(true);
    expect(history.commits).toBe(2);
    expect(history.diagnostics.map((d) => d.code)).toEqual(['HISTORY_SHALLOW']);
    expect(history.diagnostics[0]?.message).toContain('2026-06-10T12:00:00Z');
    expect(history.diagnostics[0]?.message).toContain('2 advisories');
    for (const id of [a, b]) {
      const entry = history.byId.get(id);
      expect(entry?.truncated).toBe(true);
      expect(entry?.firstPublished).toBeUndefined();
    }
    expect(history.byId.get(a)?.lastModified).toBeUndefined();
    expect(history.byId.get(b)?.lastModified).toEqual({ sha: after, date: '2026-06-12T12:00:00Z' });
  });

  it('reports parents missing from a damaged clone', async () => {
    const r = await repo();
    r.write({ [advisoryPath('TST-2026-0008')]: advisoryYaml({ id: 'TST-2026-0008' }) });
    const first = await r.commit('publish', day('2026-07-01'));
    r.write({ [advisoryPath('TST-2026-0009')]: advisoryYaml({ id: 'TST-2026-0009' }) });
    await r.commit('publish another', day('2026-07-02'));
    rmSync(join(r.root, '.git/objects', first.slice(0, 2), first.slice(2)));
    const history = loadHistory(r.root);
    expect(history.diagnostics.map((d) => [d.code, d.severity])).toEqual([['HISTORY_OBJECT_MISSING', 'error']]);
    expect(history.diagnostics[0]?.message).toContain(first);
  });
});

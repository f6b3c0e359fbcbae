// `modified` comes from the last change of an advisory's data: a reformat
// (the real `npm run fmt` formatter), a comment or a folder move changes the
// file but moves no date anywhere — OSV modified, Atom updated, CSAF revision
// history and changes.csv all read these dates.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatAdvisoryText } from '../../src/core/authoring/format-advisory.ts';
import { csafText, toCsaf } from '../../src/core/export/csaf-document.ts';
import { advisoryFacts } from '../../src/core/export/facts.ts';
import { advisoryDatesFrom } from '../../src/core/history/dates-from-history.ts';
import { loadHistory } from '../../src/core/history/walk-history.ts';
import { loadDatabase } from '../../src/core/load.ts';
import type { Advisory } from '../../src/core/model.ts';
import {
  advisoryPath,
  advisoryYaml,
  makeTestRepo,
  NOW,
  PROJECT_ROOT,
  ROSTER_YAML,
  SETTINGS_YAML,
  type TestRepo,
} from '../helpers/test-repo.ts';
import { day } from './git-fixtures.ts';

const ID = 'TST-2026-0001';
let repo: TestRepo | undefined;
afterEach(() => repo?.cleanup());

// A hand-written file: flow style, other key order, quotes a formatter changes.
const MESSY = `status: "published"
id: ${ID}
summary: 'A test vulnerability in widget'
affected: [{package: {name: widget}, ranges: [{type: ECOSYSTEM, events: [{introduced: "0"}, {fixed: "1.2.3-1"}]}]}]
timeline: {reported: 2026-03-01T09:00:00Z, published: 2026-03-02T10:00:00Z}
`;

function datesOf(root: string) {
  const db = loadDatabase(root, { now: NOW });
  return advisoryDatesFrom(db.byId.get(ID) as Advisory, loadHistory(root));
}

describe('dates follow the data, not the bytes', () => {
  it('a reformat, a comment and a move keep modified and add no revision; a real change moves both', async () => {
    repo = await makeTestRepo({}, { git: true });
    repo.write({ [advisoryPath(ID)]: MESSY });
    await repo.commit('publish', day('2026-03-02'));
    const first = datesOf(repo.root);
    expect(first.source).toBe('history');
    expect(first.modified).toBe('2026-03-02T12:00:00Z');

    const formatted = formatAdvisoryText(advisoryPath(ID), MESSY);
    expect(formatted.changed).toBe(true);
    repo.write({ [advisoryPath(ID)]: formatted.text as string });
    await repo.commit('fmt', day('2026-04-01'));
    repo.write({ [advisoryPath(ID)]: `# reviewed by the team\n${formatted.text}` });
    await repo.commit('comment', day('2026-04-02'));
    repo.remove(advisoryPath(ID));
    repo.write({ [`advisories/2025/${ID}.yaml`]: `# reviewed by the team\n${formatted.text}` });
    await repo.commit('move', day('2026-04-03'));

    const after = datesOf(repo.root);
    expect(after.modified).toBe('2026-03-02T12:00:00Z');
    expect(after.revisions).toEqual(first.revisions);
    const db = loadDatabase(repo.root, { now: NOW });
    const advisory = db.byId.get(ID) as Advisory;
    const csaf = (dates: typeof first) =>
      csafText(
        toCsaf(
          {
            advisory,
            facts: advisoryFacts(advisory, db.settings),
            published: dates.published ?? '',
            modified: dates.modified,
            revisions: dates.revisions,
          },
          db.settings,
        ),
      );
    expect(csaf(after)).toBe(csaf(first));

    repo.write({ [`advisories/2025/${ID}.yaml`]: advisoryYaml({ extra: 'credits:\n  - name: Ada\n' }) });
    await repo.commit('credit', day('2026-05-01'));
    const changed = datesOf(repo.root);
    expect(changed.modified).toBe('2026-05-01T12:00:00Z');
    expect(changed.revisions.at(-1)).toMatchObject({ date: '2026-05-01T12:00:00Z', summary: 'Advisory updated' });
  });

  it('a version that does not parse counts as a change (in doubt, the date moves)', async () => {
    repo = await makeTestRepo({}, { git: true });
    repo.write({ [advisoryPath(ID)]: advisoryYaml() });
    await repo.commit('publish', day('2026-03-02'));
    repo.write({ [advisoryPath(ID)]: `${advisoryYaml()}: [broken\n` });
    await repo.commit('broken', day('2026-03-05'));
    const history = loadHistory(repo.root);
    expect(history.byId.get(ID)?.lastModified?.date).toBe('2026-03-05T12:00:00Z');
  });

  it('end to end with real git: `npm run fmt` committed by git moves no date', () => {
    const root = mkdtempSync(join(tmpdir(), 'watchkeeper-fmt-git-'));
    try {
      const env = {
        ...process.env,
        GIT_AUTHOR_NAME: 'T',
        GIT_AUTHOR_EMAIL: 't@test.example',
        GIT_COMMITTER_NAME: 'T',
        GIT_COMMITTER_EMAIL: 't@test.example',
      };
      const git = (date: string, ...args: string[]) =>
        execFileSync('git', args, { cwd: root, env: { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }, stdio: 'pipe' });
      writeFileSync(join(root, 'watchkeeper.yaml'), SETTINGS_YAML);
      mkdirSync(join(root, 'rotations'));
      writeFileSync(join(root, 'rotations/roster.yaml'), ROSTER_YAML);
      mkdirSync(join(root, 'advisories/2026'), { recursive: true });
      writeFileSync(join(root, advisoryPath(ID)), MESSY);
      git('2026-03-02T12:00:00Z', 'init', '-q', '-b', 'main');
      git('2026-03-02T12:00:00Z', 'add', '-A');
      git('2026-03-02T12:00:00Z', 'commit', '-q', '-m', 'publish');
      execFileSync(process.execPath, [join(PROJECT_ROOT, 'scripts/fmt.ts'), '--root', root], { stdio: 'pipe' });
      git('2026-04-01T12:00:00Z', 'commit', '-q', '-am', 'fmt');
      expect(git('2026-04-01T12:00:00Z', 'log', '--format=%s').toString().trim().split('\n')).toEqual(['fmt', 'publish']);
      expect(datesOf(root).modified).toBe('2026-03-02T12:00:00Z');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

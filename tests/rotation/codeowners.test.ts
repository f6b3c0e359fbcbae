import { afterEach, expect, test } from 'vitest';
import { codeownersSection, findSection, loadDatabase, updateCodeowners, VERDICT_PATHS } from '../../src/core/index.ts';
import { makeTestRepo, NOW, rosterYaml, type TestRepo, termsYaml } from '../helpers/test-repo.ts';

let repo: TestRepo | undefined;
afterEach(() => repo?.cleanup());

const TERMS = termsYaml([
  { member: 'ada', from: '2026-07-01T00:00:00Z', until: '2027-01-01T00:00:00Z' },
  { member: 'bo', position: 'backup', from: '2026-07-01T00:00:00Z', until: '2027-01-01T00:00:00Z' },
  { member: 'cy', role: 'reviewer', from: '2026-07-01T00:00:00Z', until: '2027-07-01T00:00:00Z' },
  { member: 'bo', from: '2027-01-01T00:00:00Z', until: '2027-07-01T00:00:00Z' },
  { member: 'ada', position: 'backup', from: '2027-01-01T00:00:00Z', until: '2027-07-01T00:00:00Z' },
]);

async function team(codeowners?: string) {
  repo = await makeTestRepo({
    'rotations/roster.yaml': rosterYaml([
      { handle: 'ada', fingerprint: 'A'.repeat(40), forgeUser: 'Ada-Lovelace' },
      { handle: 'bo', fingerprint: 'B'.repeat(40) },
      { handle: 'cy', fingerprint: 'C'.repeat(40) },
    ]),
    'rotations/terms/t.yaml': TERMS,
    ...(codeowners === undefined ? {} : { '.github/CODEOWNERS': codeowners }),
  });
  return repo;
}

test('the section names the coordinators and reviewers on duty, by forge user name when the roster gives one', async () => {
  await team();
  const db = loadDatabase((repo as TestRepo).root, { now: NOW });
  expect(codeownersSection(db, NOW).split('\n').slice(1)).toEqual([
    '# Coordinators and reviewers on duty until 2027-01-01T00:00:00Z, the next handover.',
    '/advisories/ @Ada-Lovelace @bo @cy',
    '/vulns/ @Ada-Lovelace @bo @cy',
    '/rotations/ @Ada-Lovelace @bo',
    '# What can change a verdict (code, schemas, settings, CI): the coordinators on duty.',
    ...VERDICT_PATHS.map((path) => `${path} @Ada-Lovelace @bo`),
    '# END watchkeeper:rotation',
  ]);
  expect(VERDICT_PATHS).toEqual(
    expect.arrayContaining(['/src/', '/schemas/', '/scripts/', '/package.json', '/watchkeeper.yaml', '/.github/']),
  );
  const after = new Date('2027-01-01T00:00:00Z');
  expect(codeownersSection(db, after)).toContain('/rotations/ @bo @Ada-Lovelace\n');
});

test('regenerating keeps hand-written lines before and after the section', async () => {
  await team();
  const db = loadDatabase((repo as TestRepo).root, { now: NOW });
  const old = codeownersSection(db, new Date('2027-02-01T00:00:00Z'));
  const file = `# ours\n/schemas/ @core-team\n\n${old}\n/advisories/2019/ @archivist\n`;
  const updated = updateCodeowners(file, codeownersSection(db, NOW));
  expect(updated.startsWith('# ours\n/schemas/ @core-team\n\n# BEGIN watchkeeper:rotation')).toBe(true);
  expect(updated.endsWith('# END watchkeeper:rotation\n/advisories/2019/ @archivist\n')).toBe(true);
  expect(findSection(updated)?.section).toBe(codeownersSection(db, NOW));
  expect(updateCodeowners('/docs/ @writers\n', codeownersSection(db, NOW))).toBe(`/docs/ @writers\n\n${codeownersSection(db, NOW)}\n`);
});

test('check: a current section passes, a stale one is a warning on its marker line, no markers means not in use', async () => {
  await team();
  const current = codeownersSection(loadDatabase((repo as TestRepo).root, { now: NOW }), NOW);
  const stale = (text: string) => {
    (repo as TestRepo).write({ '.github/CODEOWNERS': text });
    return loadDatabase((repo as TestRepo).root, { now: NOW }).diagnostics.filter((d) => d.code === 'CODEOWNERS_STALE');
  };
  expect(stale(`# header\n${current}\n`)).toEqual([]);
  const found = stale(`# header\n${current.replace('@cy', '@someone-else')}\n`);
  expect(found.map((d) => `${d.file}:${d.line} ${d.severity}`)).toEqual(['.github/CODEOWNERS:2 warning']);
  expect(stale('/advisories/ @whoever\n')).toEqual([]);
});

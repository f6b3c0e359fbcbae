// Issue 11 point 1 through the command CI runs: a change may not add an
// unpublishable advisory's id, alias, summary or details text to any file.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runGate } from '../../src/core/gate/index.ts';
import { embargoedExample, exampleData, firstWords, PUBLISHED_FILE, type Secret, tamperedPublished } from '../helpers/leak-reproduction.ts';
import { runScript } from '../helpers/run-script.ts';
import { makeTestRepo, type TestRepo } from '../helpers/test-repo.ts';

const PUBLISHED = PUBLISHED_FILE;
/** The command reads the real clock, so the example's embargo is moved far into the future here. */
const FAR = '2099-01-05T00:00:00Z';

let repo: TestRepo;
let data: Record<string, string>;
let secret: Secret;
let SECRET: string;
const commits: Record<string, string> = {};
/** The secret's id, alias and details as the changes below write them. */
const spelled = { entities: '', percent: '', detailsRun: '', sentence: '' };

beforeAll(async () => {
  data = exampleData();
  secret = embargoedExample(data);
  SECRET = secret.file;
  data[SECRET] = (data[SECRET] as string).replace(`until: ${secret.until}`, `until: ${FAR}`);
  data['docs/notes.md'] = `# Notes\n\n${secret.id} is tracked elsewhere.\n`;
  spelled.entities = secret.id.replace(/-/g, '&#x2D;');
  spelled.percent = secret.alias.replace(/-/g, '%2D');
  spelled.detailsRun = firstWords(secret.details, 12);
  spelled.sentence = firstWords(secret.details, 12, 8);
  repo = await makeTestRepo(data, { git: true, base: false });
  const commit = async (name: string, files: Record<string, string | Uint8Array>, message = name) => {
    repo.write(files);
    commits[name] = await repo.commit(message);
  };
  commits.base = await repo.commit('base (same tree as the initial commit)');
  await commit('tampered', { [PUBLISHED]: tamperedPublished(data) });
  await commit('restored', { [PUBLISHED]: data[PUBLISHED] as string });
  await commit('elsewhere', {
    'docs/triage.md': `# Triage\n\nSee ${spelled.entities} and ${spelled.percent} before the release.\n`,
    'src/notes.ts': `export const next = '${spelled.sentence}';\n`,
    'rotations/terms/2027.yaml': `${data['rotations/terms/2027.yaml']}# ${spelled.detailsRun}\n`,
    // Already in this file before the change: not added by it.
    'docs/notes.md': `${data['docs/notes.md']}\nMore notes.\n`,
    // The secret's own file may carry its own text.
    [SECRET]: `${data[SECRET]}# ${spelled.detailsRun}\n`,
  });
  await commit('utf16', { 'docs/utf16.txt': Buffer.from(`\ufeff${secret.id}`, 'utf16le') });
});
afterAll(() => repo.cleanup());

function gate(base: string, head: string) {
  const r = runScript('gate.ts', ['--root', repo.root, '--base', base, '--head', head]);
  return { code: r.status, out: r.out };
}

/** The words of a text as the needles hold them (lower case, punctuation dropped). */
const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join(' ');
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('npm run gate: embargoed text in any changed file', () => {
  test('the reproduction: the embargoed summary and details appended to a published advisory exit 1 with GATE_EMBARGOED_TEXT', () => {
    const { code, out } = gate(commits.base as string, commits.tampered as string);
    expect(code).toBe(1);
    const at = new RegExp(`${literal(PUBLISHED)}:\\d+:1 {2}GATE_EMBARGOED_TEXT {2}This change adds `);
    expect(out).toMatch(new RegExp(`${at.source}the summary “${literal(secret.summary)}” of ${secret.id}`));
    expect(out).toMatch(new RegExp(`${at.source}text from the details \\(“${firstWords(words(secret.details), 8)}”\\)`));
    expect(out).toContain(`which is under embargo until ${FAR} (${SECRET})`);
    // Taking it out again adds nothing.
    expect(gate(commits.tampered as string, commits.restored as string).code).toBe(0);
  });

  test('ids through entities and percent-encoding in docs, details in source and rotations; not text already there, not the own file', () => {
    const { code, out } = gate(commits.restored as string, commits.elsewhere as string);
    expect(code).toBe(1);
    const lines = out.split('\n').filter((l) => l.includes('GATE_EMBARGOED_TEXT'));
    const termsLine = (data['rotations/terms/2027.yaml'] as string).split('\n').length;
    expect(lines.map((l) => l.split('  ')[0])).toEqual([
      'docs/triage.md:3:1',
      'docs/triage.md:3:1',
      `rotations/terms/2027.yaml:${termsLine}:1`,
      'src/notes.ts:1:1',
    ]);
    // The secret's own file is judged by the embargo rules, not by the content rule.
    expect(out).toMatch(new RegExp(`${literal(SECRET)}:\\d+:\\d+ {2}GATE_EMBARGOED {2}`));
    expect(lines[0]).toContain(`the alias ${secret.alias} of ${secret.id}`);
    expect(lines[1]).toContain(`the id ${secret.id}`);
    expect(lines[2]).toContain(`text from the details (“${firstWords(words(spelled.detailsRun), 8)}”)`);
    expect(lines[3]).toContain(`text from the details (“${firstWords(words(spelled.sentence), 8)}”)`);
    // Four added texts, and the embargo finding on the secret's own file: nothing else.
    expect(out.split('\n').filter((l) => / {2}[A-Z_]+ {2}/.test(l))).toHaveLength(5);
  });

  test('a file the gate cannot read as text fails closed', () => {
    const { code, out } = gate(commits.elsewhere as string, commits.utf16 as string);
    expect(code).toBe(1);
    expect(out).toMatch(/docs\/utf16\.txt {2}GATE_CONTENT_UNREADABLE {2}It is UTF-16 text/);
  });

  test('the core gate with a fixed clock gives the same verdict', async () => {
    const before = await runGate({
      root: repo.root,
      base: commits.base as string,
      head: commits.tampered as string,
      now: new Date('2026-11-24T12:00:00Z'),
    });
    expect(before.diagnostics.map((d) => d.code)).toContain('GATE_EMBARGOED_TEXT');
  });
});

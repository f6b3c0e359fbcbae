import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Snapshot } from '../gate/fixtures/snapshot.ts';
import type { GateRepo } from '../gate/gate-context.ts';
import { advisoryPath, advisoryYaml } from '../helpers/test-repo.ts';
import { recordYaml } from '../helpers/triage-data.ts';
import { type TriageGate, triageGate } from '../helpers/triage-gate.ts';
import { SECRET } from './fixture.ts';

// The command reads the real clock, so embargoes here lie far in the future (2099) or the past (2020).
const RECORD = `vulns/2026/${SECRET.id}.yaml`;
const PUBLIC = 'vulns/2026/CVE-2026-0101.yaml';

const embargoed = (until: string) =>
  recordYaml({
    id: SECRET.id,
    top: `aliases: [${SECRET.alias}]\nembargo:\n  until: ${until}\nnotes: "${SECRET.notes}"`,
    events: [
      { status: 'detected', at: '2026-11-20T09:00:00Z' },
      { status: 'not_affected', at: '2026-11-21T09:00:00Z', justification: 'component_not_present', statement: `"${SECRET.statement}"` },
    ],
  }).replace('A test vulnerability in widget', `"${SECRET.summary}"`);

let t: TriageGate;
let g: GateRepo;
/** Settings, roster, a release and one public record. */
let base: Snapshot;
let baseCommit: string;
/** base plus the record under embargo until 2099. */
let secretBase: string;
beforeAll(async () => {
  t = await triageGate({ [PUBLIC]: recordYaml() });
  ({ g, base, baseCommit } = t);
  secretBase = await g.commit({ ...base, [RECORD]: embargoed('2099-01-05T00:00:00Z') }, [baseCommit]);
});
afterAll(() => t.cleanup());

/** Commits `files` on top of `parent` and gates parent → it. */
function change(parent: string, files: Snapshot) {
  return t.change(parent, files);
}

describe('npm run gate refuses an embargoed triage record like an embargoed advisory', () => {
  test('adding a record under embargo: GATE_EMBARGOED at embargo.until, exit 1', async () => {
    const { code, out } = await change(baseCommit, { ...base, [RECORD]: embargoed('2099-01-05T00:00:00Z') });
    const line =
      embargoed('2099-01-05T00:00:00Z')
        .split('\n')
        .findIndex((l) => l.startsWith('  until:')) + 1;
    expect(code).toBe(1);
    expect(out).toContain(`  added    ${RECORD}`);
    expect(out).toMatch(
      new RegExp(
        `${RECORD}:${line}:10 {2}GATE_EMBARGOED {2}The triage record ${SECRET.id} is under embargo until 2099-01-05T00:00:00Z \\(\\d+ days`,
      ),
    );
  });

  test('a lifted embargo passes', async () => {
    const { code, out } = await change(baseCommit, { ...base, [RECORD]: embargoed('2020-01-05T00:00:00Z') });
    expect(out).toContain('0 errors, 0 warnings');
    expect(code).toBe(0);
  });

  test('an embargo that is not a UTC instant, or a record that does not read, fails closed', async () => {
    const zoneless = await change(baseCommit, { ...base, [RECORD]: embargoed('2099-01-05T00:00:00') });
    expect(zoneless.code).toBe(1);
    expect(zoneless.out).toContain('GATE_UNDECIDABLE');
    const broken = await change(baseCommit, { ...base, [RECORD]: 'id: [broken\n' });
    expect(broken.code).toBe(1);
    expect(broken.out).toContain(`${RECORD}:2:1  YAML_SYNTAX`);
    expect(broken.out).toContain(`${RECORD}  GATE_UNDECIDABLE  The gate cannot tell whether this triage record may be merged`);
  });
});

describe('GATE_EMBARGOED_TEXT covers the text of an unpublishable triage record in any other file', () => {
  test.each([
    ['a doc with its id', 'docs/notes.md', `We are fixing ${SECRET.id} next week.\n`, `the id ${SECRET.id}`],
    [
      'an advisory with its alias',
      advisoryPath('TST-2026-0009'),
      advisoryYaml({ id: 'TST-2026-0009', extra: `aliases: [${SECRET.alias}]\n` }),
      `the alias ${SECRET.alias}`,
    ],
    [
      'another record with its summary',
      'vulns/2026/CVE-2026-0777.yaml',
      recordYaml({ id: 'CVE-2026-0777' }).replace('A test vulnerability in widget', `"${SECRET.summary}"`),
      'the summary',
    ],
    [
      'source code with eight words of its statement',
      'src/x.ts',
      '// ships disabled and cannot be turned on by any\n',
      'text from the notes',
    ],
  ])('%s', async (_, path, content, what) => {
    const { code, out } = await change(secretBase, { ...base, [RECORD]: embargoed('2099-01-05T00:00:00Z'), [path]: content });
    expect(code).toBe(1);
    expect(out).toMatch(new RegExp(`${path.replace(/\./g, '\\.')}(:\\d+:1)? {2}GATE_EMBARGOED_TEXT {2}This change adds ${what}`));
    expect(out).toContain(`which is a triage record under embargo until 2099-01-05T00:00:00Z (${RECORD})`);
  });

  test('the record’s own file is exempt, so editing only its events is refused only by GATE_EMBARGOED', async () => {
    const edited = embargoed('2099-01-05T00:00:00Z').replace('component_not_present', 'vulnerable_code_not_present');
    const { out } = await change(secretBase, { ...base, [RECORD]: edited });
    expect(out).toContain('GATE_EMBARGOED ');
    expect(out).not.toContain('GATE_EMBARGOED_TEXT');
  });
});

describe('a public triage record is protected like a published advisory', () => {
  test('deleting it: PUBLISHED_DELETED', async () => {
    const files = { ...base };
    delete files[PUBLIC];
    const { code, out } = await change(baseCommit, files);
    expect(code).toBe(1);
    expect(out).toContain(`${PUBLIC}  PUBLISHED_DELETED  This change deletes the triage record CVE-2026-0101`);
  });

  test('renaming it to another id: GATE_PUBLISHED_ID_CHANGED', async () => {
    const files: Snapshot = { ...base, 'vulns/2026/CVE-2026-0102.yaml': recordYaml({ id: 'CVE-2026-0102' }) };
    delete files[PUBLIC];
    const { code, out } = await change(baseCommit, files);
    expect(code).toBe(1);
    expect(out).toContain(`renamed  ${PUBLIC} -> vulns/2026/CVE-2026-0102.yaml`);
    expect(out).toContain('GATE_PUBLISHED_ID_CHANGED  The id of a public triage record changes from CVE-2026-0101 to CVE-2026-0102');
  });

  test.each([
    ['re-dating it', recordYaml({ published: '2026-03-05T00:00:00Z' }), 'GATE_PUBLISHED_DATE_CHANGED'],
    ['moving published_upstream into the future', recordYaml({ published: '2099-03-05T00:00:00Z' }), 'GATE_UNPUBLISHED'],
    ['embargoing it again', recordYaml({ top: 'embargo:\n  until: 2099-01-01T00:00:00Z' }), 'GATE_EMBARGO_EXTENDED'],
  ])('%s: %s', async (_, content, code) => {
    const result = await change(baseCommit, { ...base, [PUBLIC]: content });
    expect(result.code).toBe(1);
    expect(result.out).toContain(`  ${code}  `);
  });

  test('a base the schema refuses is judged by its raw YAML: still protected, and GATE_BASE_UNREADABLE', async () => {
    const invalid = await g.commit({ ...base, [PUBLIC]: recordYaml({ top: 'colour: red' }) }, [baseCommit]);
    const files = { ...base };
    delete files[PUBLIC];
    const { code, out } = await change(invalid, files);
    expect(code).toBe(1);
    expect(out).toContain("GATE_BASE_UNREADABLE  The base branch's version of this file does not match the triage record schema");
    expect(out).toContain('PUBLISHED_DELETED');
  });
});

describe('no other file hides in vulns/', () => {
  test('a README is FILE_UNEXPECTED; plaintext in vulns/sealed/ is not a sealed draft', async () => {
    const { code, out } = await change(baseCommit, {
      ...base,
      'vulns/README.md': 'notes\n',
      'vulns/sealed/abcdefghijklmnopqrstuvwxyz.yaml.asc': `id: ${SECRET.id}\n`,
    });
    expect(code).toBe(1);
    expect(out).toContain('vulns/README.md  FILE_UNEXPECTED  This file is not a triage record');
    expect(out).toMatch(/vulns\/sealed\/abcdefghijklmnopqrstuvwxyz\.yaml\.asc {2}SEAL_NOT_ONE_MESSAGE/);
  });
});

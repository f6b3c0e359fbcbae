// Pull requests that try to get an unpublishable advisory's or triage record's
// names and text out through the triage records, through the real command
// (`node scripts/gate.ts`) on a real repository. The command reads the real
// clock, so the embargoes here lie in 2099.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Snapshot } from '../gate/fixtures/snapshot.ts';
import type { GateRepo } from '../gate/gate-context.ts';
import { advisoryPath, advisoryYaml } from '../helpers/test-repo.ts';
import { recordYaml, releaseYaml } from '../helpers/triage-data.ts';
import { type TriageGate, triageGate } from '../helpers/triage-gate.ts';

const UNTIL = '2099-01-05T00:00:00Z';
const PUBLIC = 'vulns/2026/CVE-2026-0101.yaml';
/** An advisory under embargo and the CVE it carries. */
const ADVISORY = { id: 'TST-2026-0002', cve: 'CVE-2026-0505', ghsa: 'GHSA-q2w3-e4r5-t6y7' };
/** A record under embargo. */
const RECORD = {
  id: 'CVE-2026-0202',
  file: 'vulns/2026/CVE-2026-0202.yaml',
  summary: 'Use after free in the widget session cache eviction path',
};
/** Public upstream on its own, hidden because it is the embargoed advisory's CVE. */
const HIDDEN = { file: `vulns/2026/${ADVISORY.cve}.yaml`, summary: 'Integer overflow in gadget image decoder tables' };

let t: TriageGate;
let g: GateRepo;
let base: Snapshot;
let baseCommit: string;
beforeAll(async () => {
  // The secrets arrive in a commit gated at its time; from here on they are in the base.
  t = await triageGate({
    [PUBLIC]: recordYaml(),
    [RECORD.file]: recordYaml({ id: RECORD.id, top: `embargo:\n  until: ${UNTIL}` }).replace(
      'A test vulnerability in widget',
      `"${RECORD.summary}"`,
    ),
    [advisoryPath(ADVISORY.id)]: advisoryYaml({
      id: ADVISORY.id,
      status: 'embargoed',
      reported: '2026-11-20T10:00:00Z',
      extra: `aliases: [${ADVISORY.cve}, ${ADVISORY.ghsa}]\nembargo:\n  until: ${UNTIL}\n`,
    }),
  });
  ({ g, base, baseCommit } = t);
});
afterAll(() => t.cleanup());

function change(files: Snapshot, parent = baseCommit) {
  return t.change(parent, files);
}

const withNote = (note: string) =>
  recordYaml({
    events: [
      { status: 'detected', at: '2026-03-01T09:00:00Z', by: 'ada' },
      { status: 'affected', at: '2026-03-02T09:00:00Z' },
      { status: 'fixed', at: '2026-03-03T09:00:00Z', version: '"1.2.3-1"' },
      { status: 'fixed', at: '2026-03-04T09:00:00Z', version: '"1.2.3-2"', note: `"${note}"` },
    ],
  });

describe('the gate refuses secrets smuggled through triage records', () => {
  test.each([
    [
      'an alias of the embargoed advisory added to a public record',
      { [PUBLIC]: recordYaml({ top: `aliases: [${ADVISORY.ghsa}]` }) },
      PUBLIC,
      `the alias ${ADVISORY.ghsa}`,
    ],
    [
      'a new record whose id is the embargoed advisory’s CVE (public upstream, no embargo of its own)',
      { [`vulns/2026/${ADVISORY.cve}.yaml`]: recordYaml({ id: ADVISORY.cve }) },
      `vulns/2026/${ADVISORY.cve}.yaml`,
      `the alias ${ADVISORY.cve}`,
    ],
    [
      'the embargoed record’s summary in a release file’s comment',
      { 'vulns/releases/testix-1.yaml': `# ${RECORD.summary}\n${releaseYaml()}` },
      'vulns/releases/testix-1.yaml',
      'the summary',
    ],
    ['the embargoed record’s summary in a public record’s event note', { [PUBLIC]: withNote(RECORD.summary) }, PUBLIC, 'the summary'],
    [
      'a public record’s fix naming the embargoed advisory',
      {
        [PUBLIC]: recordYaml({
          events: [
            { status: 'detected', at: '2026-03-01T09:00:00Z', by: 'ada' },
            { status: 'affected', at: '2026-03-02T09:00:00Z' },
            { status: 'fixed', at: '2026-03-03T09:00:00Z', version: '"1.2.3-1"' },
            { status: 'fixed', at: '2026-03-04T09:00:00Z', version: '"1.2.3-2"', advisory: ADVISORY.id, update: ADVISORY.id },
          ],
        }),
      },
      PUBLIC,
      `the id ${ADVISORY.id}`,
    ],
  ])('%s: GATE_EMBARGOED_TEXT', async (_, files, path, what) => {
    const { code, out } = await change({ ...base, ...files });
    expect(code).toBe(1);
    expect(out).toMatch(new RegExp(`${path.replace(/\./g, '\\.')}(:\\d+:1)? {2}GATE_EMBARGOED_TEXT {2}This change adds ${what}`));
  });

  test('the summary of a record hidden by the embargoed advisory (its CVE) in a public record’s note: GATE_EMBARGOED_TEXT', async () => {
    const parent = await g.commit(
      { ...base, [HIDDEN.file]: recordYaml({ id: ADVISORY.cve }).replace('A test vulnerability in widget', `"${HIDDEN.summary}"`) },
      [baseCommit],
    );
    const files = {
      ...base,
      [HIDDEN.file]: recordYaml({ id: ADVISORY.cve }).replace('A test vulnerability in widget', `"${HIDDEN.summary}"`),
    };
    const { code, out } = await change({ ...files, [PUBLIC]: withNote(HIDDEN.summary) }, parent);
    expect(code).toBe(1);
    expect(out).toMatch(/vulns\/2026\/CVE-2026-0101\.yaml:\d+:1 {2}GATE_EMBARGOED_TEXT {2}This change adds the summary/);
  });

  test('a public record renamed to a new id and embargoed again: refused whether or not the summary is kept', async () => {
    const moved: Snapshot = { ...base };
    delete moved[PUBLIC];
    const again = recordYaml({ id: 'CVE-2026-0909', top: `embargo:\n  until: ${UNTIL}` });
    const kept = await change({ ...moved, 'vulns/2026/CVE-2026-0909.yaml': again });
    expect(kept.code).toBe(1);
    expect(kept.out).toContain('GATE_PUBLISHED_ID_CHANGED');
    expect(kept.out).toContain('GATE_EMBARGO_EXTENDED');
    const reworded = await change({ ...moved, 'vulns/2026/CVE-2026-0909.yaml': again.replace('A test vulnerability', 'Another flaw') });
    expect(reworded.code).toBe(1);
    expect(reworded.out).toContain(`${PUBLIC}  PUBLISHED_DELETED`);
    expect(reworded.out).toContain('GATE_EMBARGOED ');
  });

  test('published_upstream moved later on a public record: GATE_PUBLISHED_DATE_CHANGED', async () => {
    const { code, out } = await change({ ...base, [PUBLIC]: recordYaml({ published: '2026-03-20T00:00:00Z' }) });
    expect(code).toBe(1);
    expect(out).toContain(
      'GATE_PUBLISHED_DATE_CHANGED  published_upstream of CVE-2026-0101 changes from 2026-03-01T00:00:00Z to 2026-03-20T00:00:00Z',
    );
  });
});

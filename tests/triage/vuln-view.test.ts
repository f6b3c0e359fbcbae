// The readers' view of triage records (vulnViews), over the project's own example data and
// small test repositories; expected statuses are read from the YAML files, not written here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
  cellEvents,
  cellsOfPackage,
  isPublishable,
  JUSTIFICATION_LABELS,
  loadDatabase,
  publishableTriage,
  STATUS_LABELS,
  STATUS_ORDER,
  vulnViews,
} from '../../src/core/index.ts';
import { advisoryPath, advisoryYaml, makeTestRepo, PROJECT_ROOT, type TestRepo } from '../helpers/test-repo.ts';
import { recordYaml, releaseYaml } from '../helpers/triage-data.ts';

/** A fixed clock after every example record's publication and before the embargo of KSA-2026-0013 lifts. */
const NOW = new Date('2026-12-01T12:00:00Z');

interface FileEvent {
  status: keyof typeof STATUS_LABELS;
  at: string;
  justification?: keyof typeof JUSTIFICATION_LABELS;
  statement?: string;
  version?: string;
  reason?: string;
  advisory?: string;
}
interface FileRecord {
  id: string;
  aliases?: string[];
  packages: { name: string; releases: { release: string; events: FileEvent[] }[] }[];
}

function exampleRecords(): Map<string, FileRecord> {
  const out = new Map<string, FileRecord>();
  const root = join(PROJECT_ROOT, 'vulns');
  for (const year of readdirSync(root).filter((d) => /^\d{4}$/.test(d)))
    for (const name of readdirSync(join(root, year))) {
      const record = parse(readFileSync(join(root, year, name), 'utf8')) as FileRecord;
      out.set(record.id, record);
    }
  return out;
}

let repo: TestRepo | undefined;
afterEach(() => repo?.cleanup());

test('every cell of every publishable example record shows the latest event of its file, with its details', () => {
  const db = loadDatabase(PROJECT_ROOT, { now: NOW });
  const files = exampleRecords();
  const { views, byName } = vulnViews(db, NOW);
  expect(views.map((v) => v.id)).toEqual(publishableTriage(db, NOW).map((r) => r.id));
  expect(views.length).toBeGreaterThan(20);
  const seen = new Set<string>();
  for (const view of views) {
    const file = files.get(view.id);
    if (!file) throw new Error(`no file for ${view.id}`);
    expect(byName.get(view.id.toUpperCase())).toBe(view);
    const statuses: string[] = [];
    for (const pkg of file.packages)
      for (const tracked of pkg.releases) {
        const row = view.rows.find((r) => r.package === pkg.name);
        const column = view.releases.findIndex((r) => r.id === tracked.release);
        const cell = row?.cells[column];
        const latest = tracked.events.at(-1) as FileEvent;
        expect(cell?.status, `${view.id} ${pkg.name}@${tracked.release}`).toBe(latest.status);
        expect(cell?.label).toBe(STATUS_LABELS[latest.status]);
        expect(cell?.since).toBe(new Date(latest.at).toISOString().replace('.000Z', 'Z'));
        expect(cell && cellEvents(cell).map((e) => e.status)).toEqual(tracked.events.map((e) => e.status));
        if (latest.version) expect(cell?.details).toContain(`Fixed in ${latest.version}`);
        if (latest.justification) {
          expect(cell?.details).toContain(`Not affected: ${JUSTIFICATION_LABELS[latest.justification]}`);
          expect(cell?.details).toContain(latest.statement);
        }
        if (latest.reason) expect(cell?.details).toContain(latest.reason);
        if (latest.advisory && isPublishable(db.byId.get(latest.advisory) ?? ({ status: 'draft', timeline: {} } as never), NOW))
          expect(cell?.advisory).toBe(latest.advisory);
        statuses.push(latest.status);
        seen.add(latest.status);
      }
    const worst = STATUS_ORDER.find((s) => statuses.includes(s));
    expect(view.worst).toBe(worst);
    // Cells the file does not have are empty, never made up.
    expect(view.rows.flatMap((r) => r.cells.filter(Boolean)).length).toBe(statuses.length);
  }
  // The example data covers every status a reader can meet.
  expect([...seen].sort()).toEqual([...STATUS_ORDER].sort());
});

test('a record links the publishable advisories that name it and its upstream record', () => {
  const db = loadDatabase(PROJECT_ROOT, { now: NOW });
  const { views } = vulnViews(db, NOW);
  for (const view of views) {
    const names = new Set([view.id, ...view.aliases].map((n) => n.toUpperCase()));
    const expected = db.advisories
      .filter((a) => isPublishable(a, NOW) && (a.aliases ?? []).some((alias) => names.has(alias.toUpperCase())))
      .map((a) => a.id)
      .sort();
    expect(view.advisories.map((a) => a.id)).toEqual(expected);
    expect(view.upstream.href).toBe(
      view.id.startsWith('CVE-') ? `https://www.cve.org/CVERecord?id=${view.id}` : `https://osv.dev/vulnerability/${view.id}`,
    );
  }
  expect(views.find((v) => v.id === 'CVE-2026-0101')?.advisories.map((a) => a.id)).toContain('KSA-2026-0001');
});

test('the embargoed example record has no view, before or after its embargo date (it names an advisory still under embargo)', () => {
  for (const now of [NOW, new Date('2026-12-02T14:00:00Z'), new Date('2026-12-03T00:00:00Z')]) {
    const db = loadDatabase(PROJECT_ROOT, { now });
    const { views, byName, byPackage } = vulnViews(db, now);
    expect(views.some((v) => v.id === 'CVE-2026-1313')).toBe(false);
    expect(byName.has('CVE-2026-1313')).toBe(false);
    for (const list of byPackage.values()) expect(list.some((v) => v.id === 'CVE-2026-1313')).toBe(false);
  }
});

test('a record under embargo appears only once the embargo lifts; its aliases and package keys follow it', async () => {
  const until = '2026-11-30T00:00:00Z';
  repo = await makeTestRepo({
    'vulns/releases/testix-1.yaml': releaseYaml('testix-1', 'ecosystem: "Testix:1"\n'),
    'vulns/2026/CVE-2026-0101.yaml': recordYaml({ top: `aliases:\n  - GHSA-abcd-efgh-ijkm\nembargo:\n  until: ${until}` }),
    [advisoryPath('TST-2026-0001')]: advisoryYaml({ id: 'TST-2026-0001', extra: 'aliases:\n  - GHSA-abcd-efgh-ijkm\n' }),
  });
  const before = new Date('2026-11-29T23:59:59Z');
  const after = new Date(until);
  const early = vulnViews(loadDatabase(repo.root, { now: before }), before);
  expect(early.views).toEqual([]);
  expect(early.byPackage.size).toBe(0);
  const late = vulnViews(loadDatabase(repo.root, { now: after }), after);
  const view = late.views[0];
  expect(late.views.map((v) => v.id)).toEqual(['CVE-2026-0101']);
  expect(late.byName.get('GHSA-ABCD-EFGH-IJKM')).toBe(view);
  expect(view?.advisories.map((a) => a.id)).toEqual(['TST-2026-0001']);
  expect(late.packages).toEqual([{ ecosystem: 'Testix:1', name: 'widget', key: 'Testix:1/widget' }]);
  expect(view && cellsOfPackage(view, 'Testix:1/widget').map((c) => `${c.release.id} ${c.cell.status}`)).toEqual(['testix-1 fixed']);
});

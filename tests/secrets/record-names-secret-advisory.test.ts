// A public triage record whose fix names an advisory that is not publishable
// (advisory: and update: of a fixed event): the view and every export of the
// record must say nothing of that advisory, its id included.
import { afterEach, expect, test } from 'vitest';
import { buildVulnRecord } from '../../src/core/record/triage-record.ts';
import { vulnViews } from '../../src/core/triage/vuln-view.ts';
import { buildSiteData } from '../../src/site/database.ts';
import { exportFiles } from '../../src/site/exports.ts';
import { advisoryPath, advisoryYaml, makeTestRepo, NOW, type TestRepo } from '../helpers/test-repo.ts';
import { recordYaml, releaseYaml } from '../helpers/triage-data.ts';

let repo: TestRepo | undefined;
afterEach(() => repo?.cleanup());

const SECRET_ADVISORY = 'TST-2026-0077';
const PUBLIC_ADVISORY = 'TST-2026-0001';

const fixedBy = (advisory: string, update: string) =>
  recordYaml({
    events: [
      { status: 'detected', at: '2026-03-01T09:00:00Z' },
      { status: 'affected', at: '2026-03-02T09:00:00Z' },
      { status: 'fixed', at: '2026-03-03T09:00:00Z', version: '"1.2.3-1"', advisory, update: `"${update}"` },
    ],
  });

test.each([
  ['advisory and update both name it', SECRET_ADVISORY],
  ['update names it in a longer text', `${SECRET_ADVISORY} (security update)`],
])('a fix whose %s: no page data and no export carries its id', async (_, update) => {
  repo = await makeTestRepo({
    'vulns/releases/testix-1.yaml': releaseYaml(),
    'vulns/2026/CVE-2026-0101.yaml': fixedBy(SECRET_ADVISORY, update),
    [advisoryPath(PUBLIC_ADVISORY)]: advisoryYaml({ extra: 'aliases: [CVE-2026-0101]\n' }),
    [advisoryPath(SECRET_ADVISORY)]: advisoryYaml({
      id: SECRET_ADVISORY,
      status: 'embargoed',
      reported: '2026-11-20T10:00:00Z',
      extra: 'embargo:\n  until: 2026-12-02T14:00:00Z\n',
    }),
  });
  const data = buildSiteData(repo.root, NOW, false);
  const view = vulnViews(data.db, NOW).views.find((v) => v.id === 'CVE-2026-0101');
  expect(view, 'the record itself is public').toBeDefined();
  expect(JSON.stringify(view)).not.toContain(SECRET_ADVISORY);
  const leaking = [...exportFiles(data)].filter((f) => String(f.body).includes(SECRET_ADVISORY)).map((f) => f.path);
  expect(leaking).toEqual([]);
  // The time-to-fix record over tracked vulnerabilities (its page and record-vulns.csv/.json) counts the fix, without the name.
  const record = buildVulnRecord(data.db, NOW);
  expect(record.rows.map((r) => r.id)).toContain('CVE-2026-0101');
  expect(JSON.stringify(record)).not.toContain(SECRET_ADVISORY);
  // The record's exports exist and do carry the fix, so the assertion above looked at real documents.
  const vex = [...exportFiles(data)].filter((f) => /cve-2026-0101/i.test(f.path) && String(f.body).includes('1.2.3-1')).map((f) => f.path);
  expect(vex).toEqual(expect.arrayContaining(['/vex/CVE-2026-0101.openvex.json', '/.well-known/csaf/white/vex/2026/cve-2026-0101.json']));
  // The fix's version stays on the page; only the advisory's name goes.
  expect(view?.rows[0]?.cells[0]?.details).toEqual(['Fixed in 1.2.3-1']);
});

test('once the advisory is publishable, the fix names it again, on the page and in the VEX documents', async () => {
  repo = await makeTestRepo({
    'vulns/releases/testix-1.yaml': releaseYaml(),
    'vulns/2026/CVE-2026-0101.yaml': fixedBy(PUBLIC_ADVISORY, PUBLIC_ADVISORY),
    [advisoryPath(PUBLIC_ADVISORY)]: advisoryYaml({ extra: 'aliases: [CVE-2026-0101]\n' }),
    [advisoryPath(SECRET_ADVISORY)]: advisoryYaml({ id: SECRET_ADVISORY, status: 'draft' }),
  });
  const data = buildSiteData(repo.root, NOW, false);
  const view = vulnViews(data.db, NOW).views.find((v) => v.id === 'CVE-2026-0101');
  expect(view?.rows[0]?.cells[0]?.advisory).toBe(PUBLIC_ADVISORY);
  const openvex = [...exportFiles(data)].find((f) => f.path === '/vex/CVE-2026-0101.openvex.json');
  expect(String(openvex?.body)).toContain(`(${PUBLIC_ADVISORY})`);
});

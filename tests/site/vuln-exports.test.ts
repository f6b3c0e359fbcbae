// The redirect pages of tracked vulnerabilities (exportFiles), without a build: every alias of a
// record leads to its page, ids only an advisory names keep their redirect, and no two files share
// an address (the build refuses that too, src/site/integration.ts).
import { afterEach, expect, test } from 'vitest';
import { paths } from '../../src/core/export/paths.ts';
import { buildSiteData } from '../../src/site/database.ts';
import { exportFiles } from '../../src/site/exports.ts';
import { vulnsOf } from '../../src/site/vulns.ts';
import { advisoryPath, advisoryYaml, makeTestRepo, NOW, type TestRepo } from '../helpers/test-repo.ts';
import { recordYaml, releaseYaml } from '../helpers/triage-data.ts';

let repo: TestRepo | undefined;
afterEach(() => repo?.cleanup());

const target = (body: string) => /http-equiv="refresh" content="0; url=([^"]+)"/.exec(body)?.[1];

test('aliases of records, of advisories and of both each get one file, pointing where the reader expects', async () => {
  repo = await makeTestRepo({
    'vulns/releases/testix-1.yaml': releaseYaml(),
    // A record with an alias (an alias that is another record's id is a check error, TRIAGE_ID_DUPLICATE), and a second record.
    'vulns/2026/CVE-2026-0101.yaml': recordYaml({ top: 'aliases:\n  - GHSA-aaaa-bbbb-cccc' }),
    'vulns/2026/CVE-2026-0202.yaml': recordYaml({ id: 'CVE-2026-0202' }),
    // An advisory naming a tracked id and an id no record tracks.
    [advisoryPath('TST-2026-0001')]: advisoryYaml({ extra: 'aliases:\n  - GHSA-aaaa-bbbb-cccc\n  - CVE-2026-0303\n' }),
  });
  const data = buildSiteData(repo.root, NOW, false);
  expect(vulnsOf(data).views.map((v) => v.id)).toEqual(['CVE-2026-0101', 'CVE-2026-0202']);
  const files = [...exportFiles(data)];
  const byPath = new Map<string, string>();
  for (const f of files.filter((f) => !f.ifAbsent)) {
    expect(byPath.has(f.path), `two files for ${f.path}`).toBe(false);
    byPath.set(f.path, f.body);
  }
  // The pages Astro renders are never written over by an export.
  for (const id of ['CVE-2026-0101', 'CVE-2026-0202']) expect(byPath.has(`${paths.vuln(id)}index.html`)).toBe(false);
  expect(target(byPath.get('/vulns/GHSA-AAAA-BBBB-CCCC/index.html') ?? '')).toBe('/vulns/CVE-2026-0101/');
  expect(target(byPath.get('/vulns/CVE-2026-0303/index.html') ?? '')).toBe('/advisories/TST-2026-0001/');
  const fallbacks = new Map(files.filter((f) => f.ifAbsent).map((f) => [f.path, f.body]));
  expect(target(fallbacks.get('/vulns/cve-2026-0101/index.html') ?? '')).toBe('/vulns/CVE-2026-0101/');
  expect(target(fallbacks.get('/vulns/ghsa-aaaa-bbbb-cccc/index.html') ?? '')).toBe('/vulns/CVE-2026-0101/');
  expect(target(fallbacks.get('/vulns/cve-2026-0202/index.html') ?? '')).toBe('/vulns/CVE-2026-0202/');
});

// Two publishable triage records whose ids fold to one CSAF file name
// (`.` and `:` both become `_`): the build must stop rather than let the
// second record's VEX statements replace the first's at the same address.
import { afterEach, expect, test } from 'vitest';
import { buildSiteData } from '../../src/site/database.ts';
import { exportFiles } from '../../src/site/exports.ts';
import { makeTestRepo, type TestRepo } from '../helpers/test-repo.ts';
import { recordYaml, releaseYaml } from '../helpers/triage-data.ts';

let repo: TestRepo | undefined;
afterEach(() => repo?.cleanup());

const NOW = new Date('2026-11-24T12:00:00Z');
const affected = [{ status: 'affected', at: '2026-03-02T09:00:00Z' }];
const notAffected = [
  { status: 'not_affected', at: '2026-03-02T09:00:00Z', justification: 'component_not_present', statement: 'Not shipped.' },
];

test('ids that share a CSAF file name stop the export with both files named', async () => {
  repo = await makeTestRepo({
    'vulns/releases/testix-1.yaml': releaseYaml(),
    'vulns/2026/ALSA-2026:0670.yaml': recordYaml({ id: 'ALSA-2026:0670', events: affected }),
    'vulns/2026/ALSA-2026.0670.yaml': recordYaml({ id: 'ALSA-2026.0670', events: notAffected }),
  });
  const data = buildSiteData(repo.root, NOW, false);
  expect(data.db.triage.map((r) => r.id).sort()).toEqual(['ALSA-2026.0670', 'ALSA-2026:0670']);
  expect(() => [...exportFiles(data)]).toThrow(
    /vulns\/2026\/ALSA-2026[.:]0670\.yaml and vulns\/2026\/ALSA-2026[.:]0670\.yaml would both be published as \/\.well-known\/csaf\/white\/vex\/2026\/alsa-2026_0670\.json/,
  );
});

test('distinct names export as before', async () => {
  repo = await makeTestRepo({
    'vulns/releases/testix-1.yaml': releaseYaml(),
    'vulns/2026/ALSA-2026:0670.yaml': recordYaml({ id: 'ALSA-2026:0670', events: affected }),
    'vulns/2026/ALSA-2026:0671.yaml': recordYaml({ id: 'ALSA-2026:0671', events: notAffected }),
  });
  const paths = [...exportFiles(buildSiteData(repo.root, NOW, false))].map((f) => f.path);
  expect(paths).toContain('/.well-known/csaf/white/vex/2026/alsa-2026_0670.json');
  expect(paths).toContain('/.well-known/csaf/white/vex/2026/alsa-2026_0671.json');
});

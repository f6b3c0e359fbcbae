// The triage exports in the triage records' one real build (tests/site/vuln-site.ts: example data with its vulns/, fixed
// clock before CVE-2026-1313's embargo lifts): every record's OpenVEX, OSV and
// CSAF VEX file is in dist/ and valid, the provider metadata names the VEX
// distribution, and the leak scan finds nothing of the embargoed record.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { csafVexPath } from '../../src/core/export/csaf-vex.ts';
import { paths } from '../../src/core/export/paths.ts';
import { loadDatabase, publishableTriage } from '../../src/core/index.ts';
import { openvexValidator, osvValidator } from '../helpers/external-schemas.ts';
import { NOW, PROJECT_ROOT } from '../helpers/test-repo.ts';
import { vulnSite } from '../site/vuln-site.ts';
import { csafMandatoryProblems } from './csaf-mandatory.ts';
import { CSAF_SKIP, csafSchemaErrors, providerSchemaErrors } from './external-schemas.ts';

let dist: string;
beforeAll(async () => {
  dist = await vulnSite();
}, 600_000);

const read = (path: string) => JSON.parse(readFileSync(join(dist, path), 'utf8'));

describe.skipIf(!!CSAF_SKIP)('the built triage exports', () => {
  test('every publishable record’s three documents are in dist/ and valid; the provider metadata names the VEX folder', () => {
    const db = loadDatabase(PROJECT_ROOT, { now: NOW });
    const records = publishableTriage(db, NOW);
    expect(records.length).toBeGreaterThan(20);
    for (const record of records) {
      expect(openvexValidator()(read(paths.openvex(record.id))), record.id).toBe(true);
      expect(osvValidator()(read(paths.osvVuln(record.id))), record.id).toBe(true);
      const csaf = read(csafVexPath(record));
      expect(csafSchemaErrors(csaf), record.id).toEqual([]);
      expect(csafMandatoryProblems(csaf), record.id).toEqual([]);
    }
    const all = read(paths.openvexAll());
    expect(openvexValidator()(all)).toBe(true);
    expect(all.statements.some((s: { vulnerability: { name: string } }) => s.vulnerability.name === 'CVE-2026-1313')).toBe(false);
    const metadata = read(paths.csafProviderMetadata());
    expect(providerSchemaErrors(metadata)).toEqual([]);
    expect(metadata.distributions.map((d: { directory_url: string }) => d.directory_url)).toContain(
      `${db.settings.site_url}/.well-known/csaf/white/vex/`,
    );
  });

  test('the leak scan over the build finds nothing of the embargoed record', () => {
    const scan = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/leak-scan.ts'), dist, '--root', PROJECT_ROOT], {
      encoding: 'utf8',
      env: { ...process.env, WATCHKEEPER_BUILD_NOW: NOW.toISOString() },
    });
    expect(scan.stdout).toMatch(/leak-scan: \d+ files/);
    expect(scan.status, scan.stdout + scan.stderr).toBe(0);
  });
});

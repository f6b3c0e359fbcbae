// The triage exports as the build writes them (src/site/triage-exports.ts,
// reached through exportFiles like every per-advisory export): every file is
// where paths.ts says, valid against its official schema, hashed and listed
// like the advisories' CSAF documents, and nothing of an embargoed record.
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { csafProviderMetadata } from '../../src/core/export/csaf-provider.ts';
import { csafVexPath } from '../../src/core/export/csaf-vex.ts';
import { paths } from '../../src/core/export/paths.ts';
import { recordYear } from '../../src/core/export/triage-entries.ts';
import { publishableTriage } from '../../src/core/index.ts';
import { buildSiteData } from '../../src/site/database.ts';
import { exportFiles } from '../../src/site/exports.ts';
import { csafVexFolders } from '../../src/site/triage-exports.ts';
import { openvexValidator, osvValidator } from '../helpers/external-schemas.ts';
import { PROJECT_ROOT } from '../helpers/test-repo.ts';
import { csafMandatoryProblems } from './csaf-mandatory.ts';
import { CSAF_SKIP, csafSchemaErrors, providerSchemaErrors } from './external-schemas.ts';
import { BEFORE_EMBARGO } from './triage-fixtures.ts';

const data = buildSiteData(PROJECT_ROOT, BEFORE_EMBARGO, false);
const files = new Map([...exportFiles(data)].map((f) => [f.path, f.body]));
const records = publishableTriage(data.db, BEFORE_EMBARGO);
const triagePaths = [...files.keys()].filter((p) => /^\/vex\/|^\/osv\/vulns\/|^\/\.well-known\/csaf\/white\/vex\//.test(p));

describe.skipIf(!!CSAF_SKIP)('the build’s triage exports from the example data', () => {
  test('each publishable record has its OpenVEX, OSV and CSAF VEX file, each valid against its official schema', () => {
    expect(records.length).toBeGreaterThan(20);
    for (const record of records) {
      const openvex = JSON.parse(files.get(paths.openvex(record.id)) ?? 'null');
      expect(openvexValidator()(openvex), record.id).toBe(true);
      const osv = JSON.parse(files.get(paths.osvVuln(record.id)) ?? 'null');
      expect(osvValidator()(osv), record.id).toBe(true);
      const csaf = JSON.parse(files.get(paths.csafVex(record.id, recordYear(record))) ?? 'null');
      expect(csafSchemaErrors(csaf), record.id).toEqual([]);
      expect(csafMandatoryProblems(csaf), record.id).toEqual([]);
    }
    const all = JSON.parse(files.get(paths.openvexAll()) ?? 'null');
    expect(openvexValidator()(all)).toBe(true);
    expect(new Set(all.statements.map((s: { vulnerability: { name: string } }) => s.vulnerability.name))).toEqual(
      new Set(records.map((r) => r.id)),
    );
    // Three files per record plus the .sha512, the distribution document, index.txt, changes.csv and the listings.
    const years = new Set(records.map(recordYear));
    expect(triagePaths).toHaveLength(records.length * 4 + 1 + 2 + 1 + years.size);
  });

  test('the embargoed CVE-2026-1313 appears in no triage export, by path or by content', () => {
    expect(data.db.triage.some((r) => r.id === 'CVE-2026-1313')).toBe(true);
    for (const path of triagePaths) {
      expect(path).not.toMatch(/1313/);
      expect(files.get(path), path).not.toMatch(/CVE-2026-1313|io_uring/i);
    }
  });

  test('the VEX folder is a CSAF distribution of its own: hashed documents, index.txt, changes.csv, listings, provider metadata', () => {
    const folder = '/.well-known/csaf/white/vex/';
    const listed = (files.get(`${folder}index.txt`) ?? '').trim().split('\n');
    expect(listed.sort()).toEqual(records.map((r) => csafVexPath(r).slice(folder.length)).sort());
    const changes = (files.get(`${folder}changes.csv`) ?? '').trim().split('\n');
    expect(changes).toHaveLength(records.length);
    for (const record of records) {
      const path = csafVexPath(record);
      const file = path.split('/').pop() as string;
      const digest = createHash('sha512')
        .update(files.get(path) ?? '')
        .digest('hex');
      expect(files.get(`${path}.sha512`)).toBe(`${digest}  ${file}\n`);
      expect(files.get(`${folder}${recordYear(record)}/index.html`)).toContain(`href="${file}"`);
    }
    expect(files.get('/.well-known/csaf/white/index.html')).toContain('href="vex/"');
    expect(files.get(`${folder}index.html`)).toContain('href="index.txt"');
    const metadata = csafProviderMetadata(data.db.settings, '2026-12-01T12:00:00Z', [], csafVexFolders(data));
    expect(providerSchemaErrors(metadata)).toEqual([]);
    expect(metadata.distributions).toEqual([
      { directory_url: `${data.db.settings.site_url}/.well-known/csaf/white/` },
      { directory_url: `${data.db.settings.site_url}${folder}` },
    ]);
  });
});

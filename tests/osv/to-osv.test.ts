import { beforeAll, describe, expect, test } from 'vitest';
import { type Database, loadDatabase, type Settings } from '../../src/core/index.ts';
import { OSV_ECOSYSTEMS, OSV_ID_PREFIXES, osvEcosystem, osvId, toOsv, trackerIdOf } from '../../src/core/osv/index.ts';
import { readExternalSchema } from '../helpers/external-schemas.ts';
import { NOW, PROJECT_ROOT } from '../helpers/test-repo.ts';
import { osvSchemaErrors } from './osv-validator.ts';

let db: Database;
beforeAll(() => {
  db = loadDatabase(PROJECT_ROOT, { now: NOW });
});

const dates = { published: '2026-01-16T12:00:00Z', modified: '2026-02-01T08:00:00Z' };

describe('toOsv on the example advisories', () => {
  test('the examples load without errors (otherwise the rest proves nothing)', () => {
    expect(db.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(db.advisories.length).toBeGreaterThanOrEqual(14);
  });

  test('every example exports to a record the official OSV schema accepts', () => {
    for (const advisory of db.advisories) {
      const record = toOsv(advisory, db.settings, dates);
      expect({ id: advisory.id, errors: osvSchemaErrors(record) }).toEqual({ id: advisory.id, errors: [] });
    }
  });

  test('ids take the osv.id_prefix and packages of unregistered ecosystems move to database_specific', () => {
    const advisory = db.byId.get('KSA-2026-0001');
    if (!advisory) throw new Error('example KSA-2026-0001 missing');
    const record = toOsv(advisory, db.settings, dates);
    expect(record.id).toBe('x_KSA-2026-0001');
    expect(record.published).toBe(dates.published);
    expect(record.modified).toBe(dates.modified);
    expect(record.affected?.[0]?.package).toBeUndefined();
    expect(record.affected?.[0]?.database_specific).toEqual({
      watchkeeper: { package: { ecosystem: 'Kestrel:3', name: 'openssl', purl: 'pkg:rpm/kestrel/openssl?distro=kestrel-3' } },
    });
    expect(record.affected?.[0]?.ranges).toEqual(advisory.affected[0]?.ranges);
    expect(record.aliases).toEqual(advisory.aliases);
    expect(record.references).toEqual(advisory.references);
    expect(record.database_specific).toMatchObject({
      watchkeeper: { status: 'published', coordinator: 'amara', timeline: advisory.timeline },
    });
  });

  test('a mapped ecosystem exports a real OSV package', () => {
    const settings: Settings = { ...db.settings, osv: { id_prefix: 'x_KSA', ecosystems: { 'Kestrel:3': 'Debian:12' } } };
    const advisory = db.byId.get('KSA-2026-0001');
    if (!advisory) throw new Error('example KSA-2026-0001 missing');
    const record = toOsv(advisory, settings, dates);
    expect(record.affected?.[0]?.package).toEqual({
      ecosystem: 'Debian:12',
      name: 'openssl',
      purl: 'pkg:rpm/kestrel/openssl?distro=kestrel-3',
    });
    // The tracker's own ecosystem is still kept, so nothing is lost.
    expect(record.affected?.[0]?.database_specific).toEqual({
      watchkeeper: { package: { ecosystem: 'Kestrel:3', name: 'openssl', purl: 'pkg:rpm/kestrel/openssl?distro=kestrel-3' } },
    });
    expect(osvSchemaErrors(record)).toEqual([]);
  });

  test('the export never carries embargo data, even when called on an embargoed advisory', () => {
    const embargoed = db.advisories.find((a) => a.status === 'embargoed' && a.embargo?.reason);
    if (!embargoed?.embargo?.reason) throw new Error('the examples should have an embargoed advisory with a reason');
    const text = JSON.stringify(toOsv(embargoed, db.settings, dates));
    expect(text).not.toContain(embargoed.embargo.reason);
    expect(text).not.toContain(embargoed.embargo.until);
    expect(text).not.toContain('"embargo"');
  });

  test('credits lose the member handle; withdrawn keeps its instant and reason', () => {
    const withdrawn = db.advisories.find((a) => a.status === 'withdrawn');
    if (!withdrawn) throw new Error('the examples should have a withdrawn advisory');
    const record = toOsv(withdrawn, db.settings, dates);
    expect(record.withdrawn).toBe(withdrawn.withdrawn);
    expect(record.database_specific?.watchkeeper).toMatchObject({ status: 'withdrawn', withdrawn_reason: withdrawn.withdrawn_reason });
    const credited = db.advisories.find((a) => a.credits?.some((c) => c.member));
    if (credited) {
      const out = toOsv(credited, db.settings, dates);
      expect(JSON.stringify(out.credits)).not.toContain('"member"');
      expect(out.credits?.map((c) => c.name)).toEqual(credited.credits?.map((c) => c.name));
    }
  });

  test('per-package severity beside a top-level one moves to database_specific, so the record stays valid', () => {
    const advisory = db.byId.get('KSA-2026-0001');
    if (!advisory) throw new Error('example KSA-2026-0001 missing');
    const severity = [{ type: 'CVSS_V3' as const, score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:L' }];
    const mutated = { ...advisory, affected: [{ ...advisory.affected[0], severity }] as typeof advisory.affected };
    const record = toOsv(mutated, db.settings, dates);
    expect(record.affected?.[0]?.severity).toBeUndefined();
    expect(record.affected?.[0]?.database_specific?.watchkeeper).toMatchObject({ severity });
    expect(osvSchemaErrors(record)).toEqual([]);
  });
});

describe('OSV names', () => {
  const settings = { id_prefix: 'KSA', osv: { id_prefix: 'x_KSA' } };
  test('ids', () => {
    expect(osvId('KSA-2026-0001', settings)).toBe('x_KSA-2026-0001');
    expect(osvId('KSA-2026-0001', { id_prefix: 'KSA' })).toBe('x_KSA-2026-0001');
    expect(osvId('DSA-2026-0001', { id_prefix: 'DSA' })).toBe('DSA-2026-0001');
    expect(trackerIdOf('x_KSA-2026-0001', settings)).toBe('KSA-2026-0001');
    expect(trackerIdOf('PYSEC-2020-342', settings)).toBeUndefined();
  });
  test('ecosystems', () => {
    expect(osvEcosystem('PyPI', {})).toBe('PyPI');
    expect(osvEcosystem('AlmaLinux:9', {})).toBe('AlmaLinux:9');
    expect(osvEcosystem('Kestrel:3', {})).toBeNull();
    expect(osvEcosystem('Kestrel:3', { osv: { ecosystems: { 'Kestrel:3': 'Debian:12' } } })).toBe('Debian:12');
    expect(osvEcosystem('PyPI', { osv: { ecosystems: { PyPI: null } } })).toBeNull();
    // A mapping to a name OSV does not know is ignored rather than exported invalid.
    expect(osvEcosystem('Kestrel:3', { osv: { ecosystems: { 'Kestrel:3': 'Kestrel' } } })).toBeNull();
  });
  test('the registered lists match the official schema', () => {
    const schema = readExternalSchema('osv/schema.json') as { $defs: { ecosystemName: { enum: string[] }; prefix: { pattern: string } } };
    expect([...OSV_ECOSYSTEMS].sort()).toEqual([...schema.$defs.ecosystemName.enum].sort());
    const pattern: string = schema.$defs.prefix.pattern;
    const inner = /\(x_\|\((.*)\)-\)$/.exec(pattern)?.[1] ?? '';
    const expanded = inner.split('|').flatMap((p) => (p === 'SUSE-[SRFO]U' ? ['SUSE-SU', 'SUSE-RU', 'SUSE-FU', 'SUSE-OU'] : [p]));
    expect([...OSV_ID_PREFIXES].sort()).toEqual(expanded.sort());
  });
});

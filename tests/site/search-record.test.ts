// The search index's record of an advisory, from the project's own example data.
import { expect, test } from 'vitest';
import { advisoryFacts } from '../../src/core/export/facts.ts';
import { searchRecord } from '../../src/core/export/search-records.ts';
import { loadDatabase } from '../../src/core/index.ts';
import { NOW, PROJECT_ROOT } from '../helpers/test-repo.ts';

const db = loadDatabase(PROJECT_ROOT, { now: NOW });
const record = (id: string) => {
  const advisory = db.advisories.find((a) => a.id === id);
  if (!advisory) throw new Error(`${id} is not in the example data`);
  return searchRecord(advisory, advisoryFacts(advisory, db.settings), advisory.timeline.published);
};

test('the content reads as prose first, so excerpts are not a list of ids, and names every version', () => {
  const r = record('KSA-2026-0001');
  expect(r.content.startsWith('OpenSSL: denial of service')).toBe(true);
  expect(r.content).toContain('openssl: affected before 3.0.15-1.ks3, fixed in 3.0.15-1.ks3.');
  expect(r.content).toContain('Versions named: 3.0.15-1.ks3.');
  expect(r.content).toContain('Advisory KSA-2026-0001, also known as CVE-2026-0101.');
  expect(r.meta).toEqual({ title: 'OpenSSL: denial of service in X.509 policy constraint processing', id: 'KSA-2026-0001' });
});

test('a withdrawn advisory is marked in its record, with its reason searchable', () => {
  const advisory = db.advisories.find((a) => a.id === 'KSA-2026-0008');
  const r = record('KSA-2026-0008');
  expect(r.meta.withdrawn).toBe('withdrawn');
  expect(r.filters.status).toEqual(['withdrawn']);
  expect(r.content).toContain(`Withdrawn: ${advisory?.withdrawn_reason}`);
});

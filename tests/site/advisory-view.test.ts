// What the advisory page and the lists show, computed outside the templates.
import { expect, test } from 'vitest';
import { advisoryFacts } from '../../src/core/export/facts.ts';
import { type Advisory, loadDatabase } from '../../src/core/index.ts';
import {
  aliasHref,
  coordinatorName,
  creditRole,
  dataForms,
  fixViews,
  packageFeeds,
  referenceViews,
  revisionLink,
  severityView,
} from '../../src/site/advisory-view.ts';
import type { Entry } from '../../src/site/database.ts';
import { rowSearchText, rowSeverity } from '../../src/site/list-row.ts';
import { NOW, PROJECT_ROOT } from '../helpers/test-repo.ts';

const db = loadDatabase(PROJECT_ROOT, { now: NOW });
const example = (id: string): Advisory => {
  const a = db.advisories.find((x) => x.id === id);
  if (!a) throw new Error(`${id} is not in the example data`);
  return a;
};
const entry = (a: Advisory): Entry => ({
  advisory: a,
  facts: advisoryFacts(a, db.settings),
  dates: { published: a.timeline.published, modified: '', revisions: [], source: 'timeline' },
});
const SHA = 'c29ea62a6afae4d56fbfca98f5668314f232b99e';

test('a fixing commit links to the commit on its forge, or only to its repository when the forge is unknown', () => {
  const base = example('KSA-2026-0001');
  const on = (repo: string, extra: object = {}) => fixViews({ ...base, fixes: [{ type: 'commit', repo, commit: SHA, ...extra }] })[0];
  expect(on('https://github.com/openssl/openssl.git')?.links).toEqual([
    { label: 'the fixing commit', href: `https://github.com/openssl/openssl/commit/${SHA}` },
    { label: 'repository', href: 'https://github.com/openssl/openssl.git' },
  ]);
  expect(on('https://gitlab.com/a/b')?.links[0]?.href).toBe(`https://gitlab.com/a/b/-/commit/${SHA}`);
  // The tracker's own commit URL template is never applied to an upstream commit.
  expect(on('https://git.kestrel-linux.example/packages/glibc')?.links).toEqual([
    { label: 'repository', href: 'https://git.kestrel-linux.example/packages/glibc' },
  ]);
  expect(on('https://git.kestrel-linux.example/packages/glibc', { url: 'https://git.kestrel-linux.example/glibc/c/1' })?.links[0]).toEqual({
    label: 'the fixing commit',
    href: 'https://git.kestrel-linux.example/glibc/c/1',
  });
  expect(on('https://github.com/a/b')?.code).toBe(SHA.slice(0, 12));
});

test('an update names its version and links its announcement', () => {
  expect(fixViews(example('KSA-2026-0001'))).toEqual([
    {
      text: 'Update openssl to',
      code: '3.0.15-1.ks3',
      links: [{ label: 'announcement', href: 'https://lists.kestrel-linux.example/security-announce/2026/ksa-2026-0001.html' }],
    },
  ]);
});

test('timeline links say they are the tracker commits that recorded the entry', () => {
  expect(
    revisionLink({ date: '2026-01-16T12:00:00Z', summary: 'Advisory published', sha: SHA, url: `https://t.example/c/${SHA}` }),
  ).toEqual({
    label: `recorded in tracker commit ${SHA.slice(0, 12)}`,
    href: `https://t.example/c/${SHA}`,
  });
  expect(revisionLink({ date: '2026-01-16T12:00:00Z', summary: 'Reported' })).toBeUndefined();
  expect(revisionLink({ date: '2026-01-16T12:00:00Z', summary: 'x', sha: SHA, url: 'javascript:alert(1)' })).toBeUndefined();
});

test('CVEs go to cve.org, other aliases to their page here', () => {
  expect(aliasHref('cve-2026-0101')).toBe('https://www.cve.org/CVERecord?id=CVE-2026-0101');
  expect(aliasHref('GHSA-aaaa-bbbb-cccc')).toBe('/vulns/GHSA-AAAA-BBBB-CCCC/');
});

test('the score is stated once, and a withdrawn advisory has no colour, on its page and in lists', () => {
  const published = severityView(example('KSA-2026-0001'), entry(example('KSA-2026-0001')).facts);
  expect(published).toMatchObject({ text: 'high 7.5 (CVSS 3.1)', className: 'sev sev-high' });
  expect(published.vectors.map((v) => [v.primary, v.metrics[0]?.value])).toEqual([[true, 'network (remotely exploitable)']]);
  const withdrawn = example('KSA-2026-0008');
  const view = severityView(withdrawn, entry(withdrawn).facts);
  expect(view.className).toBe('sev sev-withdrawn');
  expect(view.text).toMatch(/^Withdrawn; was rated /);
  expect(rowSeverity(entry(withdrawn))).toEqual({ text: 'Withdrawn', className: 'sev sev-withdrawn' });
});

test('a list row is found by id, alias, package, summary words and versions', () => {
  const text = rowSearchText(entry(example('KSA-2026-0001')));
  for (const word of ['ksa-2026-0001', 'cve-2026-0101', 'openssl', 'denial', '3.0.15-1.ks3']) expect(text).toContain(word);
});

test('credits, references and the coordinator are shown in words, and only safe addresses are linked', () => {
  expect(creditRole('REMEDIATION_DEVELOPER')).toBe('remediation developer');
  expect(creditRole(undefined)).toBeUndefined();
  const a = {
    ...example('KSA-2026-0001'),
    references: [
      { type: 'ADVISORY', url: 'https://example.test/a' },
      { type: 'WEB', url: 'javascript:alert(1)' },
    ],
  } as Advisory;
  expect(referenceViews(a)).toEqual([
    { tag: 'advisory', url: 'https://example.test/a', href: 'https://example.test/a' },
    { tag: 'web', url: 'javascript:alert(1)' },
  ]);
  const amara = db.memberByHandle.get('amara');
  expect(amara).toBeDefined();
  expect(coordinatorName(db, 'amara')).toBe(amara?.name);
  expect(coordinatorName(db, 'nobody-here')).toBe('nobody-here');
});

test('an advisory’s data forms use the export addresses and the OSV id prefix from the settings', () => {
  const a = example('KSA-2026-0001');
  const forms = dataForms(a, advisoryFacts(a, db.settings), db.settings);
  expect(forms.links.map((l) => [l.label, l.href])).toEqual([
    ['OSV JSON', '/osv/x_KSA-2026-0001.json'],
    ['CSAF 2.0', '/.well-known/csaf/white/2026/ksa-2026-0001.json'],
    ['Tracker JSON', '/advisories/KSA-2026-0001.json'],
  ]);
  expect(forms.permalink).toBe(new URL('/advisories/KSA-2026-0001/', db.settings.site_url).href);
});

test('an advisory page advertises one feed per affected package', () => {
  const a = example('KSA-2026-0001');
  const facts = advisoryFacts(a, db.settings);
  expect(packageFeeds(facts).map((f) => [f.scope.kind, f.label])).toEqual([['package', 'Advisories for openssl']]);
  expect(packageFeeds(facts)[0]?.scope).toEqual({ kind: 'package', pkg: facts.packages[0] });
});

// A repository whose roster publishes the test keys, and a built-site folder to sign.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type Database, loadDatabase, type TeamKey, teamKeys } from '../../src/core/index.ts';
import { makeTestRepo, NOW, rosterYaml, type TestRepo, termsYaml } from '../helpers/test-repo.ts';
import type { KeySet } from './signing-keys.ts';

export interface SigningRepo {
  repo: TestRepo;
  db: Database;
  keys: TeamKey[];
}

/** Ada is on the team at NOW; Bo's term ended in June; the others are on the roster with the odd keys. */
export async function signingRepo(k: KeySet, extraSettings = ''): Promise<SigningRepo> {
  const members = [
    { handle: 'ada', key: k.ada },
    { handle: 'bo', key: k.bo },
    { handle: 'old', key: k.old },
    { handle: 'rev', key: k.revoked },
    { handle: 'soon', key: k.soon20 },
    { handle: 'later', key: k.soon60 },
    { handle: 'weak', key: k.weak },
  ];
  const files: Record<string, string> = {
    'rotations/roster.yaml': rosterYaml(members.map((m) => ({ handle: m.handle, fingerprint: m.key.fingerprint }))),
    'rotations/terms/2026.yaml': termsYaml([
      { member: 'ada', from: '2026-01-01T00:00:00Z', until: '2027-01-01T00:00:00Z' },
      { member: 'bo', role: 'reviewer', from: '2026-01-01T00:00:00Z', until: '2026-06-01T00:00:00Z' },
      ...['old', 'rev', 'soon', 'later', 'weak'].map((member) => ({
        member,
        role: 'expert' as const,
        area: member,
        from: '2026-01-01T00:00:00Z',
        until: '2027-01-01T00:00:00Z',
      })),
    ]),
  };
  for (const m of members) files[`rotations/keys/${m.handle}.asc`] = m.key.publicArmored;
  const repo = await makeTestRepo(files);
  if (extraSettings) repo.write({ 'watchkeeper.yaml': `${repo.read('watchkeeper.yaml')}${extraSettings}` });
  const db = loadDatabase(repo.root, { now: NOW });
  return { repo, db, keys: await teamKeys(db) };
}

/** The files a build leaves in dist/ that signing cares about, plus a page that is not signed. */
export const SITE_FILES: Record<string, string> = {
  'feeds/advisories.rss.xml': '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>T</title></channel></rss>\n',
  'feeds/advisories.feed.json': '{"version":"https://jsonfeed.org/version/1.1","title":"T","items":[]}\n',
  'osv/x_TST-2026-0001.json': '{"id":"x_TST-2026-0001","modified":"2026-03-02T10:00:00Z"}\n',
  'osv/all.json': '[]\n',
  '.well-known/csaf/provider-metadata.json': '{"role":"csaf_trusted_provider"}\n',
  '.well-known/csaf/white/2026/tst-2026-0001.json': '{"document":{"title":"T"}}\n',
  '.well-known/csaf/white/index.txt': '2026/tst-2026-0001.json\n',
  'vex/CVE-2026-0001.openvex.json': '{"@context":"https://openvex.dev/ns/v0.2.0","statements":[]}\n',
  '.well-known/security.txt': 'Contact: mailto:security@test.example\nExpires: 2027-05-23T12:00:00Z\n',
  'index.html': '<!doctype html><title>T</title>\n',
};

export function writeSite(dir: string, files: Record<string, string> = SITE_FILES): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
}

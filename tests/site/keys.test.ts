// What the team page shows of each member's contact and key, computed outside the template.
import { expect, test } from 'vitest';
import { loadDatabase } from '../../src/core/index.ts';
import { contactLink, memberFingerprint, publishedKeyLinks } from '../../src/site/keys.ts';
import { NOW, PROJECT_ROOT } from '../helpers/test-repo.ts';

test('a contact is linked only at a safe address, a mailto: one shown without its scheme', () => {
  expect(contactLink('mailto:ada@test.example')).toEqual({ href: 'mailto:ada@test.example', text: 'ada@test.example' });
  expect(contactLink('https://chat.test.example/ada')).toEqual({
    href: 'https://chat.test.example/ada',
    text: 'https://chat.test.example/ada',
  });
  expect(contactLink('javascript:alert(1)')).toBeUndefined();
});

test('published key links name each member’s key after the handle, and skip members without a publishable key file', () => {
  const db = loadDatabase(PROJECT_ROOT, { now: NOW });
  const links = publishedKeyLinks(db);
  expect(links.get('amara')).toEqual({ href: '/keys/amara.asc', file: 'amara.asc' });
  const missing = { ...db, members: db.members.map((m) => ({ ...m, key: { ...m.key, path: 'keys/nobody.asc' } })) };
  expect(publishedKeyLinks(missing).size).toBe(0);
});

test('a member’s fingerprint is shown in groups of four, and a handle nobody has shows a dash', () => {
  const db = loadDatabase(PROJECT_ROOT, { now: NOW });
  const amara = db.memberByHandle.get('amara');
  expect(amara).toBeDefined();
  const shown = memberFingerprint(db, 'amara');
  expect(shown.replace(/ /g, '')).toBe(amara?.key.fingerprint.toUpperCase());
  expect(shown).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4})+/);
  expect(memberFingerprint(db, 'nobody-here')).toBe('—');
});

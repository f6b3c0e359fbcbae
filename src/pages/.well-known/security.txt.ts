// RFC 9116 security.txt from the settings and the keys of the coordinators on duty.
import type { APIRoute } from 'astro';
import { paths } from '../../core/export/paths.ts';
import { securityTxt } from '../../core/export/security-txt.ts';
import { dutyAt } from '../../core/rotation/duty.ts';
import { siteData } from '../../site/database.ts';
import { keyFileName } from '../../site/keys.ts';

export const GET: APIRoute = () => {
  const { db, now } = siteData();
  const duty = dutyAt(db.terms, now);
  const handles = [...new Set([...duty.coordinator.primary, ...duty.coordinator.backup].map((t) => t.member))];
  const keys = handles.flatMap((h) => {
    const m = db.memberByHandle.get(h);
    return m ? [{ fingerprint: m.key.fingerprint, url: new URL(paths.key(keyFileName(m)), db.settings.site_url).href }] : [];
  });
  return new Response(securityTxt(db.settings, keys, now), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};

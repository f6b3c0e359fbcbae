import type { APIRoute } from 'astro';
import { csafProviderMetadata } from '../../../core/export/csaf.ts';
import { safeJson } from '../../../core/export/safe-json.ts';
import { siteData } from '../../../site/database.ts';
import { lastChange } from '../../../site/views.ts';

export const GET: APIRoute = () => {
  const data = siteData();
  const s = data.db.settings;
  const keys = s.contact.key_fingerprint ? [{ fingerprint: s.contact.key_fingerprint }] : [];
  return new Response(`${safeJson(csafProviderMetadata(s, lastChange(data), keys))}\n`, {
    headers: { 'content-type': 'application/json' },
  });
};

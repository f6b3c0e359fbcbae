import type { APIRoute } from 'astro';
import { csafProviderMetadata } from '../../../core/export/csaf-provider.ts';
import { absolute, paths } from '../../../core/export/paths.ts';
import { safeJson } from '../../../core/export/safe-json.ts';
import { siteData } from '../../../site/database.ts';
import { keyFileName, keyText } from '../../../site/keys.ts';
import { csafLastUpdated, csafVexFolders } from '../../../site/triage-exports.ts';

export const GET: APIRoute = () => {
  const data = siteData();
  const s = data.db.settings;
  // Every published member key may sign the outputs; the provider schema wants a URL for each.
  const keys = data.db.members
    .filter((m) => keyText(data.db.root, m) !== undefined)
    .map((m) => ({ fingerprint: m.key.fingerprint, url: absolute(s.site_url, paths.key(keyFileName(m))) }));
  return new Response(`${safeJson(csafProviderMetadata(s, csafLastUpdated(data), keys, csafVexFolders(data)))}\n`, {
    headers: { 'content-type': 'application/json' },
  });
};

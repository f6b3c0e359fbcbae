// Every publishable advisory as an OSV record, in one JSON array (the per-advisory files are written by the integration).
import type { APIRoute } from 'astro';
import { safeJson } from '../../core/export/safe-json.ts';
import { siteData } from '../../site/database.ts';
import { osvOf } from '../../site/exports.ts';

export const GET: APIRoute = () => {
  const data = siteData();
  return new Response(`${safeJson(data.published.map((e) => osvOf(data, e)))}\n`, { headers: { 'content-type': 'application/json' } });
};

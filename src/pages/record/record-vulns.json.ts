import type { APIRoute } from 'astro';
import { vulnRecordJson } from '../../core/record/export.ts';
import { siteVulnRecord } from '../../site/site-record.ts';

export const GET: APIRoute = () =>
  new Response(vulnRecordJson(siteVulnRecord()), { headers: { 'content-type': 'application/json; charset=utf-8' } });

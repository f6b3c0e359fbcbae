import type { APIRoute } from 'astro';
import { vulnRecordCsv } from '../../core/record/export.ts';
import { siteData } from '../../site/database.ts';
import { siteVulnRecord } from '../../site/site-record.ts';

export const GET: APIRoute = () =>
  new Response(vulnRecordCsv(siteVulnRecord(), siteData().db.settings.site_url), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });

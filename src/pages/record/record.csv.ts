import type { APIRoute } from 'astro';
import { recordCsv } from '../../core/record/export.ts';
import { siteData } from '../../site/database.ts';
import { siteRecord } from './_record.ts';

export const GET: APIRoute = () =>
  new Response(recordCsv(siteRecord(), siteData().db.settings.site_url), { headers: { 'content-type': 'text/csv; charset=utf-8' } });

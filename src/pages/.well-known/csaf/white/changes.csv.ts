import type { APIRoute } from 'astro';
import { csafChangesCsv } from '../../../../core/export/csaf-provider.ts';
import { siteData } from '../../../../site/database.ts';
import { csafFileOf } from '../../../../site/exports.ts';

export const GET: APIRoute = () => {
  const { published } = siteData();
  const rows = published.map((e) => ({ year: e.facts.year, file: csafFileOf(e), changed: e.dates.modified }));
  return new Response(csafChangesCsv(rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};

import type { APIRoute } from 'astro';
import { csafIndexTxt } from '../../../../core/export/csaf-provider.ts';
import { siteData } from '../../../../site/database.ts';
import { csafFileOf } from '../../../../site/exports.ts';

export const GET: APIRoute = () => {
  const { published } = siteData();
  return new Response(csafIndexTxt(published.map((e) => ({ year: e.facts.year, file: csafFileOf(e) }))), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
};

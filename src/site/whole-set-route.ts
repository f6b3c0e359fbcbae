// `astro dev` only (injected by integration.ts): serves osv/all.json,
// record/record.json and record/record.csv from the same pieces the build
// writes after the pages (whole-set-files.ts).
import type { APIRoute } from 'astro';
import { siteData } from './database.ts';
import { siteRecord } from './site-record.ts';
import { streamedResponse } from './streamed-response.ts';
import { wholeSetFilesOf } from './whole-set-files.ts';

export const GET: APIRoute = ({ url }) => {
  const file = wholeSetFilesOf(siteData(), siteRecord).find((f) => f.path === url.pathname);
  if (!file) return new Response('Not found', { status: 404 });
  return streamedResponse(file.pieces(), { 'content-type': file.type });
};

import type { APIRoute } from 'astro';
import { recordJson } from '../../core/record/export.ts';
import { siteRecord } from './_record.ts';

export const GET: APIRoute = () =>
  new Response(recordJson(siteRecord()), { headers: { 'content-type': 'application/json; charset=utf-8' } });

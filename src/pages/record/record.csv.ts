import type { APIRoute } from 'astro';
import { recordCsvPieces } from '../../core/record/export.ts';
import { siteData } from '../../site/database.ts';
import { streamedResponse } from '../../site/streamed-response.ts';
import { siteRecord } from './_record.ts';

// Made a line at a time as Astro reads it (recordCsv's bytes).
export const GET: APIRoute = () =>
  streamedResponse(recordCsvPieces(siteRecord(), siteData().db.settings.site_url), { 'content-type': 'text/csv; charset=utf-8' });

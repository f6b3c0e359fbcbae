import type { APIRoute } from 'astro';
import { recordJsonPieces } from '../../core/record/export.ts';
import { streamedResponse } from '../../site/streamed-response.ts';
import { siteRecord } from './_record.ts';

// Made a row at a time as Astro reads it (recordJson's bytes).
export const GET: APIRoute = () => streamedResponse(recordJsonPieces(siteRecord()), { 'content-type': 'application/json; charset=utf-8' });

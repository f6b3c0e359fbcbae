// Every publishable advisory as an OSV record, in one JSON array (the per-advisory files are written by the integration).
import type { APIRoute } from 'astro';
import { safeJsonArray } from '../../core/export/safe-json.ts';
import { siteData } from '../../site/database.ts';
import { osvOf } from '../../site/exports.ts';
import { streamedResponse } from '../../site/streamed-response.ts';

export const GET: APIRoute = () => {
  const data = siteData();
  // safeJson of every record with a line break, made a record at a time as Astro reads it.
  function* text() {
    yield* safeJsonArray(data.published, (e) => osvOf(data, e));
    yield '\n';
  }
  return streamedResponse(text(), { 'content-type': 'application/json' });
};

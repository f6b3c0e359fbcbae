// The advisory as the tracker stores it, as JSON (public advisories only; never the embargo block).
import type { APIRoute, GetStaticPaths } from 'astro';
import { segment } from '../../core/export/paths.ts';
import { trackerJson } from '../../core/export/tracker-json.ts';
import { type Entry, siteData } from '../../site/database.ts';

export const getStaticPaths = (() =>
  siteData().published.map((entry) => ({ params: { id: segment(entry.advisory.id) }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { entry } = props as { entry: Entry };
  return new Response(trackerJson(entry.advisory, entry.dates), { headers: { 'content-type': 'application/json' } });
};

// The parts of a sitemap too large for one file (none for a site under 50,000 URLs).
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../site/database.ts';
import { sitemapFilesOf } from '../site/sitemap-entries.ts';

export const getStaticPaths = (() =>
  sitemapFilesOf(siteData())
    .filter((f) => f.path !== '/sitemap.xml')
    .map((f) => ({ params: { part: f.path.replace(/^\/sitemap-|\.xml$/g, '') }, props: { body: f.body } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, { headers: { 'content-type': 'application/xml' } });

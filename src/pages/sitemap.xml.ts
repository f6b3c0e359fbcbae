// sitemap.xml: the sitemap itself, or the index of sitemap-N.xml when there are more than 50,000 URLs.
import type { APIRoute } from 'astro';
import { siteData } from '../site/database.ts';
import { sitemapFilesOf } from '../site/sitemap-entries.ts';

export const GET: APIRoute = () =>
  new Response(sitemapFilesOf(siteData()).find((f) => f.path === '/sitemap.xml')?.body ?? '', {
    headers: { 'content-type': 'application/xml' },
  });

import type { APIRoute } from 'astro';
import { absolute, paths } from '../core/export/paths.ts';
import { sitemapXml } from '../core/export/sitemap.ts';
import { siteData } from '../site/database.ts';
import { facetsOf, lastChange } from '../site/views.ts';

export const GET: APIRoute = () => {
  const data = siteData();
  const site = data.db.settings.site_url;
  const facets = facetsOf(data.published);
  const latest = lastChange(data);
  const pages = [
    paths.home(),
    paths.advisories(),
    paths.packages(),
    paths.vulns(),
    paths.search(),
    paths.policy(),
    paths.feeds(),
    paths.team(),
    paths.record(),
  ];
  const entries = [
    ...pages.map((p) => ({ loc: absolute(site, p), lastmod: latest })),
    ...data.published.map((e) => ({ loc: absolute(site, paths.advisory(e.advisory.id)), lastmod: e.dates.modified })),
    ...facets.packages.map(({ pkg }) => ({ loc: absolute(site, paths.package(pkg.ecosystem, pkg.name)) })),
    ...facets.years.map(({ year }) => ({ loc: absolute(site, paths.year(year)) })),
  ];
  return new Response(sitemapXml(entries), { headers: { 'content-type': 'application/xml' } });
};

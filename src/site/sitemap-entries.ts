import { absolute, paths } from '../core/export/paths.ts';
import { type SitemapEntry, sitemapFiles } from '../core/export/sitemap.ts';
import type { SiteData } from './database.ts';
import { facetsOf, lastChange } from './views.ts';
import { vulnsOf } from './vulns.ts';

/** Every public page worth crawling: the fixed pages, each advisory, package and year. */
export function sitemapEntries(data: SiteData): SitemapEntry[] {
  const site = data.db.settings.site_url;
  const facets = facetsOf(data.published);
  const latest = lastChange(data);
  const vulns = vulnsOf(data);
  const packageKeys = new Set(facets.packages.map(({ pkg }) => pkg.key));
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
  return [
    ...pages.map((p) => ({ loc: absolute(site, p), lastmod: latest })),
    ...data.published.map((e) => ({ loc: absolute(site, paths.advisory(e.advisory.id)), lastmod: e.dates.modified })),
    ...facets.packages.map(({ pkg }) => ({ loc: absolute(site, paths.package(pkg.ecosystem, pkg.name)) })),
    // Tracked vulnerabilities (publishable triage records) and the packages only they name.
    ...vulns.views.map((v) => ({ loc: absolute(site, paths.vuln(v.id)) })),
    ...vulns.packages.filter((p) => !packageKeys.has(p.key)).map((p) => ({ loc: absolute(site, paths.package(p.ecosystem, p.name)) })),
    ...facets.years.map(({ year }) => ({ loc: absolute(site, paths.year(year)) })),
  ];
}

const filesCache = new WeakMap<SiteData, { path: string; body: string }[]>();

/** The sitemap files of the build (one, or an index and its parts), computed once. */
export function sitemapFilesOf(data: SiteData): { path: string; body: string }[] {
  let files = filesCache.get(data);
  if (!files) {
    files = sitemapFiles(sitemapEntries(data), data.db.settings.site_url);
    filesCache.set(data, files);
  }
  return files;
}

import { js2xml } from 'xml-js';

export interface SitemapEntry {
  /** Absolute URL. */
  loc: string;
  /** Last change, a UTC instant. */
  lastmod?: string;
}

/** The most URLs one sitemap file may hold (sitemaps.org protocol). */
export const SITEMAP_LIMIT = 50_000;

/** One sitemap file (sitemaps.org 0.9), serialised by xml-js so every value is escaped; see sitemapFiles for the limit. */
export function sitemapXml(entries: SitemapEntry[]): string {
  const doc = {
    declaration: { attributes: { version: '1.0', encoding: 'UTF-8' } },
    elements: [
      {
        type: 'element',
        name: 'urlset',
        attributes: { xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9' },
        elements: entries.map((e) => ({
          type: 'element',
          name: 'url',
          elements: [
            { type: 'element', name: 'loc', elements: [{ type: 'text', text: e.loc }] },
            ...(e.lastmod ? [{ type: 'element', name: 'lastmod', elements: [{ type: 'text', text: e.lastmod }] }] : []),
          ],
        })),
      },
    ],
  };
  return `${js2xml(doc, { spaces: 1 })}\n`;
}

/**
 * The sitemap files for any number of URLs: one sitemap.xml when they fit, else
 * sitemap.xml becomes a sitemap index naming sitemap-1.xml, sitemap-2.xml, …
 * (each within the protocol's 50,000-URL limit). Paths are site-relative.
 */
export function sitemapFiles(entries: SitemapEntry[], siteUrl: string, limit = SITEMAP_LIMIT): { path: string; body: string }[] {
  if (entries.length <= limit) return [{ path: '/sitemap.xml', body: sitemapXml(entries) }];
  const parts: { path: string; body: string }[] = [];
  for (let i = 0; i * limit < entries.length; i++) {
    parts.push({ path: `/sitemap-${i + 1}.xml`, body: sitemapXml(entries.slice(i * limit, (i + 1) * limit)) });
  }
  const index = {
    declaration: { attributes: { version: '1.0', encoding: 'UTF-8' } },
    elements: [
      {
        type: 'element',
        name: 'sitemapindex',
        attributes: { xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9' },
        elements: parts.map((p) => ({
          type: 'element',
          name: 'sitemap',
          elements: [{ type: 'element', name: 'loc', elements: [{ type: 'text', text: `${siteUrl.replace(/\/$/, '')}${p.path}` }] }],
        })),
      },
    ],
  };
  return [{ path: '/sitemap.xml', body: `${js2xml(index, { spaces: 1 })}\n` }, ...parts];
}

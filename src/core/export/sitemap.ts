import { js2xml } from 'xml-js';

export interface SitemapEntry {
  /** Absolute URL. */
  loc: string;
  /** Last change, a UTC instant. */
  lastmod?: string;
}

/** The most URLs one sitemap file may hold (sitemaps.org protocol). */
export const SITEMAP_LIMIT = 50_000;

/** sitemap.xml (sitemaps.org 0.9), serialised by xml-js so every value is escaped. */
export function sitemapXml(entries: SitemapEntry[]): string {
  const doc = {
    declaration: { attributes: { version: '1.0', encoding: 'UTF-8' } },
    elements: [
      {
        type: 'element',
        name: 'urlset',
        attributes: { xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9' },
        elements: entries.slice(0, SITEMAP_LIMIT).map((e) => ({
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

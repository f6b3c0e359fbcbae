import { Feed, type Item } from 'feed';
import { escapeHtml, renderMarkdown } from '../markdown/render-markdown.ts';
import type { Advisory } from '../model.ts';
import type { Settings } from '../settings.ts';
import { capitalised } from '../words/capitalised.ts';
import type { AdvisoryFacts, PackageRef, SeverityFacet } from './facts.ts';
import { newest } from './newest.ts';
import { absolute, paths, segment, slug } from './paths.ts';
import { safeJson } from './safe-json.ts';

/** What a feed needs about one advisory: the data, its facts and its dates (from the one dates function). */
export interface FeedEntry {
  advisory: Advisory;
  facts: AdvisoryFacts;
  published: string;
  modified: string;
}

export type FeedScope = { kind: 'all' } | { kind: 'package'; pkg: PackageRef } | { kind: 'severity'; severity: SeverityFacet };

export type FeedFormat = 'rss' | 'atom' | 'json';

export const FEED_FORMATS: { format: FeedFormat; extension: string; type: string; label: string }[] = [
  { format: 'atom', extension: 'atom.xml', type: 'application/atom+xml', label: 'Atom' },
  { format: 'rss', extension: 'rss.xml', type: 'application/rss+xml', label: 'RSS' },
  { format: 'json', extension: 'feed.json', type: 'application/feed+json', label: 'JSON Feed' },
];

/** How many entries a feed carries: the most recently changed ones. */
export const FEED_LIMIT = 50;

/** The feed's path without its extension, e.g. `/feeds/packages/Kestrel_3/openssl`. */
export function feedBase(scope: FeedScope): string {
  if (scope.kind === 'package') return `/feeds/packages/${slug(scope.pkg.ecosystem)}/${slug(scope.pkg.name)}`;
  if (scope.kind === 'severity') return `/feeds/severity/${segment(scope.severity)}`;
  return '/feeds/advisories';
}

export function feedPath(scope: FeedScope, format: FeedFormat): string {
  const spec = FEED_FORMATS.find((f) => f.format === format);
  return `${feedBase(scope)}.${spec?.extension}`;
}

export function feedTitle(scope: FeedScope, settings: Settings): string {
  if (scope.kind === 'package') return `${settings.name}: Advisories for ${scope.pkg.name} (${scope.pkg.ecosystem})`;
  if (scope.kind === 'severity') return `${settings.name}: ${capitalised(scope.severity)} severity advisories`;
  return `${settings.name}: Security advisories`;
}

/** The entries of a scope, most recently changed first, capped at FEED_LIMIT. */
export function feedEntries(scope: FeedScope, entries: FeedEntry[]): FeedEntry[] {
  const inScope = entries.filter((e) =>
    scope.kind === 'all'
      ? true
      : scope.kind === 'package'
        ? e.facts.packages.some((p) => p.key === scope.pkg.key)
        : e.facts.severity === scope.severity,
  );
  return inScope.sort((a, b) => b.modified.localeCompare(a.modified) || a.advisory.id.localeCompare(b.advisory.id)).slice(0, FEED_LIMIT);
}

/**
 * One feed as text, produced by the `feed` package's serialisers (XML through
 * xml-js, JSON through JSON.stringify) — never by string concatenation. Titles
 * go into RSS/Atom HTML-escaped, because feed readers treat those as HTML; the
 * details go through the one Markdown sanitiser. `now` is used only for an
 * empty feed's `updated`, so a rebuild with unchanged data gives the same bytes.
 */
export function renderFeed(scope: FeedScope, format: FeedFormat, entries: FeedEntry[], settings: Settings, now: Date): string {
  const site = settings.site_url;
  const chosen = feedEntries(scope, entries);
  const updated = newest(chosen.map((e) => e.modified));
  const feed = new Feed({
    title: format === 'json' ? feedTitle(scope, settings) : escapeHtml(feedTitle(scope, settings)),
    description: `Security advisories published by ${settings.name}.`,
    id: absolute(site, feedPath(scope, 'atom')),
    link: absolute(site, scope.kind === 'package' ? paths.package(scope.pkg.ecosystem, scope.pkg.name) : paths.advisories()),
    language: 'en',
    updated: updated ? new Date(updated) : now,
    generator: 'Watchkeeper',
    copyright: `${settings.name}`,
    feedLinks: Object.fromEntries(FEED_FORMATS.map((f) => [f.format, absolute(site, feedPath(scope, f.format))])),
    author: { name: settings.name, email: settings.contact.email, link: site },
  });
  for (const entry of chosen) feed.addItem(feedItem(entry, format, settings));
  if (format === 'rss') return feed.rss2();
  if (format === 'atom') return feed.atom1();
  return jsonFeed11(feed.json1());
}

/** Rendered content per advisory: the same in every format and scope, so rendered once per build. */
const contentCache = new WeakMap<Advisory, string>();

function feedItem(entry: FeedEntry, format: FeedFormat, settings: Settings): Item {
  const { advisory, facts } = entry;
  const link = absolute(settings.site_url, paths.advisory(advisory.id));
  const title = `${advisory.id}: ${advisory.summary}`;
  const severity = facts.primary ? `${facts.primary.rating} (CVSS ${facts.primary.version} ${facts.primary.score.toFixed(1)})` : 'unrated';
  const packages = facts.packages.map((p) => p.name).join(', ');
  const withdrawn = advisory.status === 'withdrawn' ? `Withdrawn: ${mdEscape(advisory.withdrawn_reason ?? 'see the advisory')}\n\n` : '';
  // The content is Markdown assembled from data and rendered by the one sanitiser, so every field passes through it.
  const markdownText = `${withdrawn}**Severity:** ${mdEscape(severity)}  \n**Packages:** ${mdEscape(packages)}${
    advisory.aliases?.length ? `  \n**Aliases:** ${mdEscape(advisory.aliases.join(', '))}` : ''
  }\n\n${advisory.details ?? ''}`;
  return {
    // Stable guid: the advisory's page URL never changes, and an update keeps it.
    id: link,
    guid: link,
    link,
    title: format === 'json' ? title : escapeHtml(title),
    description: format === 'json' ? advisory.summary : escapeHtml(advisory.summary),
    content: contentCache.get(advisory) ?? cacheContent(advisory, renderMarkdown(markdownText)),
    // RSS has only one date (pubDate): the first publication. Atom and JSON Feed carry both.
    date: new Date(format === 'rss' ? entry.published : entry.modified),
    published: new Date(entry.published),
    category: [{ name: facts.severity, term: facts.severity }, ...facts.packages.map((p) => ({ name: p.name, term: p.name }))],
  };
}

function cacheContent(advisory: Advisory, html: string): string {
  contentCache.set(advisory, html);
  return html;
}

/** Escapes Markdown syntax in plain text, so a field cannot smuggle links or HTML into the rendered content. */
function mdEscape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>&|~]/g, (c) => `\\${c}`);
}

/** The `feed` package writes JSON Feed 1.0; this lifts its output to 1.1 (authors array, language) and re-serialises safely. */
function jsonFeed11(json: string): string {
  const data = JSON.parse(json) as Record<string, unknown> & { items?: Record<string, unknown>[]; author?: unknown };
  const { author, items, version: _version, ...rest } = data;
  return safeJson({
    version: 'https://jsonfeed.org/version/1.1',
    ...rest,
    language: 'en',
    ...(author ? { authors: [author] } : {}),
    items: (items ?? []).map(({ author: itemAuthor, ...item }) => ({ ...item, ...(itemAuthor ? { authors: [itemAuthor] } : {}) })),
  });
}

import { escapeHtml, renderMarkdown } from '../markdown/render-markdown.ts';
import type { Advisory } from '../model.ts';
import type { Settings } from '../settings.ts';
import { capitalised } from '../words/capitalised.ts';
import { type AdvisoryFacts, cveUrl, type PackageRef, type SeverityFacet } from './facts.ts';
import { newest } from './newest.ts';
import { absolute, paths, segment, slug } from './paths.ts';
import { safeJson } from './safe-json.ts';
import { el, type XmlElement, xmlDocument } from './xml.ts';

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
  return inScope
    .sort((a, b) => itemUpdated(b).localeCompare(itemUpdated(a)) || a.advisory.id.localeCompare(b.advisory.id))
    .slice(0, FEED_LIMIT);
}

/** When a reader should see the entry as changed: its last data change, and never before its withdrawal. */
function itemUpdated(entry: FeedEntry): string {
  return newest([entry.modified, entry.advisory.withdrawn ?? '']);
}

/** One feed item in every format's terms, computed once per advisory and format. */
interface FeedItem {
  /** Atom id and JSON Feed id: the page URL, stable across updates (a withdrawal updates the entry readers have). */
  id: string;
  /** RSS guid: readers of RSS see only new guids, so a withdrawal is a new item with its own guid. */
  rssGuid: string;
  link: string;
  title: string;
  summary: string;
  html: string;
  published: string;
  updated: string;
  /** RSS's one date: first publication, or the withdrawal for the withdrawal item. */
  rssDate: string;
  categories: { term: string; label: string; scheme: string }[];
}

/**
 * One feed as text, from the project's own XML serialiser (./xml.ts, escaping
 * in one place) or JSON.stringify — never by string concatenation. Titles
 * and summaries go into RSS and Atom HTML-escaped (Atom `type="html"`),
 * because feed readers treat RSS titles as HTML whatever they hold; the
 * content goes through the one Markdown sanitiser. `now` is used only for an empty feed's `updated`, so a rebuild
 * with unchanged data gives the same bytes.
 */
export function renderFeed(scope: FeedScope, format: FeedFormat, entries: FeedEntry[], settings: Settings, now: Date): string {
  const chosen = feedEntries(scope, entries);
  const items = chosen.map((e) => feedItem(e, settings));
  const updated = newest(items.map((i) => i.updated)) || now.toISOString();
  if (format === 'rss') return rss(scope, items, settings, updated);
  if (format === 'atom') return atom(scope, items, settings, updated);
  return jsonFeed(scope, items, settings);
}

const iso = (instant: string) => new Date(instant).toISOString();

function channelLink(scope: FeedScope, settings: Settings): string {
  return absolute(settings.site_url, scope.kind === 'package' ? paths.package(scope.pkg.ecosystem, scope.pkg.name) : paths.advisories());
}

function description(settings: Settings): string {
  return `Security advisories published by ${settings.name}.`;
}

function atom(scope: FeedScope, items: FeedItem[], settings: Settings, updated: string): string {
  const site = settings.site_url;
  const root = el(
    'feed',
    { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': 'en' },
    el('id', {}, absolute(site, feedPath(scope, 'atom'))),
    el('title', { type: 'html' }, escapeHtml(feedTitle(scope, settings))),
    el('subtitle', { type: 'text' }, description(settings)),
    el('updated', {}, iso(updated)),
    el('generator', {}, 'Watchkeeper'),
    el('author', {}, el('name', {}, settings.name), el('email', {}, settings.contact.email), el('uri', {}, site)),
    el('link', { rel: 'alternate', type: 'text/html', href: channelLink(scope, settings) }),
    el('link', { rel: 'self', type: 'application/atom+xml', href: absolute(site, feedPath(scope, 'atom')) }),
    el('icon', {}, absolute(site, paths.favicon())),
    el('rights', {}, settings.name),
    ...items.map((item) =>
      el(
        'entry',
        {},
        el('title', { type: 'html' }, escapeHtml(item.title)),
        el('id', {}, item.id),
        el('link', { rel: 'alternate', type: 'text/html', href: item.link }),
        el('published', {}, iso(item.published)),
        el('updated', {}, iso(item.updated)),
        el('summary', { type: 'html' }, escapeHtml(item.summary)),
        el('content', { type: 'html' }, item.html),
        ...item.categories.map((c) => el('category', { term: c.term, label: c.label, scheme: c.scheme })),
      ),
    ),
  );
  return xmlDocument(root);
}

function rss(scope: FeedScope, items: FeedItem[], settings: Settings, updated: string): string {
  const site = settings.site_url;
  const channel: XmlElement = el(
    'channel',
    {},
    el('title', {}, escapeHtml(feedTitle(scope, settings))),
    el('link', {}, channelLink(scope, settings)),
    el('description', {}, description(settings)),
    el('language', {}, 'en'),
    el('lastBuildDate', {}, new Date(updated).toUTCString()),
    el('generator', {}, 'Watchkeeper'),
    el('copyright', {}, settings.name),
    el('atom:link', { href: absolute(site, feedPath(scope, 'rss')), rel: 'self', type: 'application/rss+xml' }),
    ...items.map((item) =>
      el(
        'item',
        {},
        el('title', {}, escapeHtml(item.title)),
        el('link', {}, item.link),
        el('guid', { isPermaLink: item.rssGuid === item.link ? 'true' : 'false' }, item.rssGuid),
        el('pubDate', {}, new Date(item.rssDate).toUTCString()),
        el('description', {}, escapeHtml(item.summary)),
        el('content:encoded', {}, item.html),
        ...item.categories.map((c) => el('category', { domain: c.scheme }, c.term)),
      ),
    ),
  );
  const root = el(
    'rss',
    { version: '2.0', 'xmlns:atom': 'http://www.w3.org/2005/Atom', 'xmlns:content': 'http://purl.org/rss/1.0/modules/content/' },
    channel,
  );
  return xmlDocument(root);
}

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), serialised by safeJson. */
function jsonFeed(scope: FeedScope, items: FeedItem[], settings: Settings): string {
  const site = settings.site_url;
  const icon = absolute(site, paths.favicon());
  return safeJson({
    version: 'https://jsonfeed.org/version/1.1',
    title: feedTitle(scope, settings),
    home_page_url: channelLink(scope, settings),
    feed_url: absolute(site, feedPath(scope, 'json')),
    description: description(settings),
    icon,
    favicon: icon,
    language: 'en',
    authors: [{ name: settings.name, url: site }],
    items: items.map((item) => ({
      id: item.id,
      url: item.link,
      title: item.title,
      summary: item.summary,
      content_html: item.html,
      date_published: iso(item.published),
      date_modified: iso(item.updated),
      tags: item.categories.map((c) => c.label),
    })),
  });
}

/** Rendered content per advisory: the same in every format and scope, so rendered once per build. */
const contentCache = new WeakMap<Advisory, string>();

function feedItem(entry: FeedEntry, settings: Settings): FeedItem {
  const { advisory, facts } = entry;
  const site = settings.site_url;
  const link = absolute(site, paths.advisory(advisory.id));
  const withdrawn = facts.withdrawn && advisory.withdrawn ? advisory.withdrawn : undefined;
  const title = `${withdrawn ? 'Withdrawn: ' : ''}${advisory.id}: ${advisory.summary}`;
  // Category schemes name the vocabulary: the site's severity folder, and the package folder of the ecosystem.
  const severityScheme = absolute(site, paths.severity('x').replace(/x\/$/, ''));
  const categories = [
    // A withdrawn advisory affects nothing: it is filed under no severity, only under its packages so their subscribers hear of it.
    ...(withdrawn ? [] : [{ term: facts.severity, label: `${facts.severity} severity`, scheme: severityScheme }]),
    ...facts.packages.map((p) => ({
      term: p.name,
      label: p.name,
      scheme: absolute(site, paths.package(p.ecosystem, 'x').replace(/x\/$/, '')),
    })),
  ];
  return {
    id: link,
    rssGuid: withdrawn ? `${link}#withdrawn` : link,
    link,
    title,
    summary: withdrawn ? `Withdrawn: ${advisory.withdrawn_reason ?? advisory.summary}` : advisory.summary,
    html: contentCache.get(advisory) ?? cacheContent(advisory, renderMarkdown(contentMarkdown(entry))),
    published: entry.published,
    updated: itemUpdated(entry),
    rssDate: withdrawn ?? entry.published,
    categories,
  };
}

/** The item's content as Markdown assembled from data, so every field passes through the one sanitiser. */
function contentMarkdown(entry: FeedEntry): string {
  const { advisory, facts } = entry;
  const lines: string[] = [];
  if (facts.withdrawn) {
    lines.push(
      `**Withdrawn** on ${mdEscape(advisory.withdrawn ?? '')}: ${mdEscape(advisory.withdrawn_reason ?? 'see the advisory')}. This advisory no longer applies to any package.`,
    );
  } else {
    const severity = facts.primary
      ? `${facts.primary.rating} (CVSS ${facts.primary.version} ${facts.primary.score.toFixed(1)})`
      : 'unrated';
    lines.push(`**Severity:** ${mdEscape(severity)}`);
    lines.push(`**Packages:** ${mdEscape(facts.packages.map((p) => p.name).join(', '))}`);
    if (facts.fixedIn.length) lines.push(`**Fixed in:** ${mdEscape(facts.fixedIn.map((f) => `${f.name} ${f.version}`).join(', '))}`);
  }
  const ids = [...new Set([...(advisory.aliases ?? []), ...facts.upstream])];
  if (ids.length) lines.push(`**Aliases:** ${ids.map((id) => mdLink(id, cveUrl(id))).join(', ')}`);
  const announcements = (advisory.fixes ?? []).filter((f) => f.type === 'update' && f.url);
  for (const fix of announcements) {
    lines.push(`**Announcement:** ${mdLink(`${fix.package ?? ''} ${fix.version ?? ''}`.trim() || 'update', fix.url)}`);
  }
  return `${lines.join('  \n')}\n\n${advisory.details ?? ''}`;
}

function mdLink(text: string, url: string | undefined): string {
  // Only https URLs are accepted by the schema; angle brackets keep any other character in the URL literal.
  return url ? `[${mdEscape(text)}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)` : mdEscape(text);
}

function cacheContent(advisory: Advisory, html: string): string {
  contentCache.set(advisory, html);
  return html;
}

/** Escapes Markdown syntax in plain text, so a field cannot smuggle links or HTML into the rendered content. */
function mdEscape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>&|~]/g, (c) => `\\${c}`);
}

// Every feed: site-wide, per package and per severity, each as Atom, RSS and JSON Feed.
import type { APIRoute, GetStaticPaths } from 'astro';
import { FEED_FORMATS, type FeedFormat, type FeedScope, feedPath, renderFeed } from '../../core/export/feeds.ts';
import { siteData } from '../../site/database.ts';
import { facetsOf, feedEntriesOf } from '../../site/views.ts';

export const getStaticPaths = (() => {
  const data = siteData();
  const facets = facetsOf(data.published);
  const scopes: FeedScope[] = [
    { kind: 'all' },
    ...facets.severities.map(({ severity }) => ({ kind: 'severity' as const, severity })),
    ...facets.packages.map(({ pkg }) => ({ kind: 'package' as const, pkg })),
  ];
  return scopes.flatMap((scope) =>
    FEED_FORMATS.map(({ format }) => ({ params: { feed: feedPath(scope, format).replace(/^\/feeds\//, '') }, props: { scope, format } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { scope, format } = props as { scope: FeedScope; format: FeedFormat };
  const data = siteData();
  const type = FEED_FORMATS.find((f) => f.format === format)?.type ?? 'application/xml';
  return new Response(renderFeed(scope, format, feedEntriesOf(data), data.db.settings, data.now), { headers: { 'content-type': type } });
};

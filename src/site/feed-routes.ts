import { FEED_FORMATS, type FeedFormat, type FeedScope, feedPath, renderFeed } from '../core/export/feeds.ts';
import { siteData } from './database.ts';
import { facetsOf, feedEntriesOf } from './views.ts';

/** Every feed scope: site-wide, per severity and per package of the publishable set. */
export function feedScopes(): FeedScope[] {
  const facets = facetsOf(siteData().published);
  return [
    { kind: 'all' },
    ...facets.severities.map(({ severity }) => ({ kind: 'severity' as const, severity })),
    ...facets.packages.map(({ pkg }) => ({ kind: 'package' as const, pkg })),
  ];
}

/**
 * Static paths of the feeds whose file name ends in `extension` (`.xml` or
 * `.json`). The extension is part of the route file's name so the dev server,
 * too, serves these as files rather than as pages wanting a trailing slash.
 */
export function feedStaticPaths(extension: string): { params: { feed: string }; props: { scope: FeedScope; format: FeedFormat } }[] {
  return feedScopes().flatMap((scope) =>
    FEED_FORMATS.filter((f) => f.extension.endsWith(extension)).map(({ format }) => ({
      params: {
        feed: feedPath(scope, format)
          .replace(/^\/feeds\//, '')
          .slice(0, -extension.length),
      },
      props: { scope, format },
    })),
  );
}

export function feedResponse(props: { scope: FeedScope; format: FeedFormat }): Response {
  const data = siteData();
  const type = FEED_FORMATS.find((f) => f.format === props.format)?.type ?? 'application/xml';
  return new Response(renderFeed(props.scope, props.format, feedEntriesOf(data), data.db.settings, data.now), {
    headers: { 'content-type': type },
  });
}

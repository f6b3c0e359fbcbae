// Feeds whose file ends in .xml (site-wide, per severity, per package); see src/site/feed-routes.ts.
import type { APIRoute, GetStaticPaths } from 'astro';
import type { FeedFormat, FeedScope } from '../../core/export/feeds.ts';
import { feedResponse, feedStaticPaths } from '../../site/feed-routes.ts';

export const getStaticPaths = (() => feedStaticPaths('.xml')) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => feedResponse(props as { scope: FeedScope; format: FeedFormat });

// One OSV record per publishable advisory, and all.json with every record.
import type { APIRoute, GetStaticPaths } from 'astro';
import { safeJson } from '../../core/export/safe-json.ts';
import { siteData } from '../../site/database.ts';
import { osvFileOf, osvOf } from '../../site/exports.ts';

export const getStaticPaths = (() => {
  const data = siteData();
  return [
    ...data.published.map((entry) => ({ params: { file: osvFileOf(data, entry) }, props: { entry } })),
    { params: { file: 'all' }, props: { entry: undefined } },
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const data = siteData();
  const { entry } = props as { entry: (typeof data.published)[number] | undefined };
  const body = entry ? osvOf(data, entry) : data.published.map((e) => osvOf(data, e));
  return new Response(`${safeJson(body)}\n`, { headers: { 'content-type': 'application/json' } });
};

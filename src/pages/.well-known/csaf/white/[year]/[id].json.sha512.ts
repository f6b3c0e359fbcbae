// The SHA-512 of each CSAF document, beside it, as sha512sum writes it.
import type { APIRoute, GetStaticPaths } from 'astro';
import { sha512File } from '../../../../../core/export/csaf.ts';
import { type Entry, siteData } from '../../../../../site/database.ts';
import { csafFileOf, csafStaticPaths, csafTextOf } from '../../../../../site/exports.ts';

export const getStaticPaths = (() => csafStaticPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { entry } = props as { entry: Entry };
  return new Response(sha512File(csafTextOf(siteData(), entry), csafFileOf(entry)), { headers: { 'content-type': 'text/plain' } });
};

// CSAF 2.0 documents in the directory layout (<year>/<id>.json), each with its .sha512.
import type { APIRoute, GetStaticPaths } from 'astro';
import { sha512File } from '../../../../../core/export/csaf.ts';
import { segment } from '../../../../../core/export/paths.ts';
import { type Entry, siteData } from '../../../../../site/database.ts';
import { csafFileOf, csafTextOf } from '../../../../../site/exports.ts';

export const getStaticPaths = (() =>
  siteData().published.flatMap((entry) => [
    { params: { year: segment(entry.facts.year), file: csafFileOf(entry) }, props: { entry, hash: false } },
    { params: { year: segment(entry.facts.year), file: `${csafFileOf(entry)}.sha512` }, props: { entry, hash: true } },
  ])) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { entry, hash } = props as { entry: Entry; hash: boolean };
  const text = csafTextOf(siteData(), entry);
  return hash
    ? new Response(sha512File(text, csafFileOf(entry)), { headers: { 'content-type': 'text/plain' } })
    : new Response(text, { headers: { 'content-type': 'application/json' } });
};

// CSAF 2.0 documents in the directory layout: /.well-known/csaf/white/<year>/<id>.json.
import type { APIRoute, GetStaticPaths } from 'astro';
import { type Entry, siteData } from '../../../../../site/database.ts';
import { csafStaticPaths, csafTextOf } from '../../../../../site/exports.ts';

export const getStaticPaths = (() => csafStaticPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(csafTextOf(siteData(), (props as { entry: Entry }).entry), { headers: { 'content-type': 'application/json' } });

import type { APIRoute } from 'astro';
import { robotsTxt } from '../core/export/security-txt.ts';
import { siteData } from '../site/database.ts';

export const GET: APIRoute = () => new Response(robotsTxt(siteData().db.settings), { headers: { 'content-type': 'text/plain' } });

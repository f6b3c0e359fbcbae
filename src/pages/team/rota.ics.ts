// The team rotation as an iCalendar feed (subscribe from any calendar app): every term of every role.
import type { APIRoute } from 'astro';
import { paths } from '../../core/export/paths.ts';
import { rotaCalendar } from '../../core/index.ts';
import { siteData } from '../../site/database.ts';

export const GET: APIRoute = () => {
  const { db, now } = siteData();
  const teamUrl = new URL(paths.team(), db.settings.site_url).href;
  return new Response(rotaCalendar(db, { now, teamUrl }), { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};

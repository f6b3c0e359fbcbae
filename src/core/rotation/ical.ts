import ical, { ICalEventTransparency } from 'ical-generator';
import type { Database, RotationTerm } from '../model.ts';
import { DAY_MS } from '../time.ts';
import { compareTerms } from './duty.ts';
import { dutyLabel } from './rota-report.ts';

/** Where the site serves the calendar (src/pages/team/rota.ics.ts). */
export const ROTA_CALENDAR_PATH = '/team/rota.ics';

/** How often subscribers should fetch the calendar again (REFRESH-INTERVAL, RFC 7986): the rota changes by pull request, not by the hour. */
export const ROTA_REFRESH_SECONDS = 24 * 60 * 60;

export interface RotaCalendarOptions {
  /** DTSTAMP of every event: the build's clock, passed in so output is reproducible. */
  now: Date;
  /** Absolute URL of the team page, linked from every event. */
  teamUrl: string;
}

/**
 * The team's rotation as an iCalendar feed: one all-day event per term of
 * every role the team page shows — coordinator, reviewer and each expert
 * area, primary and backup. Terms run for months, so they are dates, not
 * timed events starting at 00:00 UTC (which a calendar in another zone draws
 * as starting the evening before). A term that ends during a day covers that
 * day. It carries only what the roster already publishes on the team page
 * (name and handle), never contact addresses, and events are transparent so
 * subscribing marks no one busy.
 */
export function rotaCalendar(db: Database, options: RotaCalendarOptions): string {
  const host = new URL(db.settings.site_url).host;
  const calendar = ical({
    name: `${db.settings.name}: rotation`,
    description: `Who coordinates security reports for ${db.settings.project ?? db.settings.name}, who reviews, and which experts to consult.`,
    prodId: { company: 'Watchkeeper', product: 'rotation', language: 'EN' },
    url: options.teamUrl,
    ttl: ROTA_REFRESH_SECONDS,
  });
  const terms = db.terms.filter((t) => t.fromMs < t.untilMs);
  for (const t of terms.sort((a, b) => a.fromMs - b.fromMs || compareTerms(a, b))) {
    const name = db.memberByHandle.get(t.member)?.name ?? t.member;
    const label = dutyLabel(t);
    calendar.createEvent({
      id: eventId(t, host),
      allDay: true,
      start: utcDate(t.fromMs),
      // DTEND is exclusive: a term ending during a day still covers that day.
      end: utcDate(t.untilMs % DAY_MS === 0 ? t.untilMs : t.untilMs + DAY_MS),
      stamp: options.now,
      summary: `${label[0]?.toUpperCase()}${label.slice(1)}: ${name}`,
      description: `${name} (${t.member}) is ${label} for ${db.settings.name} from ${t.from} until ${t.until}. Report security issues to ${db.settings.contact.email}.`,
      url: options.teamUrl,
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  return calendar.toString();
}

/** A stable UID: the same term keeps its event across rebuilds (coordinator UIDs are unchanged from earlier builds). */
function eventId(t: RotationTerm, host: string): string {
  const area = t.role === 'expert' ? `${(t.area ?? 'none').toLowerCase().replace(/[^a-z0-9]+/g, '-')}-` : '';
  return `${t.role}-${t.position}-${area}${t.member}-${t.from}@${host}`;
}

/**
 * The UTC calendar day of an instant, as that day's midnight UTC:
 * ical-generator writes an all-day date from a Date's UTC fields when the
 * calendar has no time zone, so the DATE value is the same in any build zone.
 */
function utcDate(ms: number): Date {
  return new Date(ms - (((ms % DAY_MS) + DAY_MS) % DAY_MS));
}

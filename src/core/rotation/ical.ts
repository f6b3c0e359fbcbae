import ical, { ICalEventTransparency } from 'ical-generator';
import type { Database } from '../model.ts';
import { compareTerms } from './duty.ts';
import { dutyLabel } from './rota-report.ts';

/** Where the site serves the calendar (src/pages/team/rota.ics.ts). */
export const ROTA_CALENDAR_PATH = '/team/rota.ics';

export interface RotaCalendarOptions {
  /** DTSTAMP of every event: the build's clock, passed in so output is reproducible. */
  now: Date;
  /** Absolute URL of the team page, linked from every event. */
  teamUrl: string;
}

/**
 * The coordinator rotation as an iCalendar feed: one event per primary or
 * backup coordinator term. It carries only what the roster already publishes
 * on the team page (name and handle), never contact addresses. Events are
 * transparent so subscribing does not mark anyone's calendar busy.
 */
export function rotaCalendar(db: Database, options: RotaCalendarOptions): string {
  const host = new URL(db.settings.site_url).host;
  const calendar = ical({
    name: `${db.settings.name}: coordinator rotation`,
    description: `Who coordinates security reports for ${db.settings.project ?? db.settings.name}, and who is backup.`,
    prodId: { company: 'Watchkeeper', product: 'rotation', language: 'EN' },
    url: options.teamUrl,
  });
  const terms = db.terms.filter((t) => t.role === 'coordinator' && t.fromMs < t.untilMs);
  for (const t of terms.sort((a, b) => a.fromMs - b.fromMs || compareTerms(a, b))) {
    const name = db.memberByHandle.get(t.member)?.name ?? t.member;
    const label = dutyLabel(t);
    calendar.createEvent({
      id: `${t.role}-${t.position}-${t.member}-${t.from}@${host}`,
      start: new Date(t.fromMs),
      end: new Date(t.untilMs),
      stamp: options.now,
      summary: `${label[0]?.toUpperCase()}${label.slice(1)}: ${name}`,
      description: `${name} (${t.member}) is ${label} for ${db.settings.name} from ${t.from} until ${t.until}. Report security issues to ${db.settings.contact.email}.`,
      url: options.teamUrl,
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  return calendar.toString();
}

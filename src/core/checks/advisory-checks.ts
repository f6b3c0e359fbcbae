import type { Diagnostic } from '../diagnostics.ts';
import { instantMs } from '../time.ts';
import { type CheckContext, report } from './context.ts';

type TimelineKey = 'reported' | 'disclosed' | 'fixed' | 'published';

/** Pairs that must be in order: the first may not be later than the second. */
const ORDER: [TimelineKey, TimelineKey][] = [
  ['reported', 'disclosed'],
  ['disclosed', 'published'],
  ['reported', 'published'],
  ['reported', 'fixed'],
];

/** Epoch milliseconds of each timeline instant present (NaN for absent ones, which the rules skip). */
function timelineMs(timeline: Partial<Record<TimelineKey, string>>): Record<TimelineKey, number> {
  const of = (value: string | undefined) => (value ? instantMs(value) : Number.NaN);
  return {
    reported: of(timeline.reported),
    disclosed: of(timeline.disclosed),
    fixed: of(timeline.fixed),
    published: of(timeline.published),
  };
}

/** Rules that need one advisory and the settings only. */
export function advisoryChecks(ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { settings } = ctx.db;
  const nowMs = ctx.now.getTime();
  for (const a of ctx.db.advisories) {
    const [, folder, base] = /^advisories\/([^/]+)\/(.+)\.yaml$/.exec(a.file) ?? [];
    if (base !== a.id) {
      out.push(
        report(
          ctx,
          'ID_FILENAME_MISMATCH',
          a.file,
          ['id'],
          `The id \`${a.id}\` does not match the file name \`${base}.yaml\`.`,
          `Rename the file to ${a.id}.yaml, or correct the id. If the number was taken by another branch, run \`npm run new -- --renumber ${a.file}\` to move it to the next free id.`,
        ),
      );
    }
    const idYear = /-(\d{4})-\d+$/.exec(a.id)?.[1];
    if (idYear !== folder) {
      out.push(
        report(
          ctx,
          'ID_YEAR_FOLDER',
          a.file,
          ['id'],
          `The id's year ${idYear} does not match the folder advisories/${folder}/.`,
          `Move the file to advisories/${idYear}/.`,
        ),
      );
    }
    if (!a.id.startsWith(`${settings.id_prefix}-`) || !/^-\d{4}-\d+$/.test(a.id.slice(settings.id_prefix.length))) {
      out.push(
        report(
          ctx,
          'ID_PREFIX',
          a.file,
          ['id'],
          `The id \`${a.id}\` does not use this project's prefix \`${settings.id_prefix}\`.`,
          `Ids here look like ${settings.id_prefix}-${idYear ?? '2026'}-0001 (watchkeeper.yaml id_prefix).`,
        ),
      );
    }

    const timeline = a.timeline ?? {};
    // Each instant parsed once: the rules below compare them up to three times each, over every advisory.
    const ms = timelineMs(timeline);
    for (const [first, second] of ORDER) {
      const x = timeline[first];
      const y = timeline[second];
      if (x && y && ms[first] > ms[second]) {
        out.push(
          report(
            ctx,
            'TIMELINE_ORDER',
            a.file,
            ['timeline', second],
            `timeline.${second} (${y}) is before timeline.${first} (${x}).`,
            `Check both instants; ${first} cannot come after ${second}.`,
          ),
        );
      }
    }
    if (a.withdrawn && timeline.published && instantMs(a.withdrawn) < ms.published) {
      out.push(
        report(
          ctx,
          'TIMELINE_ORDER',
          a.file,
          ['withdrawn'],
          `withdrawn (${a.withdrawn}) is before timeline.published (${timeline.published}).`,
          'An advisory can only be withdrawn after it was published.',
        ),
      );
    }
    const isPublic = a.status === 'published' || a.status === 'withdrawn';
    const future: TimelineKey[] = isPublic ? ['reported', 'disclosed', 'fixed', 'published'] : ['reported', 'fixed'];
    for (const key of future) {
      const value = timeline[key];
      if (value && ms[key] > nowMs) {
        out.push(
          report(
            ctx,
            'TIMELINE_FUTURE',
            a.file,
            ['timeline', key],
            `timeline.${key} (${value}) is in the future.`,
            key === 'published'
              ? 'To schedule a publication, use status: embargoed with embargo.until, and set published when it goes out.'
              : 'Record what has happened; check the date and that it is in UTC.',
          ),
        );
      }
    }

    const types = new Set<string>();
    for (const [index, severity] of (a.severity ?? []).entries()) {
      if (types.has(severity.type)) {
        out.push(
          report(
            ctx,
            'SEVERITY_DUPLICATE_TYPE',
            a.file,
            ['severity', index, 'type'],
            `There are two ${severity.type} scores.`,
            'Keep one score per type.',
          ),
        );
      }
      types.add(severity.type);
    }
  }
  return out;
}

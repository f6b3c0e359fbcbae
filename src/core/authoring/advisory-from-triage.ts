import type { Database } from '../model.ts';
import { formatInstant, instantMs } from '../time.ts';
import { currentEvent, type TriageRecord } from '../triage/model.ts';
import type { AdvisoryFile, Affected } from '../types.gen.ts';

export type DraftFromTriage = { ok: true; build: (id: string) => AdvisoryFile } | { ok: false; message: string };

/**
 * The advisory `npm run new -- --from <ID>` starts from a triage record: the
 * record's id and aliases as aliases (and as OSV `upstream`), its summary and
 * references, and one affected package per package × release that is not
 * settled as not_affected or rejected, with the release's ecosystem and, when
 * that release has a fix, its fixed version. A record still under embargo
 * gives an embargoed advisory with the same `until`; otherwise a draft.
 * Refused when the record is missing or an advisory already claims its id.
 */
export function draftFromTriage(db: Database, recordId: string, now: Date, extra: { coordinator?: string } = {}): DraftFromTriage {
  const record = db.triageById.get(recordId.toUpperCase());
  if (!record) {
    return {
      ok: false,
      message: `There is no triage record with the id ${recordId} in vulns/ (or its file has errors: run \`npm run check\`). Use the id \`npm run triage\` shows.`,
    };
  }
  const names = [record.id, ...(record.aliases ?? [])];
  const claimed = names.flatMap((n) => db.byAlias.get(n.toUpperCase()) ?? []);
  if (claimed[0]) {
    return {
      ok: false,
      message: `${claimed[0].file} already lists ${names.find((n) => claimed[0]?.aliases?.some((a) => a.toUpperCase() === n.toUpperCase()))} among its aliases; amend that advisory instead of starting a second one.`,
    };
  }
  const affected = affectedOf(db, record);
  if (affected.length === 0) {
    return {
      ok: false,
      message: `${record.file} has no package that is affected, fixed or still in triage in any release (all not_affected or rejected), so there is nothing for an advisory to announce.`,
    };
  }
  const nowMs = now.getTime();
  const embargoed = record.embargo && instantMs(record.embargo.until) > nowMs;
  const events = record.packages.flatMap((p) => p.releases.flatMap((r) => r.events));
  const firstAt = Math.min(
    ...events.map((e) => instantMs(e.at)),
    ...(record.published_upstream ? [instantMs(record.published_upstream)] : []),
  );
  const fixedAt = events.filter((e) => e.status === 'fixed').map((e) => instantMs(e.at));
  const disclosed = record.published_upstream && instantMs(record.published_upstream) <= nowMs ? record.published_upstream : undefined;
  return {
    ok: true,
    build: (id) => ({
      id,
      status: embargoed ? 'embargoed' : 'draft',
      summary: record.summary,
      // Copies: one array in two places would be written as a YAML anchor and alias, which the reader refuses.
      aliases: [...names],
      upstream: [...names],
      affected,
      ...(record.references?.length ? { references: record.references.map((r) => ({ type: r.type, url: r.url })) } : {}),
      ...(embargoed && record.embargo ? { embargo: { ...record.embargo } } : {}),
      timeline: {
        reported: formatInstant(new Date(Math.min(firstAt, nowMs))),
        ...(disclosed ? { disclosed } : {}),
        ...(fixedAt.length ? { fixed: formatInstant(new Date(Math.min(...fixedAt))) } : {}),
      },
      // Not the record's assignee: who triages is not who coordinates (the rota checks the coordinator).
      ...(extra.coordinator ? { coordinator: extra.coordinator } : {}),
    }),
  };
}

/** One affected entry per package and release ecosystem; the first release wins when two share an ecosystem. */
function affectedOf(db: Database, record: TriageRecord): Affected[] {
  const out = new Map<string, Affected>();
  for (const pkg of record.packages) {
    for (const rel of pkg.releases) {
      const last = currentEvent(rel.events);
      if (!last || last.status === 'not_affected' || last.status === 'rejected') continue;
      const ecosystem = db.releaseById.get(rel.release)?.ecosystem ?? db.settings.default_ecosystem;
      const key = `${ecosystem}/${pkg.name}`;
      if (out.has(key)) continue;
      const fixed = last.status === 'fixed' ? last.version : undefined;
      out.set(key, {
        package: { ...(ecosystem !== db.settings.default_ecosystem ? { ecosystem } : {}), name: pkg.name },
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, ...(fixed ? [{ fixed }] : [])] }],
      });
    }
  }
  return [...out.values()];
}

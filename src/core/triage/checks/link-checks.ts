import { type CheckContext, report } from '../../checks/context.ts';
import type { Diagnostic } from '../../diagnostics.ts';
import { strictInstantMs } from '../../embargo/embargo-facts.ts';
import { isCve } from '../../export/facts.ts';
import type { Advisory } from '../../model.ts';

/**
 * Rules between advisories and triage records, both ways: an advisory's CVE
 * alias has a record, an advisory a fixed event names lists the record's id,
 * and a record never lifts earlier than an embargoed advisory for the same CVE.
 */
export function triageLinkChecks(ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { db } = ctx;
  // A repository that tracks nothing yet (no releases) is not asked for records.
  if (db.releases.length > 0) {
    for (const a of db.advisories) {
      for (const [i, alias] of (a.aliases ?? []).entries()) {
        if (!isCve(alias) || db.triageByAlias.has(alias.toUpperCase())) continue;
        out.push(
          report(
            ctx,
            'TRIAGE_RECORD_MISSING',
            a.file,
            ['aliases', i],
            `${a.id} lists ${alias}, but no record in vulns/ tracks it, so the triage view and the record of fixes miss a vulnerability the team wrote an advisory for.`,
            `Add vulns/${alias.slice(4, 8)}/${alias.toUpperCase()}.yaml with its packages and a fixed event naming ${a.id}.`,
          ),
        );
      }
    }
  }
  for (const t of db.triage) {
    const names = new Set([t.id, ...(t.aliases ?? [])].map((n) => n.toUpperCase()));
    for (const [p, pkg] of t.packages.entries()) {
      for (const [r, rel] of pkg.releases.entries()) {
        for (const [e, event] of rel.events.entries()) {
          if (!event.advisory) continue;
          const advisory = db.byId.get(event.advisory.toUpperCase());
          const path = ['packages', p, 'releases', r, 'events', e, 'advisory'];
          if (!advisory) {
            out.push(
              report(
                ctx,
                'TRIAGE_ADVISORY_MISMATCH',
                t.file,
                path,
                `The advisory ${event.advisory} is not in advisories/.`,
                'Fix the advisory id, or remove `advisory:` until it exists.',
              ),
            );
          } else if (!(advisory.aliases ?? []).some((alias) => names.has(alias.toUpperCase()))) {
            out.push(
              report(
                ctx,
                'TRIAGE_ADVISORY_MISMATCH',
                t.file,
                path,
                `The advisory ${advisory.id} does not list ${t.id} (or an alias of it) in its aliases, so the advisory and this record disagree about what was fixed.`,
                `Add ${t.id} to the aliases of ${advisory.file}, or name the right advisory here.`,
              ),
            );
          }
        }
      }
    }
    out.push(...embargoChecks(ctx, names, t.file, t.embargo?.until));
  }
  return out;
}

/** TRIAGE_EMBARGO_SHORTER when an advisory under embargo shares a name with the record and the record would lift first. */
function embargoChecks(ctx: CheckContext, names: Set<string>, file: string, until: string | undefined): Diagnostic[] {
  const nowMs = ctx.now.getTime();
  const seen = new Set<Advisory>();
  for (const name of names) for (const a of ctx.db.byAlias.get(name) ?? []) seen.add(a);
  const out: Diagnostic[] = [];
  const recordUntil = strictInstantMs(until);
  for (const a of seen) {
    const advisoryUntil = strictInstantMs(a.embargo?.until);
    if (!a.embargo || (advisoryUntil !== undefined && advisoryUntil <= nowMs && a.status !== 'embargoed')) continue;
    if (recordUntil !== undefined && advisoryUntil !== undefined && recordUntil >= advisoryUntil) continue;
    out.push(
      report(
        ctx,
        'TRIAGE_EMBARGO_SHORTER',
        file,
        until ? ['embargo', 'until'] : ['id'],
        `${a.id} is under embargo until ${a.embargo.until} and shares this vulnerability, but this record ${until ? `lifts earlier (${until})` : 'has no embargo'}; publishing the record would disclose the advisory.`,
        `Give this record \`embargo: { until: ${a.embargo.until} }\` (or later).`,
      ),
    );
  }
  return out;
}

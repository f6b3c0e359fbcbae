import { type CheckContext, report } from '../../checks/context.ts';
import type { Diagnostic } from '../../diagnostics.ts';
import { instantMs } from '../../time.ts';
import { duplicate } from './record-checks.ts';

/**
 * Rules between triage records and the releases in vulns/releases/: every
 * release and package a record names exists, and a release past its end of
 * life only gets will_not_fix (or rejected) events after that date.
 */
export function triageInventoryChecks(ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { db } = ctx;
  const shipped = new Map<string, Set<string>>();
  for (const r of db.releases) {
    const name = r.file.split('/').at(-1);
    if (name !== `${r.id}.yaml`) {
      out.push(
        report(
          ctx,
          'ID_FILENAME_MISMATCH',
          r.file,
          ['id'],
          `The release id ${r.id} does not match its file name ${name}.`,
          `Rename the file to vulns/releases/${r.id}.yaml, or fix the id.`,
        ),
      );
    }
    if (db.releaseById.get(r.id) !== r) {
      out.push(duplicate(ctx, r.file, ['id'], `The release ${r.id} is also defined by ${db.releaseById.get(r.id)?.file}.`));
    }
    const names = new Set<string>();
    for (const [i, p] of r.packages.entries()) {
      if (names.has(p.name)) out.push(duplicate(ctx, r.file, ['packages', i, 'name'], `The package ${p.name} is listed twice in ${r.id}.`));
      names.add(p.name);
    }
    if (!shipped.has(r.id)) shipped.set(r.id, names);
  }

  for (const t of db.triage) {
    for (const [p, pkg] of t.packages.entries()) {
      for (const [i, rel] of pkg.releases.entries()) {
        const path = ['packages', p, 'releases', i];
        const release = db.releaseById.get(rel.release);
        if (!release) {
          out.push(
            report(
              ctx,
              'TRIAGE_RELEASE_UNKNOWN',
              t.file,
              [...path, 'release'],
              `The release ${rel.release} is not defined in vulns/releases/${db.releases.length ? ` (known: ${db.releases.map((r) => r.id).join(', ')})` : ''}.`,
              `Use a release id from vulns/releases/, or add vulns/releases/${rel.release}.yaml with its inventory.`,
            ),
          );
          continue;
        }
        if (!shipped.get(rel.release)?.has(pkg.name)) {
          out.push(
            report(
              ctx,
              'TRIAGE_PACKAGE_UNKNOWN',
              t.file,
              ['packages', p, 'name'],
              `The package ${pkg.name} is not in the inventory of ${rel.release} (${release.file}).`,
              `Fix the package name, or add ${pkg.name} to ${release.file} if the release ships it.`,
            ),
          );
        }
        if (!release.end_of_life) continue;
        const eolMs = instantMs(release.end_of_life);
        for (const [e, event] of rel.events.entries()) {
          if (instantMs(event.at) <= eolMs || event.status === 'will_not_fix' || event.status === 'rejected') continue;
          out.push(
            report(
              ctx,
              'TRIAGE_RELEASE_EOL',
              t.file,
              [...path, 'events', e, 'status'],
              `This ${event.status} event (${event.at}) comes after ${release.name} reached its end of life (${release.end_of_life}); the team no longer supports that release.`,
              'Record will_not_fix with the reason "end of life", or correct the release.',
            ),
          );
        }
      }
    }
  }
  return out;
}

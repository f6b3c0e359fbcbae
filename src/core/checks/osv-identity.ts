import type { Diagnostic } from '../diagnostics.ts';
import { isRegisteredEcosystem } from '../osv/registered.ts';
import { SETTINGS_FILE } from '../settings.ts';
import { type CheckContext, report } from './context.ts';

/**
 * OSV records carry a package only in a registered ecosystem: where the
 * settings map an ecosystem to null (or to a name OSV does not know), its
 * packages are exported without one and scanners cannot match them. A purl on
 * the package still identifies it in CSAF and in the OSV record's
 * database_specific, so the warning names the packages that have none.
 * One warning per such mapping, on the mapping itself.
 */
export function osvIdentityChecks(ctx: CheckContext): Diagnostic[] {
  const mapping = ctx.db.settings.osv?.ecosystems ?? {};
  const out: Diagnostic[] = [];
  for (const [ecosystem, mapped] of Object.entries(mapping)) {
    if (mapped && isRegisteredEcosystem(mapped)) continue;
    const unnamed = new Set<string>();
    for (const advisory of ctx.db.advisories) {
      for (const affected of advisory.affected) {
        const own = affected.package.ecosystem ?? ctx.db.settings.default_ecosystem;
        if (own === ecosystem && !affected.package.purl) unnamed.add(affected.package.name);
      }
    }
    if (unnamed.size === 0) continue;
    const names = [...unnamed].sort();
    const shown = names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
    out.push(
      report(
        ctx,
        'OSV_PACKAGE_UNIDENTIFIED',
        SETTINGS_FILE,
        ['osv', 'ecosystems', ecosystem],
        `${ecosystem} is mapped to ${mapped === null ? 'null' : `${mapped}, which is not a registered OSV ecosystem`}, so OSV records list no package for it, and ${names.length === 1 ? 'its package' : `${names.length} of its packages`} (${shown}) ${names.length === 1 ? 'has' : 'have'} no purl either: scanners cannot tell what they affect.`,
        `Map ${ecosystem} to its registered OSV ecosystem if it has one (docs/settings.md), or give each package a \`purl\` (e.g. \`purl: pkg:rpm/<vendor>/<name>\`), which CSAF and the OSV record's database_specific carry.`,
        'key',
      ),
    );
  }
  return out;
}

import type { Diagnostic } from '../diagnostics.ts';
import { osvEcosystem } from '../osv/osv-names.ts';
import { SETTINGS_FILE } from '../settings.ts';
import { type CheckContext, report } from './context.ts';

/**
 * OSV records carry a package only in a registered ecosystem: where the
 * settings map an ecosystem to null (or to a name OSV does not know), its
 * packages are exported without one and scanners cannot match them. A purl on
 * the package still identifies it in CSAF and in the OSV record's
 * database_specific. The warning is about the setting: it fires when no
 * package of such an ecosystem has a purl (the team has not chosen any way to
 * identify them), once per mapping, on the mapping itself.
 */
export function osvIdentityChecks(ctx: CheckContext): Diagnostic[] {
  const mapping = ctx.db.settings.osv?.ecosystems ?? {};
  const out: Diagnostic[] = [];
  for (const [ecosystem, mapped] of Object.entries(mapping)) {
    if (osvEcosystem(ecosystem, ctx.db.settings) !== null) continue;
    const unnamed = new Set<string>();
    let named = 0;
    for (const advisory of ctx.db.advisories) {
      for (const affected of advisory.affected) {
        const own = affected.package.ecosystem ?? ctx.db.settings.default_ecosystem;
        if (own !== ecosystem) continue;
        if (affected.package.purl) named++;
        else unnamed.add(affected.package.name);
      }
    }
    // A team that gives purls has chosen how to identify its packages; one left without is a review matter, not a setting.
    if (unnamed.size === 0 || named > 0) continue;
    const names = [...unnamed].sort();
    const shown = names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
    out.push(
      report(
        ctx,
        'OSV_PACKAGE_UNIDENTIFIED',
        SETTINGS_FILE,
        ['osv', 'ecosystems', ecosystem],
        `${ecosystem} is mapped to ${mapped === null ? 'null' : `${mapped}, which is not a registered OSV ecosystem`}, so OSV records list no package for it, and ${names.length === 1 ? `its package (${shown}) has no purl` : `none of its ${names.length} packages (${shown}) has a purl`} either: scanners cannot tell what they affect.`,
        `Map ${ecosystem} to its registered OSV ecosystem if it has one (docs/settings.md), or give each package a \`purl\` (e.g. \`purl: pkg:rpm/<vendor>/<name>\`), which CSAF and the OSV record's database_specific carry.`,
        'key',
      ),
    );
  }
  return out;
}

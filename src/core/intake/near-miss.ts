import { excerpt } from '../text/excerpt.ts';
import type { Inventory } from './inventory.ts';
import type { UpstreamRecord } from './upstream.ts';

/**
 * The hint for a record nothing matched: when a CVE product or packageName, or
 * the package of another ecosystem's OSV record (a parent distribution's
 * erratum), normalised (case, spaces, `_`/`-`), is the name or an upstream name
 * of a shipped package, the exact inventory line that would match it, and where.
 * Never a match: `Linux`/`Linux` is most likely the kernel, but only the team
 * can say that a vendor's product is the package it ships.
 */
export function nearMissHint(record: UpstreamRecord, inventory: Inventory, onlyRelease?: string): string | undefined {
  const hints = new Set<string>();
  const own = new Set(inventory.releases.map((r) => r.ecosystem).filter(Boolean));
  for (const name of record.names) {
    if (name.kind === 'cpe' || name.kind === 'purl' || (name.kind === 'package' && own.has(name.ecosystem))) continue;
    const product = name.kind === 'cve' ? name.product : name.name;
    const byPackage = new Map<string, string[]>();
    for (const e of inventory.nearMisses(product)) {
      if (onlyRelease && e.release !== onlyRelease) continue;
      byPackage.set(e.package, [...(byPackage.get(e.package) ?? []), e.release]);
    }
    for (const [pkg, releases] of [...byPackage].sort(([a], [b]) => a.localeCompare(b))) {
      const files = releases
        .sort()
        .map((r) => `vulns/releases/${r}.yaml`)
        .join(' and ');
      if (name.kind === 'cve') {
        hints.add(
          `add { vendor: ${yamlScalar(name.vendor)}, product: ${yamlScalar(name.product)} } to ${pkg}'s cve list in ${files} if it is the same product`,
        );
      } else {
        // A parent distribution's package: the name for its ecosystem only, so errata of its other versions do not match.
        const upstreamName = name.kind === 'package' ? `${name.ecosystem}/${name.name}` : name.name;
        hints.add(`add ${yamlScalar(upstreamName)} to ${pkg}'s upstream_names in ${files} if it is the same package`);
      }
    }
  }
  if (hints.size === 0) return undefined;
  // A record naming hundreds of packages (a kernel erratum) keeps its hint one readable line.
  const shown = [...hints].slice(0, MAX_HINTS);
  return shown.join('; ') + (hints.size > MAX_HINTS ? `; and ${hints.size - MAX_HINTS} more` : '');
}

/** How many inventory lines one hint names at most. */
const MAX_HINTS = 5;

/** YAML words a plain scalar must not be, or it reads as a boolean or null. */
const YAML_WORDS = new Set(['true', 'false', 'null', 'yes', 'no', 'on', 'off', 'y', 'n', '~']);

/** A value as it can be pasted into a YAML flow mapping: plain when that reads back as the same string, else quoted. */
export function yamlScalar(value: string): string {
  const text = excerpt(value, 200);
  const plain = /^[A-Za-z][A-Za-z0-9 ._/+-]*$/.test(text) && !text.endsWith(' ') && !YAML_WORDS.has(text.toLowerCase());
  return plain ? text : JSON.stringify(text);
}

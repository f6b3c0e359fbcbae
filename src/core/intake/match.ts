import type { Inventory, InventoryEntry } from './inventory.ts';
import { nearMissHint } from './near-miss.ts';
import { nameLabel, type UpstreamName, type UpstreamRecord } from './upstream.ts';

/** One matched package × release, and the upstream name that matched it. */
export interface MatchedEntry extends InventoryEntry {
  via: string;
}

/** Intake's decision for one upstream record (docs/triage.md, "Intake"). */
export type MatchResult =
  | { kind: 'matched'; entries: MatchedEntry[] }
  /** hint: the inventory line that would match it, when a product's name is that of a shipped package (a near miss). */
  | { kind: 'unmatched'; reason: string; hint?: string }
  | { kind: 'ambiguous'; reason: string }
  /** The record names a package or release of the team's own ecosystem that the inventory does not have. */
  | { kind: 'not-in-inventory'; pointer: string; reason: string };

/** The affected entry a name came from: a CPE or purl inside it counts with its vendor/product. */
function affectedEntryOf(name: UpstreamName): string {
  return name.pointer.replace(/\/(cpes\/\d+|purl|packageName)$/, '');
}

/**
 * Matches a record's names against the inventory, optionally only in one
 * release. Ambiguous when one affected entry upstream matches two different
 * packages of one release: intake cannot tell which the team ships, so a
 * human decides (the inventory usually needs a sharper name).
 */
export function matchRecord(record: UpstreamRecord, inventory: Inventory, onlyRelease?: string): MatchResult {
  if (record.names.length === 0) return { kind: 'unmatched', reason: 'the record names no product (it has no affected entries)' };
  const found = new Map<string, MatchedEntry>();
  const byAffected = new Map<string, Map<string, Set<string>>>();
  for (const name of record.names) {
    const result = inventory.lookup(name);
    if ('notInInventory' in result) {
      return { kind: 'not-in-inventory', pointer: name.pointer, reason: `${nameLabel(name)}: ${result.notInInventory}` };
    }
    for (const entry of result.entries) {
      if (onlyRelease && entry.release !== onlyRelease) continue;
      const key = `${entry.package}@${entry.release}`;
      if (!found.has(key)) found.set(key, { ...entry, via: nameLabel(name) });
      const perRelease = byAffected.get(affectedEntryOf(name)) ?? new Map<string, Set<string>>();
      byAffected.set(affectedEntryOf(name), perRelease);
      const packages = perRelease.get(entry.release) ?? new Set<string>();
      perRelease.set(entry.release, packages.add(entry.package));
    }
  }
  for (const [pointer, perRelease] of byAffected) {
    for (const [release, packages] of perRelease) {
      if (packages.size > 1) {
        return {
          kind: 'ambiguous',
          reason: `the affected entry at ${pointer} matches ${[...packages].sort().join(' and ')} in ${release}; give those packages distinct upstream names in vulns/releases/${release}.yaml`,
        };
      }
    }
  }
  if (found.size === 0) {
    const labels = [...new Set(record.names.map(nameLabel))];
    const shown = labels.slice(0, 4).join(', ') + (labels.length > 4 ? `, and ${labels.length - 4} more` : '');
    const hint = nearMissHint(record, inventory, onlyRelease);
    return {
      kind: 'unmatched',
      reason: `no affected entry names a shipped product${onlyRelease ? ` of ${onlyRelease}` : ''} (${shown})`,
      ...(hint ? { hint } : {}),
    };
  }
  return {
    kind: 'matched',
    entries: [...found.values()].sort((a, b) => a.package.localeCompare(b.package) || a.release.localeCompare(b.release)),
  };
}

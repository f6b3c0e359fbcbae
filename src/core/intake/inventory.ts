import type { Release } from '../triage/model.ts';
import { cpeVendorProduct, normalisedName, purlBase, type UpstreamName } from './upstream.ts';

/** One package in one release: what a triage entry is about. */
export interface InventoryEntry {
  package: string;
  release: string;
}

/** What looking up one upstream name gives: entries, or a name the team's own ecosystem uses for something it does not ship. */
export type NameLookup = { entries: InventoryEntry[] } | { notInInventory: string };

/**
 * The releases' package inventories, indexed by every way upstream names a
 * package (docs/triage.md, "Intake"): CVE vendor/product (case-insensitive),
 * the vendor:product part of a CPE, a purl without version or qualifiers, the
 * names a parent distribution's feed uses (upstream_names: a plain name for
 * any other ecosystem, `AlmaLinux:9/openssl-libs` for that ecosystem only),
 * and the package names of the team's own ecosystems (`Kestrel:4/openssl`).
 */
export interface Inventory {
  releases: readonly Release[];
  lookup(name: UpstreamName): NameLookup;
  /**
   * The packages whose name or an upstream name equals `product` once both are
   * normalised (normalisedName): never a match, only the hint an unmatched
   * record carries (docs/triage.md, "Near misses").
   */
  nearMisses(product: string): InventoryEntry[];
}

/** `AlmaLinux:9/openssl-libs`: an upstream name for one ecosystem (the part before the first `/` has a `:`). */
const QUALIFIED_NAME = /^([^/]+:[^/]*)\/(.+)$/;

export function buildInventory(releases: readonly Release[]): Inventory {
  const cve = new Map<string, InventoryEntry[]>();
  const cpe = new Map<string, InventoryEntry[]>();
  const purl = new Map<string, InventoryEntry[]>();
  const upstream = new Map<string, InventoryEntry[]>();
  const qualified = new Map<string, InventoryEntry[]>();
  const near = new Map<string, InventoryEntry[]>();
  /** Ecosystem → release id and its package names, for records in the team's own ecosystem. */
  const own = new Map<string, { release: string; names: Set<string> }>();
  const add = (map: Map<string, InventoryEntry[]>, key: string, entry: InventoryEntry) => {
    const list = map.get(key);
    if (!list) map.set(key, [entry]);
    else if (!list.some((e) => e.package === entry.package && e.release === entry.release)) list.push(entry);
  };
  for (const r of releases) {
    if (r.ecosystem) own.set(r.ecosystem, { release: r.id, names: new Set(r.packages.map((p) => p.name)) });
    for (const p of r.packages) {
      const entry = { package: p.name, release: r.id };
      for (const c of p.cve ?? []) add(cve, `${c.vendor.toLowerCase()}/${c.product.toLowerCase()}`, entry);
      for (const c of p.cpe ?? []) {
        const vp = cpeVendorProduct(c);
        if (vp) add(cpe, `${vp.vendor}:${vp.product}`, entry);
      }
      for (const u of p.purl ?? []) add(purl, purlBase(u), entry);
      add(near, normalisedName(p.name), entry);
      for (const n of p.upstream_names ?? []) {
        const q = QUALIFIED_NAME.exec(n);
        if (q) add(qualified, `${q[1]}/${q[2]}`, entry);
        else add(upstream, n, entry);
        add(near, normalisedName(q ? (q[2] ?? n) : n), entry);
      }
    }
  }
  // The families of the team's ecosystems (`Kestrel` of `Kestrel:4`): a record for `Kestrel:5` names a release not in the inventory.
  const families = new Set([...own.keys()].map((e) => e.split(':')[0]));
  return {
    releases,
    lookup(name) {
      if (name.kind === 'cve') return { entries: cve.get(`${name.vendor.toLowerCase()}/${name.product.toLowerCase()}`) ?? [] };
      if (name.kind === 'cpe') return { entries: cpe.get(`${name.vendor}:${name.product}`) ?? [] };
      if (name.kind === 'purl') return { entries: purl.get(name.purl) ?? [] };
      // A CVE packageName outside a registry (a distribution's package browser, or no collectionURL): upstream_names only.
      if (name.kind === 'packageName') return { entries: upstream.get(name.name) ?? [] };
      const mine = own.get(name.ecosystem);
      if (mine) {
        if (mine.names.has(name.name)) return { entries: [{ package: name.name, release: mine.release }] };
        return { notInInventory: `${mine.release} ships no package ${name.name}` };
      }
      if (families.has(name.ecosystem.split(':')[0])) return { notInInventory: `no release has the ecosystem ${name.ecosystem}` };
      const plain = upstream.get(name.name) ?? [];
      const only = qualified.get(`${name.ecosystem}/${name.name}`) ?? [];
      return { entries: [...plain, ...only.filter((e) => !plain.some((p) => p.package === e.package && p.release === e.release))] };
    },
    nearMisses(product) {
      return near.get(normalisedName(product)) ?? [];
    },
  };
}

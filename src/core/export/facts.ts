import { type CvssScore, scoreCvss } from '../cvss.ts';
import type { Advisory } from '../model.ts';
import { packageKey } from '../model.ts';
import type { Settings } from '../settings.ts';

/** A severity facet: a CVSS rating, or `unrated` for an advisory without a score. */
export type SeverityFacet = CvssScore['rating'] | 'unrated';

export const SEVERITY_FACETS: SeverityFacet[] = ['critical', 'high', 'medium', 'low', 'none', 'unrated'];

export interface PackageRef {
  ecosystem: string;
  name: string;
  /** `ecosystem/name`, the key of Database.byPackage. */
  key: string;
}

/** What lists, filters, feeds and exports need to know about an advisory, computed once. */
export interface AdvisoryFacts {
  id: string;
  year: string;
  /** Every CVSS score, in the order the advisory lists them. */
  scores: CvssScore[];
  /** The score that stands for the advisory: the newest CVSS version, then the highest. */
  primary: CvssScore | undefined;
  severity: SeverityFacet;
  packages: PackageRef[];
  /** True for a withdrawn advisory: every output says so, and none lists it as affecting anything. */
  withdrawn: boolean;
  /** Its CVE ids (upper case), from aliases then upstream ids, for links and CSAF `cve`. */
  cves: string[];
  /** Upstream vulnerability ids it derives from (OSV `upstream`), shown and exported beside the aliases. */
  upstream: string[];
  /** Each fixed version per package, in data order: `{ name, version }`. */
  fixedIn: { name: string; version: string }[];
}

const CVE_ID = /^CVE-\d{4}-\d{4,}$/i;

/** Whether an id is a CVE id (any case). */
export function isCve(id: string): boolean {
  return CVE_ID.test(id);
}

/** The public record of a CVE id at cve.org, or undefined for any other id. */
export function cveUrl(id: string): string | undefined {
  return isCve(id) ? `https://www.cve.org/CVERecord?id=${encodeURIComponent(id.toUpperCase())}` : undefined;
}

const VERSION_RANK: Record<CvssScore['version'], number> = { '4.0': 3, '3.1': 2, '3.0': 1 };

export function advisoryFacts(advisory: Advisory, settings: Settings): AdvisoryFacts {
  // The loader's checks reject invalid vectors, so scoring cannot throw on data that passed check.
  const scores = (advisory.severity ?? []).map((s) => scoreCvss(s.score));
  const primary = [...scores].sort((a, b) => VERSION_RANK[b.version] - VERSION_RANK[a.version] || b.score - a.score)[0];
  const packages: PackageRef[] = [];
  const seen = new Set<string>();
  for (const affected of advisory.affected) {
    const ecosystem = affected.package.ecosystem ?? settings.default_ecosystem;
    const key = packageKey(ecosystem, affected.package.name);
    if (seen.has(key)) continue;
    seen.add(key);
    packages.push({ ecosystem, name: affected.package.name, key });
  }
  return {
    id: advisory.id,
    year: /-(\d{4})-/.exec(advisory.id)?.[1] ?? (advisory.timeline.published ?? '').slice(0, 4),
    scores,
    primary,
    severity: primary?.rating ?? 'unrated',
    packages,
    withdrawn: advisory.status === 'withdrawn',
    cves: [...new Set([...(advisory.aliases ?? []), ...(advisory.upstream ?? [])].filter(isCve).map((id) => id.toUpperCase()))],
    upstream: [...(advisory.upstream ?? [])],
    fixedIn: fixedVersions(advisory),
  };
}

/** Fixed versions from the ranges (non-GIT `fixed` events) and the `update` fixes, without repeats. */
function fixedVersions(advisory: Advisory): { name: string; version: string }[] {
  const seen = new Set<string>();
  const out: { name: string; version: string }[] = [];
  const add = (name: string, version: string) => {
    const key = `${name}\0${version}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ name, version });
  };
  for (const affected of advisory.affected) {
    for (const range of affected.ranges ?? []) {
      if (range.type === 'GIT') continue;
      for (const event of range.events) if (event.fixed) add(affected.package.name, event.fixed);
    }
  }
  for (const fix of advisory.fixes ?? []) if (fix.type === 'update' && fix.package && fix.version) add(fix.package, fix.version);
  return out;
}

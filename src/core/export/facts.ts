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
  };
}

import type { AdvisoryFacts } from '../core/export/facts.ts';
import type { FeedScope } from '../core/export/feeds.ts';
import { absolute, paths, safeHref } from '../core/export/paths.ts';
import type { DatedRevision } from '../core/history/dates-from-history.ts';
import { type Advisory, type CvssScore, cvssInWords, type Database, type MetricInWords, type Settings } from '../core/index.ts';
import { osvId } from '../core/osv/osv-names.ts';
import { commitLink } from '../core/record/fix-links.ts';
import { severityText } from './format.ts';

/**
 * What the advisory page shows, computed here so the page only lays it out
 * (pages compute nothing): alias links, fixes with their real commit links,
 * timeline labels and the severity in words.
 */

/** A CVE's record on cve.org; any other alias goes to its page here. */
export function aliasHref(alias: string): string {
  return /^CVE-\d{4}-\d+$/i.test(alias) ? `https://www.cve.org/CVERecord?id=${encodeURIComponent(alias.toUpperCase())}` : paths.vuln(alias);
}

export interface FixView {
  /** What the fix is, e.g. `Update openssl to 3.0.15-1.ks3` or `Commit 1a2b3c4d5e6f in https://…`. */
  text: string;
  /** The version or short commit hash, shown as code. */
  code: string;
  /** Links: the announcement of an update, or the fixing commit on its forge and the repository. */
  links: { label: string; href: string }[];
}

/**
 * The advisory's fixes. A fixing commit links to the commit itself (its own
 * `url`, or the forge-aware commitLink from the repository URL), never to the
 * tracker's commit URL template, which names the tracker's commits.
 */
export function fixViews(advisory: Advisory): FixView[] {
  return (advisory.fixes ?? []).map((fix) => {
    if (fix.type === 'update') {
      const href = safeHref(fix.url);
      return { text: `Update ${fix.package ?? ''} to`, code: fix.version ?? '', links: href ? [{ label: 'announcement', href }] : [] };
    }
    const commit = safeHref(fix.url ?? (fix.repo && fix.commit ? commitLink(fix.repo, fix.commit) : undefined));
    const repo = safeHref(fix.repo);
    return {
      text: `Fixing commit in ${fix.repo ?? 'an unnamed repository'}:`,
      code: fix.commit?.slice(0, 12) ?? '',
      links: [...(commit ? [{ label: 'the fixing commit', href: commit }] : []), ...(repo ? [{ label: 'repository', href: repo }] : [])],
    };
  });
}

/** A timeline entry's link, labelled for what it is: the tracker commit that recorded the entry, not the fix. */
export function revisionLink(revision: DatedRevision): { label: string; href: string } | undefined {
  const href = safeHref(revision.url);
  return href && revision.sha ? { label: `recorded in tracker commit ${revision.sha.slice(0, 12)}`, href } : undefined;
}

export interface SeverityView {
  /** `High 7.5 (CVSS 3.1)`, `unrated`, or for a withdrawn advisory what it was rated. */
  text: string;
  /** The CSS class: the rating's colour, or none for a withdrawn advisory (it is no longer a risk). */
  className: string;
  /** Every vector, each with its score once and its metrics in words. */
  vectors: { score: CvssScore; primary: boolean; metrics: MetricInWords[] }[];
}

export function severityView(advisory: Advisory, facts: AdvisoryFacts): SeverityView {
  const withdrawn = advisory.status === 'withdrawn';
  const rated = facts.primary ? `${severityText(facts)} (CVSS ${facts.primary.version})` : 'unrated';
  return {
    text: withdrawn ? `Withdrawn; was rated ${rated}` : rated,
    className: withdrawn ? 'sev sev-withdrawn' : `sev sev-${facts.severity}`,
    vectors: facts.scores.map((score) => ({ score, primary: score === facts.primary, metrics: cvssInWords(score.vector) })),
  };
}

/** A credit's role in words, e.g. `REMEDIATION_DEVELOPER` → `remediation developer` (OSV credit types). */
export function creditRole(type: string | undefined): string | undefined {
  return type ? type.toLowerCase().replace(/_/g, ' ') : undefined;
}

export interface ReferenceView {
  /** The OSV reference type in lower case, e.g. `advisory`, `fix`. */
  tag: string;
  url: string;
  /** Set only for an https: or mailto: address; any other is shown as text, never linked. */
  href?: string;
}

export function referenceViews(advisory: Advisory): ReferenceView[] {
  return (advisory.references ?? []).map((r) => {
    const href = safeHref(r.url);
    return { tag: r.type.toLowerCase(), url: r.url, ...(href ? { href } : {}) };
  });
}

/** The coordinator's name from the roster, or the handle when the roster does not know it. */
export function coordinatorName(db: Pick<Database, 'memberByHandle'>, handle: string): string {
  return db.memberByHandle.get(handle)?.name ?? handle;
}

export interface DataForms {
  /** The advisory's machine-readable forms: OSV JSON, CSAF 2.0, the tracker's JSON. */
  links: { label: string; href: string }[];
  /** The page's own address, absolute, for citing. */
  permalink: string;
}

export function dataForms(advisory: Advisory, facts: AdvisoryFacts, settings: Settings): DataForms {
  return {
    links: [
      { label: 'OSV JSON', href: paths.osv(osvId(advisory.id, settings)) },
      { label: 'CSAF 2.0', href: paths.csafDocument(advisory.id, facts.year) },
      { label: 'Tracker JSON', href: paths.advisoryJson(advisory.id) },
    ],
    permalink: absolute(settings.site_url, paths.advisory(advisory.id)),
  };
}

/** The per-package feeds an advisory's page advertises in its head, one per affected package. */
export function packageFeeds(facts: AdvisoryFacts): { scope: FeedScope; label: string }[] {
  return facts.packages.map((pkg) => ({ scope: { kind: 'package', pkg }, label: `Advisories for ${pkg.name}` }));
}

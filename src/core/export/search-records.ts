import type { Advisory } from '../model.ts';
import { affectedInWords, versionsNamed } from '../words/affected-words.ts';
import type { AdvisoryFacts } from './facts.ts';
import { paths } from './paths.ts';

/** One advisory as a Pagefind custom record (the shape of pagefind's CustomRecord). */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/**
 * The search index entry of a publishable advisory, straight from the data:
 * indexing records is much cheaper than having Pagefind read and parse every
 * built page, and it indexes exactly the words a reader searches by (id,
 * aliases, packages, summary, details, versions) — never the page's navigation. The
 * filters are the list page's: package, severity, year, status.
 */
export function searchRecord(advisory: Advisory, facts: AdvisoryFacts, published: string | undefined): SearchRecord {
  // Readable sentences first, so an excerpt reads as prose and not as a list of ids;
  // the versions are written out so a version string finds its advisory.
  const versions = [
    ...new Set([...advisory.affected.flatMap(versionsNamed), ...(advisory.fixes ?? []).flatMap((f) => (f.version ? [f.version] : []))]),
  ];
  const words = [
    `${advisory.summary}.`,
    advisory.details ?? '',
    advisory.withdrawn_reason ? `Withdrawn: ${advisory.withdrawn_reason}` : '',
    ...advisory.affected.map((a) => `${a.package.name}: ${affectedInWords(a).join('; ')}.`),
    versions.length ? `Versions named: ${versions.join(', ')}.` : '',
    `Advisory ${advisory.id}${advisory.aliases?.length ? `, also known as ${advisory.aliases.join(', ')}` : ''}.`,
  ];
  return {
    url: paths.advisory(advisory.id),
    content: words.filter(Boolean).join('\n'),
    language: 'en',
    meta: { title: advisory.summary, id: advisory.id, ...(advisory.status === 'withdrawn' ? { withdrawn: 'withdrawn' } : {}) },
    filters: {
      package: [...new Set(facts.packages.map((p) => p.name))],
      severity: [facts.severity],
      year: [facts.year],
      status: [advisory.status],
    },
    sort: { published: published ?? '' },
  };
}

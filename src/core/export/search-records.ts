import type { Advisory } from '../model.ts';
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
 * aliases, packages, summary, details) — never the page's navigation. The
 * filters are the list page's: package, severity, year, status.
 */
export function searchRecord(advisory: Advisory, facts: AdvisoryFacts, published: string | undefined): SearchRecord {
  const words = [
    advisory.id,
    ...(advisory.aliases ?? []),
    ...facts.packages.map((p) => p.name),
    advisory.summary,
    advisory.details ?? '',
    advisory.withdrawn_reason ?? '',
  ];
  return {
    url: paths.advisory(advisory.id),
    content: words.filter(Boolean).join('\n'),
    language: 'en',
    meta: { title: advisory.summary, id: advisory.id },
    filters: {
      package: [...new Set(facts.packages.map((p) => p.name))],
      severity: [facts.severity],
      year: [facts.year],
      status: [advisory.status],
    },
    sort: { published: published ?? '' },
  };
}

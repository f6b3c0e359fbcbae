import { type Diagnostic, diagnostic } from '../diagnostics.ts';
import type { Database } from '../model.ts';
import type { History } from './types.ts';

/**
 * Checks the data against its own history: a published date never changes
 * once readers have seen it, so the current `timeline.published` must equal
 * the one in the commit that first published the advisory.
 */
export function historyChecks(db: Database, history: History): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const advisory of db.advisories) {
    const first = history.byId.get(advisory.id.toUpperCase())?.firstPublished;
    const now = advisory.timeline?.published;
    if (!first?.value || !now || first.value === now) continue;
    if (Date.parse(first.value) === Date.parse(now)) continue;
    out.push(
      diagnostic(
        'HISTORY_PUBLISHED_CHANGED',
        advisory.file,
        '/timeline/published',
        `The published date is ${now}, but commit ${first.sha.slice(0, 12)} first published this advisory with ${first.value}.`,
        `Put back \`published: ${first.value}\`; a published date never changes.`,
      ),
    );
  }
  return out;
}

import { historyOnce } from '../core/history/history-once.ts';
import type { History } from '../core/history/types.ts';
import { defaultCacheDir } from '../core/parse-cache.ts';

// The walk and the dates live in core (src/core/history/history-once.ts), the
// same for the site and `npm run record`; the site only says the walk's
// problems on the build's console, once per root.
const told = new Set<string>();

/** The git history of the data repository, walked once per root (core's historyOnce), its problems printed once. */
export function historyOf(root: string): History {
  // Kept between builds beside the parse cache: a rebuild walks only the new commits (history-cache.ts).
  const history = historyOnce(root, { cacheDir: defaultCacheDir(process.cwd()) });
  if (!told.has(root)) {
    told.add(root);
    // Say once, on the build's console, why dates fall back to the timeline.
    for (const d of history.diagnostics) console.warn(`watchkeeper: ${d.code}: ${d.message}${d.hint ? ` ${d.hint}` : ''}`);
  }
  return history;
}

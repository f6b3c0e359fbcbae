import type { Advisory } from '../model.ts';
import { safeJson } from './safe-json.ts';

/**
 * A publishable advisory in the tracker's own format, as JSON. The `file`
 * field is repository-internal and the embargo block (its instant and reason)
 * is dropped: once public, what matters is when it was published.
 */
export function trackerJson(advisory: Advisory, dates: { published: string | undefined; modified: string }): string {
  const { file: _file, embargo: _embargo, ...data } = advisory;
  return `${safeJson({ ...data, modified: dates.modified })}\n`;
}

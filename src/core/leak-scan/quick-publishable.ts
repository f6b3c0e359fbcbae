import { strictInstantMs } from '../embargo/embargo-facts.ts';
import { versionFacts } from '../history/version-facts.ts';

const SIMPLE_KEY = /^[a-z_]+:(?: |$)/;

/**
 * True only for an advisory written the plain way (`npm run fmt`'s block
 * style) whose status is published or withdrawn, whose timeline.published has
 * passed and which has no embargo at all. Anything unusual returns false and
 * goes to the full parser, so this shortcut can only make the gate and the
 * leak scan slower, never let a secret through. (A plain-looking file that
 * the full parser would reject is not published by the site either.)
 */
export function surelyPublishable(text: string, now: Date): boolean {
  let status: string | undefined;
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith(' ') || line.startsWith('#')) continue;
    if (!SIMPLE_KEY.test(line) || line.startsWith('embargo:')) return false;
    if (line.startsWith('status:')) {
      if (status !== undefined) return false;
      status = line.slice('status:'.length).trim();
    }
  }
  if (status !== 'published' && status !== 'withdrawn') return false;
  const published = versionFacts(text).published;
  const ms = published ? strictInstantMs(published) : undefined;
  return ms !== undefined && ms <= now.getTime();
}

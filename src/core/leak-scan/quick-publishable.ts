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
  const status = plainTopLevel(text, 'status');
  if (status !== 'published' && status !== 'withdrawn') return false;
  const published = versionFacts(text).published;
  const ms = published ? strictInstantMs(published) : undefined;
  return ms !== undefined && ms <= now.getTime();
}

/**
 * The same shortcut for a triage record: written the plain way, no embargo
 * key at all, and a plain published_upstream instant that has passed.
 * Anything unusual goes to the full parser, so this can only make the scan
 * slower, never let a secret through.
 */
export function surelyTriagePublishable(text: string, now: Date): boolean {
  const published = plainTopLevel(text, 'published_upstream');
  if (published === null) return false;
  const ms = published === undefined ? undefined : strictInstantMs(published);
  return ms !== undefined && ms <= now.getTime();
}

/**
 * The value of the top-level `key` in a file written the plain way (every
 * top-level line a simple `key:` and no embargo key at all), undefined when
 * the key is absent, and null when the file is not plain or names the key
 * twice: both shortcuts above then leave the file to the full parser.
 */
function plainTopLevel(text: string, key: string): string | undefined | null {
  const prefix = `${key}:`;
  let value: string | undefined;
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith(' ') || line.startsWith('#')) continue;
    if (!SIMPLE_KEY.test(line) || line.startsWith('embargo:')) return null;
    if (line.startsWith(prefix)) {
      if (value !== undefined) return null;
      value = line.slice(prefix.length).trim();
    }
  }
  return value;
}

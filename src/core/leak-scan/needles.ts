import { isPublishable } from '../embargo/publishable.ts';
import type { Database } from '../model.ts';
import type { AdvisoryFile } from '../types.gen.ts';
import { splitWords } from './matcher.ts';
import { decodeText } from './normalise.ts';

/** Whose secret a needle is, and what part of it. */
export interface NeedleOwner {
  id: string;
  file: string;
  /** Why it is not publishable, for the message: its status, or `unreadable`. */
  state: string;
  kind: 'id' | 'alias' | 'summary' | 'details';
  /** The needle as written in the advisory (for the message). */
  text: string;
}

/** One thing that must not appear: a word sequence, normalised as the scanned text is. */
export interface Needle {
  words: string[];
  owner: NeedleOwner;
}

/**
 * What must not appear in the output. Every needle is a sequence of whole
 * words: an id is its parts (`KSA-2026-0042` is `ksa 2026 0042`, so it is
 * found between any separators and not inside `KSA-2026-00420`), a summary
 * is all its words, details give every run of PHRASE_WORDS words.
 */
export interface LeakNeedles {
  needles: Needle[];
  /**
   * Ids and aliases with only their letters and digits (`cve20260042`), which
   * is how search indexes such as Pagefind store them; looked for as plain
   * substrings in binary files only (too loose for text). The value is the
   * index of the id's or alias's own needle.
   */
  compact: Map<string, number>;
  /** How many advisories are unpublishable. */
  advisories: number;
}

/** Runs of this many words of an unpublishable advisory's details count as distinctive. */
export const PHRASE_WORDS = 8;

/** What the needles are made from: an unpublishable advisory, or only the id of one that could not be read. */
export interface SecretAdvisory {
  id: string;
  file: string;
  state: string;
  aliases?: readonly string[];
  summary?: string;
  details?: string;
}

export interface UnreadableAdvisory {
  id: string;
  file: string;
}

/**
 * The needles of every advisory that is not publishable at `now`, and the ids
 * of files that could not be read (a broken file is no way around the scan).
 * Nothing is dropped because a publishable advisory says it too: that is
 * exactly how embargoed text would be smuggled out. Only text provably older
 * than the secret advisory may be let through, after the scan (exemptions.ts).
 */
export function leakNeedles(db: Database, now: Date, unreadable: readonly UnreadableAdvisory[] = []): LeakNeedles {
  return secretNeedles([
    ...db.advisories.filter((a) => !isPublishable(a, now)).map((a) => secretOf(a, now)),
    ...unreadable.map((u) => ({ id: u.id, file: u.file, state: 'unreadable' })),
  ]);
}

/** The needles of a list of secret advisories (the gate builds its list from git objects). */
export function secretNeedles(secrets: readonly SecretAdvisory[]): LeakNeedles {
  const needles: LeakNeedles = { needles: [], compact: new Map(), advisories: secrets.length };
  const seen = new Map<string, number>();
  const add = (words: string[], owner: NeedleOwner): number => {
    const key = words.join(' ');
    const known = seen.get(key);
    if (words.length === 0 || known !== undefined) return known ?? -1;
    seen.set(key, needles.needles.length);
    needles.needles.push({ words, owner });
    return needles.needles.length - 1;
  };
  for (const a of secrets) {
    const owner = (kind: NeedleOwner['kind'], text: string): NeedleOwner => ({ id: a.id, file: a.file, state: a.state, kind, text });
    for (const [kind, token] of [['id', a.id] as const, ...(a.aliases ?? []).map((t) => ['alias', t] as const)]) {
      const index = add(needleWords(token), owner(kind, token));
      const key = compactForm(token);
      if (index >= 0 && key.length >= MIN_COMPACT && !needles.compact.has(key)) needles.compact.set(key, index);
    }
    // A summary of any length is searched as the whole phrase.
    if (a.summary) add(needleWords(a.summary), owner('summary', a.summary));
    const details = needleWords(a.details ?? '');
    if (details.length > 0 && details.length < PHRASE_WORDS) add(details, owner('details', details.join(' ')));
    for (let i = 0; i + PHRASE_WORDS <= details.length; i++) {
      const run = details.slice(i, i + PHRASE_WORDS);
      add(run, owner('details', run.join(' ')));
    }
  }
  return needles;
}

/** The words of a needle's text, normalised exactly as scanned text is. */
export function needleWords(text: string): string[] {
  return splitWords(decodeText(text));
}

/** The needle material of one unpublishable advisory (`file` is where it lives, exempt from the gate's content rule). */
export function secretOf(a: AdvisoryFile & { file: string }, now: Date): SecretAdvisory {
  return {
    id: a.id,
    file: a.file,
    state: stateOf(a, now),
    ...(a.aliases ? { aliases: a.aliases } : {}),
    summary: a.summary,
    ...(a.details ? { details: a.details } : {}),
  };
}

/** Compact forms shorter than this would match by chance in binary data. */
const MIN_COMPACT = 8;

export function compactForm(token: string): string {
  return token.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

export function stateOf(a: Pick<AdvisoryFile, 'status' | 'embargo' | 'timeline'>, now: Date): string {
  if (a.status === 'embargoed' || (a.embargo && Date.parse(a.embargo.until) > now.getTime()))
    return `under embargo until ${a.embargo?.until ?? '(unknown)'}`;
  if (a.status === 'draft') return 'a draft';
  return `not yet published (${a.status}, published ${a.timeline.published ?? 'not set'})`;
}

import type { Advisory, Database } from '../model.ts';
import { isPublishable } from '../publishable.ts';
import { words } from './text.ts';

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

export interface Phrase {
  words: string[];
  owner: NeedleOwner;
}

/**
 * What must not appear in the output. `tokens` are lower-cased ids and aliases,
 * matched whole between separators; `phrases` are word sequences (the summary,
 * and every run of PHRASE_WORDS words of the details), indexed by their first
 * two words so the scan looks at a handful of candidates per word.
 */
export interface LeakNeedles {
  tokens: Map<string, NeedleOwner>;
  tokenLengths: number[];
  /**
   * Ids and aliases with only their letters and digits (`cve20261313`), which
   * is how search indexes such as Pagefind store them; looked for as plain
   * substrings in binary files only (too loose for text).
   */
  compact: Map<string, NeedleOwner>;
  compactLengths: number[];
  phrases: Map<string, Phrase[]>;
  /** The first words of all phrases, so the scan skips other words cheaply. */
  firstWords: Set<string>;
  /** How many advisories are unpublishable. */
  advisories: number;
}

/** Runs of this many words of an unpublishable advisory's details count as distinctive. */
export const PHRASE_WORDS = 8;
/** Summaries shorter than this are too generic to search for; the id and aliases still are. */
const MIN_SUMMARY_WORDS = 4;

export interface UnreadableAdvisory {
  id: string;
  file: string;
}

/**
 * Builds the needles from every advisory that is not publishable at `now`.
 * Text that a publishable advisory also contains is dropped: it is not
 * distinctive, and publishing it reveals nothing. Files that could not be
 * read still give their id (from the file name), so a broken file is not a
 * way around the scan.
 */
export function leakNeedles(db: Database, now: Date, unreadable: readonly UnreadableAdvisory[] = []): LeakNeedles {
  const publishable = db.advisories.filter((a) => isPublishable(a, now));
  const secret = db.advisories.filter((a) => !isPublishable(a, now));
  const needles: LeakNeedles = {
    tokens: new Map(),
    tokenLengths: [],
    compact: new Map(),
    compactLengths: [],
    phrases: new Map(),
    firstWords: new Set(),
    advisories: secret.length + unreadable.length,
  };
  const publicTokens = new Set(publishable.flatMap((a) => [a.id, ...(a.aliases ?? [])].map((t) => t.toLowerCase())));
  const addToken = (text: string, owner: NeedleOwner) => {
    const key = text.toLowerCase();
    if (!publicTokens.has(key) && !needles.tokens.has(key)) needles.tokens.set(key, owner);
  };
  const addPhrase = (list: string[], owner: NeedleOwner) => {
    const key = `${list[0]} ${list[1]}`;
    const bucket = needles.phrases.get(key) ?? [];
    if (!bucket.some((p) => p.words.join(' ') === list.join(' '))) bucket.push({ words: list, owner });
    needles.phrases.set(key, bucket);
  };

  for (const a of secret) {
    const owner = (kind: NeedleOwner['kind'], text: string): NeedleOwner => ({
      id: a.id,
      file: a.file,
      state: stateOf(a, now),
      kind,
      text,
    });
    addToken(a.id, owner('id', a.id));
    for (const alias of a.aliases ?? []) addToken(alias, owner('alias', alias));
    const summary = words(a.summary).map((w) => w.word);
    if (summary.length >= MIN_SUMMARY_WORDS) addPhrase(summary, owner('summary', a.summary));
    const details = words(a.details ?? '').map((w) => w.word);
    if (details.length >= MIN_SUMMARY_WORDS && details.length < PHRASE_WORDS) addPhrase(details, owner('details', details.join(' ')));
    for (let i = 0; i + PHRASE_WORDS <= details.length; i++) {
      const run = details.slice(i, i + PHRASE_WORDS);
      addPhrase(run, owner('details', run.join(' ')));
    }
  }
  for (const u of unreadable) addToken(u.id, { id: u.id, file: u.file, state: 'unreadable', kind: 'id', text: u.id });

  // Drop phrases that publishable advisories contain too.
  for (const a of publishable) {
    for (const text of [a.summary, a.details ?? '']) {
      const list = words(text).map((w) => w.word);
      for (let i = 0; i + 1 < list.length; i++) {
        const bucket = needles.phrases.get(`${list[i]} ${list[i + 1]}`);
        if (!bucket) continue;
        const kept = bucket.filter((p) => !matchesAt(list, i, p.words));
        if (kept.length === 0) needles.phrases.delete(`${list[i]} ${list[i + 1]}`);
        else needles.phrases.set(`${list[i]} ${list[i + 1]}`, kept);
      }
    }
  }
  for (const bucket of needles.phrases.values()) for (const p of bucket) needles.firstWords.add(p.words[0] as string);
  needles.tokenLengths = [...new Set([...needles.tokens.keys()].map((k) => k.length))].sort((x, y) => x - y);
  const publicCompact = new Set([...publicTokens].map(compactForm));
  for (const [token, owner] of needles.tokens) {
    const key = compactForm(token);
    if (key.length >= MIN_COMPACT && !publicCompact.has(key) && !needles.compact.has(key)) needles.compact.set(key, owner);
  }
  needles.compactLengths = [...new Set([...needles.compact.keys()].map((k) => k.length))].sort((x, y) => x - y);
  return needles;
}

/** Compact forms shorter than this would match by chance in binary data. */
const MIN_COMPACT = 8;

export function compactForm(token: string): string {
  return token.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

export function matchesAt(list: readonly string[], at: number, phrase: readonly string[]): boolean {
  if (at + phrase.length > list.length) return false;
  for (let j = 0; j < phrase.length; j++) if (list[at + j] !== phrase[j]) return false;
  return true;
}

function stateOf(a: Advisory, now: Date): string {
  if (a.status === 'embargoed' || (a.embargo && Date.parse(a.embargo.until) > now.getTime()))
    return `under embargo until ${a.embargo?.until ?? '(unknown)'}`;
  if (a.status === 'draft') return 'a draft';
  return `not yet published (${a.status}, published ${a.timeline.published ?? 'not set'})`;
}

import { isPublishable, publishableTriage } from '../embargo/publishable.ts';
import type { Database } from '../model.ts';
import type { AdvisoryFile, TriageFile } from '../types.gen.ts';
import { splitWords } from './matcher.ts';
import { decodeText } from './normalise.ts';

/** Whose secret a needle is, and what part of it. */
export interface NeedleOwner {
  id: string;
  file: string;
  /** Why it is not publishable, for the message: its status, or `unreadable`. */
  state: string;
  kind: 'id' | 'alias' | 'summary' | 'details' | 'notes';
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

/**
 * What the needles are made from: an unpublishable advisory or triage record
 * (vulns/), or only the id of a file that could not be read. Both kinds give
 * the same needles by the same rules; only the free text differs in name
 * (an advisory's details, a record's notes, statements and reasons).
 */
export interface SecretAdvisory {
  id: string;
  file: string;
  state: string;
  /** Absent means advisory (the only kind before triage records existed). */
  kind?: 'advisory' | 'triage';
  aliases?: readonly string[];
  summary?: string;
  details?: string;
  /** A triage record's free texts, each searched like details: whole when short, else every run of PHRASE_WORDS words. */
  notes?: readonly string[];
}

/** One name for both kinds of secret. */
export type Secret = SecretAdvisory;

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
    ...unpublishableTriage(db, now).map((t) => secretOfTriage(t, now)),
    ...unreadable.map((u) => ({ id: u.id, file: u.file, state: 'unreadable' })),
  ]);
}

/** Triage records outside publishableTriage: the one decision, so the scan looks for exactly what the site leaves out. */
function unpublishableTriage(db: Database, now: Date): Database['triage'] {
  const published = new Set(publishableTriage(db, now));
  return db.triage.filter((t) => !published.has(t));
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
    const texts: [NeedleOwner['kind'], string][] = [
      ['details', a.details ?? ''],
      ...(a.notes ?? []).map((text) => ['notes', text] as [NeedleOwner['kind'], string]),
    ];
    for (const [kind, text] of texts) {
      const words = needleWords(text);
      if (words.length > 0 && words.length < PHRASE_WORDS) add(words, owner(kind, words.join(' ')));
      for (let i = 0; i + PHRASE_WORDS <= words.length; i++) {
        const run = words.slice(i, i + PHRASE_WORDS);
        add(run, owner(kind, run.join(' ')));
      }
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

/**
 * The needle material of one unpublishable triage record: its id, aliases and
 * summary, and as free text its notes and every event's note, statement and
 * reason (what a reader of the record learns beyond the id).
 */
export function secretOfTriage(t: TriageFile & { file: string }, now: Date): SecretAdvisory {
  const notes: string[] = [];
  if (t.notes) notes.push(t.notes);
  for (const pkg of t.packages ?? [])
    for (const release of pkg.releases ?? [])
      for (const event of release.events ?? []) for (const text of [event.note, event.statement, event.reason]) if (text) notes.push(text);
  return {
    id: t.id,
    file: t.file,
    kind: 'triage',
    state: triageStateOf(t, now),
    ...(t.aliases ? { aliases: t.aliases } : {}),
    summary: t.summary,
    ...(notes.length > 0 ? { notes } : {}),
  };
}

/** Why a triage record is not publishable, for messages. */
export function triageStateOf(t: Pick<TriageFile, 'embargo' | 'published_upstream'>, now: Date): string {
  if (t.embargo && !(Date.parse(t.embargo.until) <= now.getTime())) return `a triage record under embargo until ${t.embargo.until}`;
  if (!t.published_upstream) return 'a triage record not yet public upstream (no published_upstream)';
  return `a triage record not yet public upstream (published_upstream ${t.published_upstream})`;
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

import { CLASS, classOf, EXPAND, expansion, foldAstral, IGNORE, SEPARATOR, SURROGATE } from './fold.ts';

/**
 * One pass over a text against every needle at once: an Aho-Corasick
 * automaton whose alphabet is words. The text is read once, character by
 * character, through the fold table (fold.ts: case, compatibility forms,
 * accents, look-alikes, invisible characters); each word is hashed as it is
 * read (no substrings) and moves the automaton one step. A word no needle
 * contains sends it back to the start. Cost: a table lookup per character and
 * a map lookup per word, whatever the number of needles.
 *
 * Markup is handled in the same pass: the insides of tags and comments are a
 * second word stream (attributes such as `href` and `title`, and comments, are
 * in the file for anyone to read), and the text around them a first stream
 * that inline tags and comments do not interrupt — `KSA-2026-00<b></b>42`
 * reads `0042`, as in a browser — while block tags separate words.
 *
 * Each word carries two independent 32-bit hashes; the first finds the word
 * (its low bit set, so 0 marks an empty slot), the second confirms every match, so a wrong finding needs both to collide.
 */

/** Hashes stay within 30 bits: small integers, which V8 keeps unboxed in fields and maps. */
const SMALL = 0x3fffffff;
const SEED_1 = 0x811c9dc5 & SMALL;
const PRIME_1 = 0x01000193;
const SEED_2 = 0x2545f491 & SMALL;
const PRIME_2 = 0x5bd1e995;

export interface Matcher {
  /** Calls `found(needle)` for every needle in `text` (already decoded, see decodeText). */
  scan(text: string, found: (needle: number) => void): void;
  readonly needles: number;
  /** The automaton's tables (typed arrays): sent to worker threads, which rebuild the matcher with matcherFromTables. */
  readonly tables: MatcherTables;
}

/** Opaque to callers: what buildMatcher computed, in a form structured clone copies cheaply. */
export type MatcherTables = Tables & { needles: number };

/** Elements a browser lays out inline: their tags do not end a word. */
const INLINE = new Set(
  'a abbr b bdi bdo big cite code data del dfn em font i ins kbd mark q s samp small span strike strong sub sup time tt u var wbr'
    .split(' ')
    .map(nameHash),
);

function nameHash(name: string): number {
  let h = SEED_1;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ (name.charCodeAt(i) | 0x20), PRIME_1) & SMALL;
  return h;
}

interface Tables {
  /** The vocabulary: open addressing on the first hash, pairs (key, id) in one array so a probe touches one cache line; key 0 = empty slot. */
  vocab: Int32Array;
  vocabMask: number;
  /**
   * Transitions of the states with several children (few: mostly those near
   * the root), open addressing keyed by (state, word), triples (state, word,
   * target) in one array small enough to stay in cache; state -1 = empty slot.
   */
  trans: Int32Array;
  mask: number;
  /** The root's transitions by word id (0: none), read without a probe: every word of the vocabulary starts somewhere. */
  rootNext: Int32Array;
  /**
   * Per state, four numbers side by side (one cache line): its only child's
   * word id (NONE when it has no child, PROBE when several: see trans), that
   * child, its failure link, and 1 when reaching it may end a needle.
   */
  node: Int32Array;
  out: Int32Array;
  ends: (Int32Array | undefined)[];
  depth: Int32Array;
  /** Second hashes of each needle's words. */
  check: Int32Array[];
  ringMask: number;
  states: number;
}

const NONE = 0;
const PROBE = -1;

/** One word stream: the words read so far (second hashes in a ring) and the automaton's state. */
class Stream {
  inWord = false;
  h1 = SEED_1;
  h2 = SEED_2;
  state = 0;
  count = 0;
  readonly ring: Int32Array;
  readonly t: Tables;
  found: (needle: number) => void;
  constructor(t: Tables, found: (needle: number) => void) {
    this.t = t;
    this.found = found;
    this.ring = new Int32Array(t.ringMask + 1);
  }

  /** Ready for a new text: the ring is not cleared, because a state of depth n is only reached after n words of this text. */
  reset(found: (needle: number) => void): void {
    this.inWord = false;
    this.state = 0;
    this.count = 0;
    this.found = found;
  }

  code(k: number): void {
    if (k > 0) {
      if (!this.inWord) {
        this.inWord = true;
        this.h1 = SEED_1;
        this.h2 = SEED_2;
      }
      this.h1 = Math.imul(this.h1 ^ k, PRIME_1) & SMALL;
      this.h2 = Math.imul(this.h2 ^ k, PRIME_2) & SMALL;
    } else if (k === SEPARATOR && this.inWord) this.endWord();
  }

  endWord(): void {
    this.inWord = false;
    const t = this.t;
    this.ring[this.count & t.ringMask] = this.h2;
    this.count++;
    // The word's id: 0 when no needle contains it, which sends the automaton home.
    const vocab = t.vocab;
    const key = this.h1 | 1;
    let id = 0;
    for (let v = Math.imul(key, 0x9e3779b1) & t.vocabMask; ; v = (v + 1) & t.vocabMask) {
      const k = vocab[v << 1] as number;
      if (k === key) {
        id = vocab[(v << 1) | 1] as number;
        break;
      }
      if (k === 0) break;
    }
    if (id === 0) {
      this.state = 0;
      return;
    }
    let state = this.state;
    let next = step(t, state, id);
    while (next === -1 && state !== 0) {
      state = t.node[state * 4 + 2] as number;
      next = step(t, state, id);
    }
    state = next === -1 ? 0 : next;
    this.state = state;
    if (t.node[state * 4 + 3] === 1) this.report(state);
  }

  report(at: number): void {
    const t = this.t;
    for (let s = at; s > 0; s = t.out[s] as number) {
      const list = t.ends[s];
      if (!list) continue;
      const n = t.depth[s] as number;
      for (const needle of list) {
        const words = t.check[needle] as Int32Array;
        let ok = true;
        for (let j = 0; j < n && ok; j++) ok = this.ring[(this.count - n + j) & t.ringMask] === words[j];
        if (ok) this.found(needle);
      }
    }
  }
}

/** The automaton's move from `state` on word `word` (an id), or -1. */
function step(t: Tables, state: number, word: number): number {
  if (state === 0) {
    const to = t.rootNext[word] as number;
    return to === 0 ? -1 : to;
  }
  const only = t.node[state * 4] as number;
  if (only !== PROBE) return only === word ? (t.node[state * 4 + 1] as number) : -1;
  const trans = t.trans;
  for (let s = (Math.imul(state, 0x9e3779b1) ^ Math.imul(word, 0x85ebca77)) & t.mask; ; s = (s + 1) & t.mask) {
    const k = trans[s * 3] as number;
    if (k === state && trans[s * 3 + 1] === word) return trans[s * 3 + 2] as number;
    if (k === -1) return -1;
  }
}

/** Feeds one character (at `i`) to a stream; returns how many code units it used. */
function feed(text: Uint16Array, i: number, c: number, s: Stream): number {
  let k = CLASS[c] as number;
  if (k === -2) k = classOf(c);
  if (k >= 0) {
    s.code(k);
    return 1;
  }
  if (k === IGNORE) return 1;
  if (k === EXPAND) {
    for (const code of expansion(c)) s.code(code);
    return 1;
  }
  if (k === SURROGATE) {
    const low = text[i + 1] as number;
    if (low >= 0xdc00 && low <= 0xdfff) {
      for (const code of foldAstral(((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000)) s.code(code);
      return 2;
    }
  }
  s.code(SEPARATOR);
  return 1;
}

/** True for a character that can follow `<` to open markup (`<p`, `</p`, `<!--`, `<?xml`). */
function opensMarkup(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2f || c === 0x21 || c === 0x3f;
}

/**
 * Reads text[from, to) into a stream. The stream's word state is kept in
 * locals for the hot path (ASCII letters, digits and separators by table);
 * anything else goes through feed().
 */
function run(text: Uint16Array, from: number, to: number, s: Stream): void {
  let inWord = s.inWord;
  let h1 = s.h1;
  let h2 = s.h2;
  for (let i = from; i < to; ) {
    const c = text[i] as number;
    const k = CLASS[c] as number;
    if (k > 0) {
      if (!inWord) {
        inWord = true;
        h1 = SEED_1;
        h2 = SEED_2;
      }
      h1 = Math.imul(h1 ^ k, PRIME_1) & SMALL;
      h2 = Math.imul(h2 ^ k, PRIME_2) & SMALL;
      i++;
    } else if (k === 0) {
      if (inWord) {
        s.h1 = h1;
        s.h2 = h2;
        s.endWord();
        inWord = false;
      }
      i++;
    } else {
      s.inWord = inWord;
      s.h1 = h1;
      s.h2 = h2;
      i += feed(text, i, c, s);
      inWord = s.inWord;
      h1 = s.h1;
      h2 = s.h2;
    }
  }
  s.inWord = inWord;
  s.h1 = h1;
  s.h2 = h2;
}

/**
 * The text's code units copied into a typed array (one native copy), which
 * the character loop reads faster than charCodeAt on the string that
 * decoding built out of pieces. The buffer is reused from scan to scan;
 * `busy` gives a nested scan (a `found` that scans) its own.
 */
let scratch = new ArrayBuffer(1 << 16);
let busy = false;

function codeUnits(text: string): Uint16Array {
  const bytes = text.length * 2;
  let buffer = scratch;
  if (busy) buffer = new ArrayBuffer(bytes);
  else if (scratch.byteLength < bytes) buffer = scratch = new ArrayBuffer(bytes * 1.25 + 16);
  Buffer.from(buffer, 0, bytes).write(text, 'utf16le');
  return new Uint16Array(buffer, 0, text.length);
}

/** Each matcher's two streams, kept from scan to scan (most scans are of small files: allocation and GC were a fifth of the time). */
const streams = new WeakMap<Tables, [Stream, Stream]>();

function scanText(text: string, t: Tables, found: (needle: number) => void): void {
  const nested = busy;
  const units = codeUnits(text);
  let pair = nested ? undefined : streams.get(t);
  if (!pair) {
    pair = [new Stream(t, found), new Stream(t, found)];
    if (!nested) streams.set(t, pair);
  }
  pair[0].reset(found);
  pair[1].reset(found);
  busy = true;
  try {
    scanUnits(text, units, pair[0], pair[1]);
  } finally {
    busy = nested;
  }
}

function scanUnits(text: string, units: Uint16Array, body: Stream, markup: Stream): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    // Plain text up to the next `<` that opens markup.
    let lt = text.indexOf('<', i);
    while (lt !== -1 && !opensMarkup(units[lt + 1] as number)) lt = text.indexOf('<', lt + 1);
    const stop = lt === -1 ? length : lt;
    run(units, i, stop, body);
    if (lt === -1) break;
    // Markup: a comment runs to `-->`, anything else to `>`; its inside is the second stream.
    const comment = units[lt + 1] === 0x21 && units[lt + 2] === 0x2d && units[lt + 3] === 0x2d;
    const close = comment ? text.indexOf('-->', lt + 4) : text.indexOf('>', lt + 1);
    const end = close === -1 ? length : close;
    let name = SEED_1;
    for (let j = lt + 1 + (units[lt + 1] === 0x2f ? 1 : 0); j < end; j++) {
      const n = units[j] as number;
      if (!((n >= 0x41 && n <= 0x5a) || (n >= 0x61 && n <= 0x7a) || (n >= 0x30 && n <= 0x39) || n === 0x3a || n === 0x2d)) break;
      name = Math.imul(name ^ (n | 0x20), PRIME_1) & SMALL;
    }
    if (!comment && !INLINE.has(name) && body.inWord) body.endWord();
    run(units, lt + 1, end, markup);
    if (markup.inWord) markup.endWord();
    i = close === -1 ? length : close + (comment ? 3 : 1);
  }
  if (body.inWord) body.endWord();
  if (markup.inWord) markup.endWord();
}

/** Hashes of an already folded word (from splitWords). */
function hashes(word: string): [number, number] {
  let h1 = SEED_1;
  let h2 = SEED_2;
  for (let i = 0; i < word.length; i++) {
    const k = word.charCodeAt(i);
    h1 = Math.imul(h1 ^ k, PRIME_1) & SMALL;
    h2 = Math.imul(h2 ^ k, PRIME_2) & SMALL;
  }
  return [h1, h2];
}

/**
 * The words of a needle's text, read exactly as scanned text is (fold table,
 * markup removed the way the first stream reads it), as folded strings.
 */
export function splitWords(text: string): string[] {
  const out: string[] = [];
  let word = '';
  const push = (k: number) => {
    if (k > 0) word += String.fromCharCode(k);
    else if (k === SEPARATOR && word) {
      out.push(word);
      word = '';
    }
  };
  const plain = text
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\/?([A-Za-z][\w:-]*)[^<>]*>/g, (_, name: string) => (INLINE.has(nameHash(name)) ? '' : ' '));
  for (let i = 0; i < plain.length; ) {
    const c = plain.charCodeAt(i);
    let k = CLASS[c] as number;
    if (k === -2) k = classOf(c);
    if (k >= 0 || k === IGNORE) {
      push(k);
      i++;
    } else if (k === EXPAND) {
      for (const code of expansion(c)) push(code);
      i++;
    } else {
      const low = plain.charCodeAt(i + 1);
      if (k === SURROGATE && low >= 0xdc00 && low <= 0xdfff) {
        for (const code of foldAstral(((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000)) push(code);
        i += 2;
      } else {
        push(SEPARATOR);
        i++;
      }
    }
  }
  push(SEPARATOR);
  return out;
}

/** Builds the automaton for needles given as word lists (from splitWords); a needle's number is its index. */
export function buildMatcher(needles: readonly (readonly string[])[]): Matcher {
  const vocab = new Map<number, number>();
  const wordId = (h1: number) => {
    const key = h1 | 1;
    let id = vocab.get(key);
    if (id === undefined) {
      id = vocab.size + 1;
      vocab.set(key, id);
    }
    return id;
  };
  // The trie: transitions in one open-addressing table keyed by (state, word).
  let capacity = 1024;
  while (capacity < needles.reduce((n, w) => n + w.length, 0) * 2 + 16) capacity *= 2;
  const keyState = new Int32Array(capacity).fill(-1);
  const keyWord = new Int32Array(capacity);
  const target = new Int32Array(capacity);
  const mask = capacity - 1;
  const slot = (state: number, word: number) => (Math.imul(state, 0x9e3779b1) ^ Math.imul(word, 0x85ebca77)) & mask;
  const get = (state: number, word: number): number => {
    for (let s = slot(state, word); ; s = (s + 1) & mask) {
      const k = keyState[s] as number;
      if (k === -1) return -1;
      if (k === state && keyWord[s] === word) return target[s] as number;
    }
  };
  const set = (state: number, word: number, to: number) => {
    let s = slot(state, word);
    while (keyState[s] !== -1) s = (s + 1) & mask;
    keyState[s] = state;
    keyWord[s] = word;
    target[s] = to;
  };

  const children: number[][] = [[]];
  const ends: number[][] = [[]];
  const depth: number[] = [0];
  const check: Int32Array[] = [];
  needles.forEach((words, index) => {
    const pairs = words.map(hashes);
    check.push(Int32Array.from(pairs.map((p) => p[1])));
    if (words.length === 0) return;
    let state = 0;
    for (const [h1] of pairs) {
      const id = wordId(h1);
      let next = get(state, id);
      if (next === -1) {
        next = children.length;
        children.push([]);
        ends.push([]);
        depth.push((depth[state] as number) + 1);
        set(state, id, next);
        (children[state] as number[]).push(next, id);
      }
      state = next;
    }
    (ends[state] as number[]).push(index);
  });

  // Failure links breadth first; `out` links skip to the nearest suffix state that ends a needle.
  const states = children.length;
  const fail = new Int32Array(states);
  const out = new Int32Array(states).fill(-1);
  const queue: number[] = [];
  for (let i = 0; i < (children[0] as number[]).length; i += 2) queue.push((children[0] as number[])[i] as number);
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q] as number;
    const kids = children[state] as number[];
    for (let i = 0; i < kids.length; i += 2) {
      const child = kids[i] as number;
      const word = kids[i + 1] as number;
      let f = fail[state] as number;
      let next = get(f, word);
      while (next === -1 && f !== 0) {
        f = fail[f] as number;
        next = get(f, word);
      }
      const link = next === -1 || next === child ? 0 : next;
      fail[child] = link;
      out[child] = (ends[link] as number[]).length > 0 ? link : (out[link] as number);
      queue.push(child);
    }
  }
  const longest = needles.reduce((n, w) => Math.max(n, w.length), 2);
  let vocabSize = 16;
  while (vocabSize < vocab.size * 2 + 2) vocabSize *= 2;
  const vocabTable = new Int32Array(vocabSize * 2);
  for (const [key, id] of vocab) {
    let v = Math.imul(key, 0x9e3779b1) & (vocabSize - 1);
    while (vocabTable[v * 2] !== 0) v = (v + 1) & (vocabSize - 1);
    vocabTable[v * 2] = key;
    vocabTable[v * 2 + 1] = id;
  }
  // The same transitions in the layouts the scan reads (see Tables).
  const rootNext = new Int32Array(vocab.size + 1);
  const node = new Int32Array(states * 4);
  let several = 0;
  children.forEach((kids, state) => {
    node[state * 4 + 2] = fail[state] as number;
    if (state > 0 && ((ends[state] as number[]).length > 0 || (out[state] as number) > 0)) node[state * 4 + 3] = 1;
    if (state === 0) for (let i = 0; i < kids.length; i += 2) rootNext[kids[i + 1] as number] = kids[i] as number;
    else if (kids.length === 2) {
      node[state * 4] = kids[1] as number;
      node[state * 4 + 1] = kids[0] as number;
    } else if (kids.length === 0) node[state * 4] = NONE;
    else {
      node[state * 4] = PROBE;
      several += kids.length / 2;
    }
  });
  let small = 16;
  while (small < several * 2) small *= 2;
  const trans = new Int32Array(small * 3).fill(-1);
  children.forEach((kids, state) => {
    if (state === 0 || node[state * 4] !== PROBE) return;
    for (let i = 0; i < kids.length; i += 2) {
      const word = kids[i + 1] as number;
      let s = (Math.imul(state, 0x9e3779b1) ^ Math.imul(word, 0x85ebca77)) & (small - 1);
      while (trans[s * 3] !== -1) s = (s + 1) & (small - 1);
      trans[s * 3] = state;
      trans[s * 3 + 1] = word;
      trans[s * 3 + 2] = kids[i] as number;
    }
  });
  return matcherFromTables({
    needles: needles.length,
    vocab: vocabTable,
    vocabMask: vocabSize - 1,
    trans,
    mask: small - 1,
    rootNext,
    node,
    out,
    ends: ends.map((e) => (e.length > 0 ? Int32Array.from(e) : undefined)),
    depth: Int32Array.from(depth),
    check,
    ringMask: (1 << Math.ceil(Math.log2(longest + 1))) - 1,
    states,
  });
}

/** A matcher over tables another thread built (buildMatcher's `tables`). */
export function matcherFromTables(tables: MatcherTables): Matcher {
  return {
    needles: tables.needles,
    tables,
    scan(text, found) {
      if (tables.states > 1) scanText(text, tables, found);
    },
  };
}

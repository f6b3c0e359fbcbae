/**
 * One pass over a text against every needle at once: an Aho-Corasick
 * automaton whose alphabet is words. The text is read character by
 * character; each word is hashed as it is read (no substrings), looked up in
 * the needles' vocabulary, and moves the automaton one step. A word no needle
 * contains sends it back to the start. The cost is one table lookup per
 * character and one map lookup per word, whatever the number of needles.
 *
 * Hashes can collide, so every match is confirmed against the real words
 * before it is reported: a collision can cost time, never a false finding.
 */

/** Character classes: 0 separates words; anything else is the character's code with ASCII upper case folded. */
const CLASS = buildClasses();

function buildClasses(): Uint16Array {
  const table = new Uint16Array(65536);
  const wordChar = /[\p{L}\p{N}]/u;
  for (let c = 0; c < 65536; c++) {
    if (c >= 0x41 && c <= 0x5a) table[c] = c + 32;
    else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) table[c] = c;
    // Surrogate halves belong to letters outside the BMP; the text was folded before, so keep them whole.
    else if (c >= 0xd800 && c <= 0xdfff) table[c] = c;
    else if (c >= 0x80 && wordChar.test(String.fromCharCode(c))) table[c] = c;
  }
  return table;
}

const HASH_SEED = 0x811c9dc5 | 0;
const HASH_PRIME = 0x01000193;
/** Hashes are kept to 30 bits so that they are small integers, the fast kind of map key. */
const HASH_MASK = 0x3fffffff;

function hashWord(word: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ (CLASS[word.charCodeAt(i)] as number), HASH_PRIME);
  return h & HASH_MASK;
}

/** The words of a text as the matcher reads them (folded ASCII case, split at anything that is not a letter or digit). */
export function splitWords(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const k = i < text.length ? (CLASS[text.charCodeAt(i)] as number) : 0;
    if (k !== 0 && start < 0) start = i;
    else if (k === 0 && start >= 0) {
      out.push(foldWord(text.slice(start, i)));
      start = -1;
    }
  }
  return out;
}

function foldWord(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) out += String.fromCharCode(CLASS[word.charCodeAt(i)] as number);
  return out;
}

export interface Matcher {
  /** Calls `found(needle, start)` for every needle in `text` (start: offset of its first word). */
  scan(text: string, found: (needle: number, start: number) => void): void;
  readonly needles: number;
}

/** Builds the automaton for needles given as word lists (from splitWords); a needle's number is its index. */
export function buildMatcher(needles: readonly (readonly string[])[]): Matcher {
  const vocab = new Map<number, number>();
  const wordId = (word: string) => {
    const h = hashWord(word);
    let id = vocab.get(h);
    if (id === undefined) {
      id = vocab.size + 1;
      vocab.set(h, id);
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
  needles.forEach((words, index) => {
    if (words.length === 0) return;
    let state = 0;
    for (const word of words) {
      const id = wordId(word);
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
  const endList = ends.map((e) => (e.length > 0 ? Int32Array.from(e) : undefined));
  const needleWords = needles.map((w) => w.slice());
  const depthOf = Int32Array.from(depth);
  const ring = 1 << Math.max(1, Math.ceil(Math.log2(needles.reduce((n, w) => Math.max(n, w.length), 2) + 1)));
  const ringMask = ring - 1;

  return {
    needles: needles.length,
    scan(text, found) {
      if (states === 1) return;
      const starts = new Int32Array(ring);
      const endsAt = new Int32Array(ring);
      let count = 0;
      let state = 0;
      let h = HASH_SEED;
      let wordStart = -1;
      const length = text.length;
      const report = (at: number) => {
        for (let s = at; s > 0; s = out[s] as number) {
          const list = endList[s];
          if (!list) continue;
          const n = depthOf[s] as number;
          for (const needle of list) if (confirm(needle, n)) found(needle, starts[(count - n) & ringMask] as number);
        }
      };
      const confirm = (needle: number, n: number): boolean => {
        const words = needleWords[needle] as string[];
        for (let j = 0; j < n; j++) {
          const r = (count - n + j) & ringMask;
          if (foldWord(text.slice(starts[r] as number, endsAt[r] as number)) !== words[j]) return false;
        }
        return true;
      };
      for (let i = 0; i <= length; i++) {
        const k = i < length ? (CLASS[text.charCodeAt(i)] as number) : 0;
        if (k !== 0) {
          if (wordStart < 0) {
            wordStart = i;
            h = HASH_SEED;
          }
          h = Math.imul(h ^ k, HASH_PRIME);
          continue;
        }
        if (wordStart < 0) continue;
        const id = vocab.get(h & HASH_MASK);
        const r = count & ringMask;
        starts[r] = wordStart;
        endsAt[r] = i;
        count++;
        wordStart = -1;
        if (id === undefined) {
          state = 0;
          continue;
        }
        let next = get(state, id);
        while (next === -1 && state !== 0) {
          state = fail[state] as number;
          next = get(state, id);
        }
        state = next === -1 ? 0 : next;
        if (state !== 0 && (endList[state] !== undefined || (out[state] as number) > 0)) report(state);
      }
    },
  };
}

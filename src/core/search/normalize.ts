/** Text normalisation and matching rules, shared by the index, the query and `highlight`. */
import type { Lang } from '../ids.js';


const NON_ASCII = /[\u0080-\uffff]/;
const MARKS = /\p{M}+/gu;
/** A word of normalised text: letters and digits, apostrophes inside a word kept (and dropped later). */
const WORD = /[\p{L}\p{N}]+(?:['\u2019\u02bc][\p{L}\p{N}]+)*/gu;
/** The same on raw text, where combining marks are still part of a word. */
export const RAW_WORD = /[\p{L}\p{M}\p{N}]+(?:['\u2019\u02bc][\p{L}\p{M}\p{N}]+)*/gu;
export const APOSTROPHES = /['\u2019\u02bc]/g;

/** Lower-case, strip diacritics (NFD + remove combining marks), so "Creëer" → "creeer". */
export function normalize(text: string): string {
  const lower = text.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(MARKS, '') : lower;
}

/** The words of a text as index terms: normalised, apostrophes dropped ("collega's" → "collegas"). */
export function tokenize(text: string): string[] {
  return normalize(text).match(WORD)?.map((w) => w.replace(APOSTROPHES, '')) ?? [];
}

/** Most edits a query word of this length may be away from a word it matches. */
export function maxEdits(length: number): number {
  return length >= 9 ? 2 : length >= 5 ? 1 : 0;
}
/** Shortest query word that also matches inside a longer word (Dutch compounds). */
export const MIN_INFIX = 5;

// How a match counts towards the score, relative to an exact word.
export const EXACT = 1;
export const PREFIX = 0.7;
export const INFIX = 0.4;
/** By number of edits (0 = the exact word or, for prefixes, a plain prefix). */
export const FUZZY = [EXACT, 0.3, 0.15];

/**
 * Typo matching of one query word against words, character by character: row k of the
 * optimal-string-alignment matrix (Levenshtein + adjacent transpositions) holds the distances
 * between the word's first k characters and every prefix of the query. Rows depend only on the
 * word's prefix, so words that share a prefix (neighbours in the sorted vocabulary) share rows,
 * and once a row's minimum exceeds `max` no word with that prefix can match.
 *
 * Two results per word: the distance to the whole word ("feedbak" → feedback), and the smallest
 * distance to any prefix of it (a typo in a word still being typed, or an inflection:
 * "vertrouwenspersoon" → vertrouwenspersonen).
 */
export class Typos {
  readonly max: number;
  private readonly codes: Int32Array;
  private readonly width: number;
  private readonly rows: Int32Array;
  /** Per depth k: the smallest distance from the query to a prefix of length ≤ k. */
  private readonly best: Int32Array;

  constructor(query: string, max: number) {
    this.max = max;
    this.codes = Int32Array.from(query, (_, i) => query.charCodeAt(i));
    this.width = query.length + 1;
    // Every cell of row k is at least k − query.length, so a word is cut off by row
    // query.length + max + 1 at the latest: that many rows always suffice.
    const depth = query.length + max + 2;
    this.rows = new Int32Array(this.width * depth);
    this.best = new Int32Array(depth);
    for (let i = 0; i < this.width; i++) this.rows[i] = i;
    this.best[0] = query.length;
  }

  /**
   * Compute row `k` for `word` (rows below k must belong to the same prefix); returns the row's
   * minimum. Only the band |i − k| ≤ max is computed: cells outside it exceed `max` anyway, and
   * the cells just outside are set to a large value for the next rows to read.
   */
  step(word: string, k: number): number {
    const { codes, width, max, rows } = this;
    const c = word.charCodeAt(k - 1);
    const before = k > 1 ? word.charCodeAt(k - 2) : -1;
    const at = k * width;
    const up = at - width;
    const lo = k - max > 1 ? k - max : 1;
    const hi = k + max < width - 1 ? k + max : width - 1;
    rows[at + lo - 1] = lo === 1 ? k : FAR;
    if (hi + 1 < width) rows[at + hi + 1] = FAR;
    let min = lo === 1 ? k : FAR;
    for (let i = lo; i <= hi; i++) {
      const q = codes[i - 1];
      let v = rows[up + i - 1] + (q === c ? 0 : 1);
      const del = rows[up + i] + 1;
      if (del < v) v = del;
      const ins = rows[at + i - 1] + 1;
      if (ins < v) v = ins;
      if (q === before && i > 1 && codes[i - 2] === c) {
        const swap = rows[up - width + i - 2] + 1;
        if (swap < v) v = swap;
      }
      rows[at + i] = v;
      if (v < min) min = v;
    }
    const last = hi === width - 1 ? rows[at + hi] : FAR;
    const best = this.best[k - 1];
    this.best[k] = last < best ? last : best;
    return min;
  }

  /** Score factor for a word whose rows are computed up to `k` (= its length, or where it was cut off). */
  factor(k: number, complete: boolean): number {
    const full = complete && Math.abs(k - this.width + 1) <= this.max ? this.rows[k * this.width + this.width - 1] : FAR;
    const prefix = this.best[k];
    const a = full <= this.max ? FUZZY[full] : 0;
    const b = prefix <= this.max ? FUZZY[prefix] * PREFIX : 0;
    return a > b ? a : b;
  }

  /** Score factor of one word on its own. */
  match(word: string): number {
    for (let k = 1; k <= word.length; k++) if (this.step(word, k) > this.max) return this.factor(k - 1, false);
    return this.factor(word.length, true);
  }
}

/** "Too far": larger than any edit distance we look for. */
const FAR = 1 << 20;

/** Whether a query word matches a word (both normalised) the way the engine matches terms. */
export function matcher(query: string): (word: string) => boolean {
  const max = maxEdits(query.length);
  const typos = max > 0 ? new Typos(query, max) : null;
  return (word) =>
    word.startsWith(query) || (query.length >= MIN_INFIX && word.includes(query)) || (typos !== null && typos.match(word) > 0);
}

// Very common words, ignored when a query has other words too. Short on purpose: only words that
// say nothing about an intervention.
export const STOP_WORDS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  nl: new Set(
    (
      'de het een en of van in op te ten ter voor met bij aan om is die dat dit deze der des er als zijn was naar door over ook tot uit ' +
      'je jouw jullie uw u we wij ze zij hij zich hoe wat wie waar wanneer niet geen maar dan nog wel al zo'
    ).split(' '),
  ),
  en: new Set(
    (
      'a an the and or of to in on for with at by from as is are was be been it its that this these those your you we our ' +
      'they their how what who when where which not no into about'
    ).split(' '),
  ),
};


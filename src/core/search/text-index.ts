/**
 * The text half of the search index: a sorted vocabulary with trigram and prefix lookups and BM25F
 * postings as flat typed arrays, built once per catalogue and language. The facet half is
 * `facets.ts`.
 */
import type { Catalogue } from '../catalogue.js';
import { localize } from '../i18n.js';
import type { Lang } from '../ids.js';
import type { Intervention } from '../schema.js';
import { EXACT, INFIX, MIN_INFIX, PREFIX, STOP_WORDS, Typos, maxEdits, tokenize } from './normalize.js';


interface Field {
  weight: number;
  /** BM25 length normalisation: 0 = none, 1 = full. */
  b: number;
  texts: (item: Intervention, lang: Lang, catalogue: Catalogue) => string[];
}

const FIELDS: readonly Field[] = [
  { weight: 4, b: 0.5, texts: (item, lang) => [localize(item.title, lang)] },
  { weight: 1, b: 0.75, texts: (item, lang) => [localize(item.summary, lang)] },
  {
    weight: 0.7,
    b: 0.75,
    texts: (item, lang) => (item.details ? Object.values(item.details).map((text) => (text === undefined ? '' : localize(text, lang))) : []),
  },
  { weight: 1, b: 0.3, texts: (item) => item.sources },
  { weight: 0.8, b: 0.3, texts: (item, lang) => item.links.map((link) => (link.label ? localize(link.label, lang) : '')) },
  // The names of the item's factors: a visitor types "mobiliteit" or "taakvariatie" and expects
  // the items for that factor, even where their own text does not use the word.
  {
    weight: 0.5,
    b: 0,
    texts: (item, lang, catalogue) =>
      item.factors.map((id) => {
        const factor = catalogue.factorById.get(id);
        return factor ? localize(factor.title, lang) : '';
      }),
  },
];

export const K1 = 1.2;

export class TextIndex {
  readonly size: number;
  readonly stopWords: ReadonlySet<string>;
  /** Sorted vocabulary; a term's id is its position. */
  readonly terms: string[];
  /** Per term, the length of the prefix it shares with the term before it (typo lookups). */
  readonly lcp: Int32Array;
  /** Trigram → terms that contain it after their first character (compound lookups). */
  readonly trigrams: Map<number, number[]>;
  /** Postings: items and BM25F weights of term t at postStart[t] … postStart[t + 1]. */
  readonly postStart: Int32Array;
  readonly postItem: Int32Array;
  readonly postWeight: Float32Array;
  /** Scratch for counting distinct items per query word (generation-stamped, never cleared; a float never wraps). */
  readonly seen: Float64Array;
  generation = 0;
  /** Per-query scratch, cleared at the start of every query (saves allocating and collecting it). */
  readonly scores: Float64Array;
  readonly acc: Float64Array;
  readonly matched: Uint8Array;

  constructor(catalogue: Catalogue, lang: Lang) {
    const items = catalogue.interventions;
    const n = items.length;
    this.size = n;
    this.stopWords = STOP_WORDS[lang];

    // Pass 1: tokens of every field of every item, as provisional term ids.
    const vocab = new Map<string, number>();
    const words: string[] = [];
    const fieldTokens: number[][] = [];
    const lengthSum = new Float64Array(FIELDS.length);
    for (let d = 0; d < n; d++) {
      for (let f = 0; f < FIELDS.length; f++) {
        const ids: number[] = [];
        for (const text of FIELDS[f].texts(items[d], lang, catalogue)) {
          for (const token of tokenize(text)) {
            let id = vocab.get(token);
            if (id === undefined) {
              id = words.length;
              // A long match can be a view into the whole normalised text; copy it so that the
              // vocabulary does not keep every such text alive.
              const term = token.length > 12 ? (' ' + token).slice(1) : token;
              vocab.set(term, id);
              words.push(term);
            }
            ids.push(id);
          }
        }
        fieldTokens.push(ids);
        lengthSum[f] += ids.length;
      }
    }

    // Sort the vocabulary; remap provisional ids to sorted positions.
    const v = words.length;
    const order = Array.from({ length: v }, (_, i) => i).sort((a, b) => (words[a] < words[b] ? -1 : 1));
    const remap = new Int32Array(v);
    this.terms = order.map((old, i) => {
      remap[old] = i;
      return words[old];
    });

    // Pass 2: per item, the BM25F weight of each distinct term (forward index), and document frequencies.
    const avg = Array.from(lengthSum, (sum) => Math.max(sum / n, 1));
    const acc = new Float64Array(v);
    const df = new Int32Array(v + 1);
    const fwdStart = new Int32Array(n + 1);
    const fwdTerm: number[] = [];
    const fwdWeight: number[] = [];
    const touched: number[] = [];
    for (let d = 0; d < n; d++) {
      for (let f = 0; f < FIELDS.length; f++) {
        const tokens = fieldTokens[d * FIELDS.length + f];
        const { weight, b } = FIELDS[f];
        const w = weight / (1 - b + (b * tokens.length) / avg[f]);
        for (let i = 0; i < tokens.length; i++) {
          const t = remap[tokens[i]];
          if (acc[t] === 0) touched.push(t);
          acc[t] += w;
        }
      }
      for (const t of touched) {
        fwdTerm.push(t);
        fwdWeight.push(acc[t]);
        acc[t] = 0;
        df[t + 1]++;
      }
      touched.length = 0;
      fwdStart[d + 1] = fwdTerm.length;
    }

    // Invert: term → items (in catalogue order), by counting sort.
    for (let t = 0; t < v; t++) df[t + 1] += df[t];
    this.postStart = df;
    const fill = df.slice(0, v);
    this.postItem = new Int32Array(fwdTerm.length);
    this.postWeight = new Float32Array(fwdTerm.length);
    for (let d = 0; d < n; d++) {
      for (let p = fwdStart[d]; p < fwdStart[d + 1]; p++) {
        const at = fill[fwdTerm[p]]++;
        this.postItem[at] = d;
        this.postWeight[at] = fwdWeight[p];
      }
    }

    // Lookup structures over the vocabulary.
    this.lcp = new Int32Array(v);
    this.trigrams = new Map();
    for (let t = 0; t < v; t++) {
      const term = this.terms[t];
      // Terms are distinct, and charCodeAt past the end is NaN: the loop stops at the first difference.
      const before = t ? this.terms[t - 1] : '';
      let k = 0;
      while (term.charCodeAt(k) === before.charCodeAt(k)) k++;
      this.lcp[t] = k;
      // Only terms longer than the shortest compound query can contain one after their start.
      for (let p = 1; p + 3 <= term.length && term.length > MIN_INFIX; p++) {
        const key = trigram(term, p);
        const list = this.trigrams.get(key);
        if (!list) this.trigrams.set(key, [t]);
        else if (list.at(-1) !== t) list.push(t);
      }
    }

    this.seen = new Float64Array(n);
    this.scores = new Float64Array(n);
    this.acc = new Float64Array(n);
    this.matched = new Uint8Array(n);
  }

  /** The vocabulary terms a query word matches, each with its score factor. */
  expand(query: string): { ids: number[]; factors: number[] } {
    const { terms, lcp } = this;
    const ids: number[] = [];
    const factors: number[] = [];
    // Each term counts once, with the first (best) way it matched.
    const taken = new Set<number>();
    const add = (t: number, factor: number) => {
      if (!taken.has(t)) {
        taken.add(t);
        ids.push(t);
        factors.push(factor);
      }
    };

    // Exact and prefix: a contiguous range of the sorted vocabulary.
    for (let t = lowerBound(terms, query); t < terms.length && terms[t].startsWith(query); t++) {
      add(t, terms[t].length === query.length ? EXACT : PREFIX);
    }

    // Inside a longer word (compounds): the terms under the query's rarest trigram, checked.
    if (query.length >= MIN_INFIX) {
      let candidates: number[] | undefined;
      for (let p = 0; p + 3 <= query.length; p++) {
        const list = this.trigrams.get(trigram(query, p));
        if (!list) {
          candidates = undefined;
          break;
        }
        if (!candidates || list.length < candidates.length) candidates = list;
      }
      for (const t of candidates ?? []) if (terms[t].indexOf(query, 1) > 0) add(t, INFIX);
    }

    // Typos: walk the sorted vocabulary like a trie, reusing the rows of the prefix a term shares
    // with the previous one (`lcp`) and skipping every term under a prefix that is already too far off.
    const max = maxEdits(query.length);
    if (max > 0) {
      const typos = new Typos(query, max);
      let valid = 0; // rows 1..valid hold the previous term's first `valid` characters
      for (let t = 0; t < terms.length; ) {
        const term = terms[t];
        let k = lcp[t] < valid ? lcp[t] : valid;
        let cut = 0;
        while (!cut && k < term.length) if (typos.step(term, ++k) > max) cut = k;
        valid = cut ? cut - 1 : term.length;
        const factor = typos.factor(valid, !cut);
        // Once cut off, no term starting with term[0..cut) is within reach as a whole word; all of
        // them share the best distance to a prefix, though (a typo in a word still being typed).
        do if (factor > 0) add(t, factor);
        while (++t < terms.length && cut && lcp[t] >= cut);
      }
    }
    return { ids, factors };
  }
}

/** Three characters of `text` from `at` as one number (for the compound lookup). */
export function trigram(text: string, at: number): number {
  return (text.charCodeAt(at) * 65536 + text.charCodeAt(at + 1)) * 65536 + text.charCodeAt(at + 2);
}

/** The first position in sorted `list` whose value is not below `value`. */
export function lowerBound(list: readonly string[], value: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The intervention finder's query engine: full text + facets. Pure: no DOM, no Lit.
 *
 *   const index = buildSearchIndex(catalogue, 'nl');   // once per catalogue and language
 *   const { hits, total, counts } = search(index, { text: 'werkdruk', levels: ['task'], sort: 'relevance' });
 *
 * Text: title, summary, study details, sources, link labels and the names of the item's factors,
 * in the index's language, weighted per field (title strongest). Per query word, best first:
 *   exact word > word prefix (`taakvar` → taakvariatie) > inside a longer word, for query words of
 *   5+ characters (Dutch compounds: `variatie` → taakvariatie) > typo, for 5+ characters
 *   (Damerau–Levenshtein distance 1, 2 from 9 characters; `feedbak` → feedback), also in a prefix
 *   (`vertrouwenspersoon` → vertrouwenspersonen).
 * Every query word must match; very common stop words are ignored when other words are present.
 * Only when no item matches every word do the items matching the most words come back (each
 * hit's `terms` then says which words it matched), rather than nothing.
 * Ranking is BM25F: per field weights and length normalisation, one "virtual term" per query word
 * whose weight sums its matches (each scaled by how it matched) and whose idf counts the items
 * any of them occurs in.
 *
 * Facets: OR within a facet, AND across facets; counts are disjunctive (each facet's counts
 * ignore that facet's own selection), with a zero entry for every value.
 *
 * Data layout, for 10,000 items: the vocabulary is sorted (prefix = binary search), indexed by
 * trigram (compound lookup: only the terms under the query's rarest trigram are checked) and
 * walked like a trie for typos (rows of the edit-distance matrix shared between neighbours,
 * whole subtrees skipped once too far off); postings are flat typed arrays (term → items,
 * weights), facet values small typed arrays per item, the title and level orders are sorted once
 * at build time, and per-query scratch arrays are reused. Indexes are not meant to be shared
 * across threads (a query borrows the index's scratch space while it runs).
 */
import type { Catalogue } from './catalogue.js';
import {
  EVIDENCE_IDS,
  EVIDENCE_STRENGTH,
  LEVEL_IDS,
  PHASE_IDS,
  type EvidenceId,
  type Lang,
  type LevelId,
  type PhaseId,
} from './ids.js';
import { localize } from './i18n.js';
import type { Intervention } from './schema.js';

export interface SearchFilters {
  levels?: readonly LevelId[];
  factors?: readonly string[];
  phases?: readonly PhaseId[];
  evidence?: readonly EvidenceId[];
}

export type SortOrder = 'relevance' | 'evidence' | 'level' | 'title';
export const SORT_ORDERS: readonly SortOrder[] = Object.freeze(['relevance', 'evidence', 'level', 'title'] as const);

export interface SearchQuery extends SearchFilters {
  text?: string;
  sort?: SortOrder;
}

export interface SearchHit {
  item: Intervention;
  score: number;
  /** normalised query terms that matched this item, for highlighting */
  terms: string[];
}

export interface FacetCounts {
  level: Map<LevelId, number>;
  factor: Map<string, number>;
  phase: Map<PhaseId, number>;
  evidence: Map<EvidenceId, number>;
}

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  counts: FacetCounts;
  /** True when no item matched every query word and the hits match only some of them. */
  partial: boolean;
}

/** A prepared index for one catalogue in one language; build it with `buildSearchIndex`. */
export interface SearchIndex {
  readonly lang: Lang;
  readonly size: number;
}

// ---------------------------------------------------------------------------------------------
// Text normalisation and matching rules (shared by the engine and `highlight`)

const NON_ASCII = /[\u0080-\uffff]/;
const MARKS = /\p{M}+/gu;
/** A word of normalised text: letters and digits, apostrophes inside a word kept (and dropped later). */
const WORD = /[\p{L}\p{N}]+(?:['\u2019\u02bc][\p{L}\p{N}]+)*/gu;
/** The same on raw text, where combining marks are still part of a word. */
const RAW_WORD = /[\p{L}\p{M}\p{N}]+(?:['\u2019\u02bc][\p{L}\p{M}\p{N}]+)*/gu;
const APOSTROPHES = /['\u2019\u02bc]/g;

/** Lower-case, strip diacritics (NFD + remove combining marks), so "Creëer" → "creeer". */
export function normalize(text: string): string {
  const lower = text.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(MARKS, '') : lower;
}

/** The words of a text as index terms: normalised, apostrophes dropped ("collega's" → "collegas"). */
function tokenize(text: string): string[] {
  const words = normalize(text).match(WORD);
  if (!words) return [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.length > 1 && (w.includes("'") || w.includes('\u2019') || w.includes('\u02bc'))) words[i] = w.replace(APOSTROPHES, '');
  }
  return words;
}

/** Most edits a query word of this length may be away from a word it matches. */
function maxEdits(length: number): number {
  return length >= 9 ? 2 : length >= 5 ? 1 : 0;
}
/** Shortest query word that also matches inside a longer word (Dutch compounds). */
const MIN_INFIX = 5;

// How a match counts towards the score, relative to an exact word.
const EXACT = 1;
const PREFIX = 0.7;
const INFIX = 0.4;
/** By number of edits (0 = the exact word or, for prefixes, a plain prefix). */
const FUZZY = [EXACT, 0.3, 0.15];

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
class Typos {
  readonly max: number;
  private readonly codes: Int32Array;
  private readonly width: number;
  private rows: Int32Array;
  /** Per depth k: the smallest distance from the query to a prefix of length ≤ k. */
  private best: Int32Array;

  constructor(query: string, max: number, longest = 32) {
    this.max = max;
    this.codes = Int32Array.from(query, (_, i) => query.charCodeAt(i));
    this.width = query.length + 1;
    this.rows = new Int32Array(this.width * (longest + 2));
    this.best = new Int32Array(longest + 2);
    for (let i = 0; i < this.width; i++) this.rows[i] = i;
    this.best[0] = query.length;
  }

  /**
   * Compute row `k` for `word` (rows below k must belong to the same prefix); returns the row's
   * minimum. Only the band |i − k| ≤ max is computed: cells outside it exceed `max` anyway, and
   * the cells just outside are set to a large value for the next rows to read.
   */
  step(word: string, k: number): number {
    const { codes, width, max } = this;
    if ((k + 1) * width > this.rows.length) this.grow();
    const rows = this.rows;
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

  private grow(): void {
    const rows = new Int32Array(this.rows.length * 2);
    rows.set(this.rows);
    this.rows = rows;
    const best = new Int32Array(this.best.length * 2);
    best.set(this.best);
    this.best = best;
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
function matcher(query: string): (word: string) => boolean {
  const max = maxEdits(query.length);
  const typos = max > 0 ? new Typos(query, max) : null;
  return (word) =>
    word.startsWith(query) || (query.length >= MIN_INFIX && word.includes(query)) || (typos !== null && typos.match(word) > 0);
}

// Very common words, ignored when a query has other words too. Short on purpose: only words that
// say nothing about an intervention.
const STOP_WORDS: Readonly<Record<Lang, ReadonlySet<string>>> = {
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

// ---------------------------------------------------------------------------------------------
// Index

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

const K1 = 1.2;

class Index implements SearchIndex {
  readonly lang: Lang;
  readonly size: number;
  readonly items: readonly Intervention[];
  readonly stopWords: ReadonlySet<string>;
  /** Sorted vocabulary; a term's id is its position. */
  readonly terms: string[];
  /** Length of the longest term. */
  readonly longest: number;
  /** Per term, the length of the prefix it shares with the term before it (typo lookups). */
  readonly lcp: Uint16Array;
  /** Trigram → terms that contain it after their first character (compound lookups). */
  readonly trigrams: Map<number, number[]>;
  /** Postings: items and BM25F weights of term t at postStart[t] … postStart[t + 1]. */
  readonly postStart: Int32Array;
  readonly postItem: Int32Array;
  readonly postWeight: Float32Array;
  /** Facet values per item: level and evidence index, phases bitmask, factor indexes (CSR). */
  readonly level: Uint8Array;
  readonly evidence: Uint8Array;
  readonly phases: Uint8Array;
  readonly factorStart: Int32Array;
  readonly factorList: Int32Array;
  readonly factorIds: readonly string[];
  readonly factorIndex: ReadonlyMap<string, number>;
  /** Item indexes in title order, and in level-then-title order. */
  readonly byTitle: Int32Array;
  readonly byLevel: Int32Array;
  /** Scratch for counting distinct items per query word (generation-stamped, never cleared). */
  readonly seen: Uint32Array;
  generation = 0;
  /** Per-query scratch, cleared at the start of every query (saves allocating and collecting it). */
  readonly scores: Float64Array;
  readonly acc: Float64Array;
  readonly matched: Uint8Array;
  readonly isHit: Uint8Array;

  constructor(catalogue: Catalogue, lang: Lang) {
    const items = catalogue.interventions;
    const n = items.length;
    this.lang = lang;
    this.size = n;
    this.items = items;
    this.stopWords = STOP_WORDS[lang];

    // Pass 1: tokens of every field of every item, as provisional term ids.
    const vocab = new Map<string, number>();
    const words: string[] = [];
    const fieldTokens: Int32Array[] = new Array(n * FIELDS.length);
    const lengthSum = new Float64Array(FIELDS.length);
    let scratch = new Int32Array(256);
    for (let d = 0; d < n; d++) {
      for (let f = 0; f < FIELDS.length; f++) {
        let count = 0;
        for (const text of FIELDS[f].texts(items[d], lang, catalogue)) {
          if (!text) continue;
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
            if (count === scratch.length) {
              const grown = new Int32Array(count * 2);
              grown.set(scratch);
              scratch = grown;
            }
            scratch[count++] = id;
          }
        }
        fieldTokens[d * FIELDS.length + f] = scratch.slice(0, count);
        lengthSum[f] += count;
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
    const avg = Array.from(lengthSum, (sum) => Math.max(sum / Math.max(n, 1), 1));
    const acc = new Float64Array(v);
    const df = new Int32Array(v + 1);
    const fwdStart = new Int32Array(n + 1);
    let fwdTerm = new Int32Array(Math.max(1024, n * 64));
    let fwdWeight = new Float32Array(fwdTerm.length);
    let fwdLength = 0;
    const touched: number[] = [];
    for (let d = 0; d < n; d++) {
      for (let f = 0; f < FIELDS.length; f++) {
        const tokens = fieldTokens[d * FIELDS.length + f];
        if (!tokens.length) continue;
        const { weight, b } = FIELDS[f];
        const w = weight / (1 - b + (b * tokens.length) / avg[f]);
        for (let i = 0; i < tokens.length; i++) {
          const t = remap[tokens[i]];
          if (acc[t] === 0) touched.push(t);
          acc[t] += w;
        }
      }
      if (fwdLength + touched.length > fwdTerm.length) {
        const size = Math.max(fwdTerm.length * 2, fwdLength + touched.length);
        const terms = new Int32Array(size);
        terms.set(fwdTerm);
        fwdTerm = terms;
        const weights = new Float32Array(size);
        weights.set(fwdWeight);
        fwdWeight = weights;
      }
      for (const t of touched) {
        fwdTerm[fwdLength] = t;
        fwdWeight[fwdLength++] = acc[t];
        acc[t] = 0;
        df[t + 1]++;
      }
      touched.length = 0;
      fwdStart[d + 1] = fwdLength;
    }

    // Invert: term → items (in catalogue order), by counting sort.
    for (let t = 0; t < v; t++) df[t + 1] += df[t];
    this.postStart = df;
    const fill = df.slice(0, v);
    this.postItem = new Int32Array(fwdLength);
    this.postWeight = new Float32Array(fwdLength);
    for (let d = 0; d < n; d++) {
      for (let p = fwdStart[d]; p < fwdStart[d + 1]; p++) {
        const at = fill[fwdTerm[p]]++;
        this.postItem[at] = d;
        this.postWeight[at] = fwdWeight[p];
      }
    }

    // Lookup structures over the vocabulary.
    this.lcp = new Uint16Array(v);
    this.longest = this.terms.reduce((n, term) => Math.max(n, term.length), 0);
    this.trigrams = new Map();
    for (let t = 0; t < v; t++) {
      const term = this.terms[t];
      if (t > 0) {
        const before = this.terms[t - 1];
        let k = 0;
        while (k < term.length && k < before.length && k < 0xffff && term.charCodeAt(k) === before.charCodeAt(k)) k++;
        this.lcp[t] = k;
      }
      // Only terms longer than the shortest compound query can contain one after their start.
      for (let p = 1; p + 3 <= term.length && term.length > MIN_INFIX; p++) {
        const key = trigram(term, p);
        const list = this.trigrams.get(key);
        if (!list) this.trigrams.set(key, [t]);
        else if (list[list.length - 1] !== t) list.push(t);
      }
    }

    // Facets.
    const levelIndex = new Map<string, number>(LEVEL_IDS.map((id, i) => [id, i]));
    const phaseIndex = new Map<string, number>(PHASE_IDS.map((id, i) => [id, i]));
    const evidenceIndex = new Map<string, number>(EVIDENCE_IDS.map((id, i) => [id, i]));
    this.factorIds = [...catalogue.factorById.keys()];
    const factorIndex = new Map(this.factorIds.map((id, i) => [id, i]));
    this.factorIndex = factorIndex;
    this.level = new Uint8Array(n);
    this.evidence = new Uint8Array(n);
    this.phases = new Uint8Array(n);
    this.factorStart = new Int32Array(n + 1);
    const factorList: number[] = [];
    items.forEach((item, d) => {
      this.level[d] = levelIndex.get(item.level) ?? 0;
      this.evidence[d] = evidenceIndex.get(item.evidence) ?? 0;
      for (const phase of item.phases) this.phases[d] |= 1 << (phaseIndex.get(phase) ?? 0);
      for (const factor of item.factors) {
        const f = factorIndex.get(factor);
        if (f !== undefined && !factorList.slice(this.factorStart[d]).includes(f)) factorList.push(f);
      }
      this.factorStart[d + 1] = factorList.length;
    });
    this.factorList = Int32Array.from(factorList);

    // Sort orders that do not depend on the query.
    const collator = new Intl.Collator(lang, { sensitivity: 'base' });
    const titles = items.map((item) => localize(item.title, lang));
    const all = Array.from({ length: n }, (_, d) => d);
    const byTitle = all.sort((a, b) => collator.compare(titles[a], titles[b]) || a - b);
    const titleRank = new Int32Array(n);
    byTitle.forEach((d, rank) => (titleRank[d] = rank));
    this.byTitle = Int32Array.from(byTitle);
    this.byLevel = Int32Array.from(byTitle).sort((a, b) => this.level[a] - this.level[b] || titleRank[a] - titleRank[b]);

    this.seen = new Uint32Array(n);
    this.scores = new Float64Array(n);
    this.acc = new Float64Array(n);
    this.matched = new Uint8Array(n);
    this.isHit = new Uint8Array(n);
  }

  /** The vocabulary terms a query word matches, each with its score factor. */
  expand(query: string): { ids: number[]; factors: number[] } {
    const { terms } = this;
    const ids: number[] = [];
    const factors: number[] = [];
    const taken = new Set<number>(); // matched inside a word (prefix matches are the range first…afterPrefix)

    // Exact and prefix: a contiguous range of the sorted vocabulary.
    const first = lowerBound(terms, query, 0);
    let afterPrefix = first;
    while (afterPrefix < terms.length && terms[afterPrefix].startsWith(query)) {
      ids.push(afterPrefix);
      factors.push(terms[afterPrefix].length === query.length ? EXACT : PREFIX);
      afterPrefix++;
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
      for (const t of candidates ?? []) {
        if (t >= first && t < afterPrefix) continue;
        if (terms[t].indexOf(query, 1) > 0) {
          ids.push(t);
          factors.push(INFIX);
          taken.add(t);
        }
      }
    }

    // Typos: walk the sorted vocabulary like a trie, reusing the rows of the prefix a term shares
    // with the previous one (`lcp`) and skipping every term under a prefix that is already too far off.
    const max = maxEdits(query.length);
    if (max > 0) {
      const { lcp } = this;
      const typos = new Typos(query, max, this.longest);
      let valid = 0; // rows 1..valid hold the previous term's first `valid` characters
      for (let t = 0; t < terms.length; ) {
        const term = terms[t];
        let k = lcp[t] < valid ? lcp[t] : valid;
        let cut = 0;
        while (k < term.length) {
          k++;
          if (typos.step(term, k) > max) {
            cut = k;
            break;
          }
        }
        if (cut === 0) {
          valid = term.length;
          const factor = t >= first && t < afterPrefix ? 0 : typos.factor(term.length, true);
          if (factor > 0 && !taken.has(t)) {
            ids.push(t);
            factors.push(factor);
          }
          t++;
          continue;
        }
        // No term starting with term[0..cut) is within reach as a whole word; all of them share
        // the best distance to a prefix, though (a typo in a word still being typed).
        valid = cut - 1;
        let end = t + 1;
        while (end < terms.length && lcp[end] >= cut) end++;
        const factor = typos.factor(cut - 1, false);
        if (factor > 0) {
          for (let u = t; u < end; u++) {
            if ((u >= first && u < afterPrefix) || taken.has(u)) continue;
            ids.push(u);
            factors.push(factor);
          }
        }
        t = end;
      }
    }
    return { ids, factors };
  }
}

/** Three characters of `text` from `at` as one number (for the compound lookup). */
function trigram(text: string, at: number): number {
  return (text.charCodeAt(at) * 65536 + text.charCodeAt(at + 1)) * 65536 + text.charCodeAt(at + 2);
}

/** The first position in sorted `list` (from `lo`) whose value is not below `value`. */
function lowerBound(list: readonly string[], value: string, lo: number): number {
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Prepare a catalogue for searching in one language (texts are read with `localize`). */
export function buildSearchIndex(catalogue: Catalogue, lang: Lang): SearchIndex {
  return new Index(catalogue, lang);
}

/** The query's words as the engine uses them: normalised, distinct, stop words dropped when other words remain. */
function queryTerms(index: Index, text: string | undefined): string[] {
  if (!text) return [];
  const words = [...new Set(tokenize(text))];
  const content = words.filter((word) => !index.stopWords.has(word));
  return (content.length ? content : words).slice(0, 32);
}

/**
 * Items matching every query word, with their scores (BM25F summed over the query words). When no
 * item matches them all, the items matching the most of them, with a mask of the words each matched.
 */
function matchText(ix: Index, terms: readonly string[], scores: Float64Array): { items: number[]; wordMasks: Uint32Array | null } {
  const n = ix.size;
  const { acc, matched } = ix; // matched: how many query words each item has matched so far
  acc.fill(0);
  matched.fill(0);
  const expansions = terms.map((term) => ix.expand(term));
  let candidates: number[] = [];
  for (let q = 0; q < terms.length; q++) {
    candidates = scoreWord(ix, expansions[q], acc, scores, matched, q);
    for (const d of candidates) matched[d] = q + 1;
    if (candidates.length === 0) break;
  }
  if (candidates.length || terms.length === 1) return { items: candidates, wordMasks: null };

  // Relaxed pass: nobody matched every word (e.g. "werkdruk verminderen" where the text says
  // "verlichten"); rather than nothing, return the items that match the most words.
  scores.fill(0);
  const wordMasks = new Uint32Array(n);
  const words = new Uint8Array(n);
  let best = 0;
  for (let q = 0; q < terms.length; q++) {
    for (const d of scoreWord(ix, expansions[q], acc, scores, null, 0)) {
      wordMasks[d] |= 1 << q;
      if (++words[d] > best) best = words[d];
    }
  }
  const items: number[] = [];
  for (let d = 0; d < n; d++) if (best > 0 && words[d] === best) items.push(d);
  return { items, wordMasks };
}

/**
 * Add one query word's BM25 score to the items that match it (and, when `matched` is given, have
 * matched the `q` words before it); returns those items.
 * The word's weight in an item sums its matching terms, each scaled by how it matched; its idf
 * counts every item any of them occurs in.
 */
function scoreWord(
  ix: Index,
  expansion: { ids: number[]; factors: number[] },
  acc: Float64Array,
  scores: Float64Array,
  matched: Uint8Array | null,
  q: number,
): number[] {
  const { postStart, postItem, postWeight, seen, size } = ix;
  const { ids, factors } = expansion;
  if (++ix.generation === 0xffffffff) {
    seen.fill(0);
    ix.generation = 1;
  }
  const generation = ix.generation;
  let df = 0;
  const touched: number[] = [];
  for (let e = 0; e < ids.length; e++) {
    const t = ids[e];
    const factor = factors[e];
    for (let p = postStart[t], end = postStart[t + 1]; p < end; p++) {
      const d = postItem[p];
      if (seen[d] !== generation) {
        seen[d] = generation;
        df++;
      }
      if (matched && matched[d] !== q) continue;
      if (acc[d] === 0) touched.push(d);
      acc[d] += factor * postWeight[p];
    }
  }
  const idf = Math.log(1 + (size - df + 0.5) / (df + 0.5));
  for (let i = 0; i < touched.length; i++) {
    const d = touched[i];
    const a = acc[d];
    scores[d] += (idf * a * (K1 + 1)) / (a + K1);
    acc[d] = 0;
  }
  return touched;
}

/** Selected values of a facet as a lookup by index, or null when the facet is not filtered. */
function selection<T extends string>(selected: readonly T[] | undefined, index: (id: T) => number | undefined, size: number): Uint8Array | null {
  if (!selected?.length) return null;
  const on = new Uint8Array(size);
  for (const id of selected) {
    const i = index(id);
    if (i !== undefined && i >= 0) on[i] = 1;
  }
  return on;
}

/** Run a query: text match, facet filters, disjunctive facet counts, sorted hits. */
export function search(index: SearchIndex, query: SearchQuery): SearchResult {
  if (!(index instanceof Index)) throw new TypeError('search(): the index must come from buildSearchIndex()');
  const ix = index;
  const terms = queryTerms(ix, query.text);
  const scores = terms.length ? ix.scores.fill(0) : null;
  let candidates: ArrayLike<number> = ix.byTitle; // every item (the order does not matter here)
  let wordMasks: Uint32Array | null = null;
  if (scores) ({ items: candidates, wordMasks } = matchText(ix, terms, scores));

  const levels = selection(query.levels, (id) => LEVEL_IDS.indexOf(id), LEVEL_IDS.length);
  const evidence = selection(query.evidence, (id) => EVIDENCE_IDS.indexOf(id), EVIDENCE_IDS.length);
  const factors = selection(query.factors, (id) => ix.factorIndex.get(id), ix.factorIds.length);
  let phaseMask = 0;
  for (const id of query.phases ?? []) {
    const i = PHASE_IDS.indexOf(id);
    if (i >= 0) phaseMask |= 1 << i;
  }
  const phaseFilter = (query.phases?.length ?? 0) > 0;

  const levelCounts = new Int32Array(LEVEL_IDS.length);
  const evidenceCounts = new Int32Array(EVIDENCE_IDS.length);
  const phaseCounts = new Int32Array(PHASE_IDS.length);
  const factorCounts = new Int32Array(ix.factorIds.length);
  const { level, evidence: evidenceOf, phases, factorStart, factorList } = ix;
  const isHit = ix.isHit.fill(0);
  let total = 0;

  for (let i = 0; i < candidates.length; i++) {
    const d = candidates[i];
    const okLevel = !levels || levels[level[d]] === 1;
    const okEvidence = !evidence || evidence[evidenceOf[d]] === 1;
    const okPhase = !phaseFilter || (phases[d] & phaseMask) !== 0;
    let okFactor = !factors;
    if (factors) {
      for (let p = factorStart[d]; p < factorStart[d + 1]; p++) {
        if (factors[factorList[p]] === 1) {
          okFactor = true;
          break;
        }
      }
    }
    const fails = +!okLevel + +!okEvidence + +!okPhase + +!okFactor;
    if (fails > 1) continue;
    // Every facet's count ignores that facet's own selection: an item failing only facet F counts for F.
    if (fails === 0) {
      isHit[d] = 1;
      total++;
    }
    if (okEvidence && okPhase && okFactor) levelCounts[level[d]]++;
    if (okLevel && okPhase && okFactor) evidenceCounts[evidenceOf[d]]++;
    if (okLevel && okEvidence && okFactor) {
      for (let bits = phases[d], p = 0; bits; bits >>= 1, p++) if (bits & 1) phaseCounts[p]++;
    }
    if (okLevel && okEvidence && okPhase) {
      for (let p = factorStart[d]; p < factorStart[d + 1]; p++) factorCounts[factorList[p]]++;
    }
  }

  const order = sortHits(ix, query.sort ?? 'relevance', isHit, total, scores);
  const hits: SearchHit[] = new Array(order.length);
  for (let i = 0; i < order.length; i++) {
    const d = order[i];
    const mask = wordMasks ? wordMasks[d] : 0;
    hits[i] = { item: ix.items[d], score: scores ? scores[d] : 0, terms: wordMasks ? terms.filter((_, q) => mask & (1 << q)) : terms.slice() };
  }
  return {
    hits,
    total,
    partial: wordMasks !== null,
    counts: {
      level: new Map(LEVEL_IDS.map((id, i) => [id, levelCounts[i]])),
      factor: new Map(ix.factorIds.map((id, i) => [id, factorCounts[i]])),
      phase: new Map(PHASE_IDS.map((id, i) => [id, phaseCounts[i]])),
      evidence: new Map(EVIDENCE_IDS.map((id, i) => [id, evidenceCounts[i]])),
    },
  };
}

/** The hits' item indexes in the requested order; ties fall back to catalogue order. */
function sortHits(ix: Index, sort: SortOrder, isHit: Uint8Array, total: number, scores: Float64Array | null): number[] {
  const pick = (order: ArrayLike<number>): number[] => {
    const out: number[] = [];
    for (let i = 0; i < order.length && out.length < total; i++) if (isHit[order[i]]) out.push(order[i]);
    return out;
  };
  if (sort === 'title') return pick(ix.byTitle);
  if (sort === 'level') return pick(ix.byLevel);
  const inOrder: number[] = [];
  for (let d = 0; d < isHit.length && inOrder.length < total; d++) if (isHit[d]) inOrder.push(d);
  const byScore = scores ? (a: number, b: number) => scores[b] - scores[a] || a - b : (a: number, b: number) => a - b;
  if (sort === 'evidence') {
    const strength = (d: number) => EVIDENCE_STRENGTH[EVIDENCE_IDS[ix.evidence[d]]];
    return inOrder.sort((a, b) => strength(a) - strength(b) || byScore(a, b));
  }
  return scores ? inOrder.sort(byScore) : inOrder;
}

// ---------------------------------------------------------------------------------------------
// Highlighting

/**
 * Split `text` into segments, marking words that match one of `terms` (as returned in
 * SearchHit.terms) — case- and diacritics-insensitive, by word prefix, and also fuzzy matches the
 * engine accepted — so the UI can wrap matches in <mark>. Concatenating the segments' text gives
 * `text` back exactly.
 */
export function highlight(text: string, terms: readonly string[]): Array<{ text: string; match: boolean }> {
  const segments: Array<{ text: string; match: boolean }> = [];
  if (!text) return segments;
  const matchers = [...new Set(terms.flatMap((term) => tokenize(term)))].map(matcher);
  let last = 0;
  if (matchers.length) {
    for (const m of text.matchAll(RAW_WORD)) {
      const word = normalize(m[0]).replace(APOSTROPHES, '');
      if (!matchers.some((matches) => matches(word))) continue;
      const at = m.index;
      if (at > last) segments.push({ text: text.slice(last, at), match: false });
      segments.push({ text: m[0], match: true });
      last = at + m[0].length;
    }
  }
  if (last < text.length) segments.push({ text: text.slice(last), match: false });
  return segments;
}

/** Running a query against an index: text match, facet filters, disjunctive counts, sorting. */
import { EVIDENCE_IDS, EVIDENCE_STRENGTH, LEVEL_IDS, PHASE_IDS } from '../ids.js';
import { Index, K1 } from './index.js';
import { tokenize } from './normalize.js';
import type { SearchHit, SearchIndex, SearchQuery, SearchResult, SortOrder } from './types.js';

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
function matchText(ix: Index, terms: readonly string[]): { items: number[]; wordMasks: Uint32Array | null } {
  const { size: n, scores, matched } = ix; // matched: how many query words each item has matched so far
  scores.fill(0);
  ix.acc.fill(0);
  matched.fill(0);
  const expansions = terms.map((term) => ix.expand(term));
  let candidates: number[] = [];
  for (let q = 0; q < terms.length; q++) {
    candidates = scoreWord(ix, expansions[q], matched, q);
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
    for (const d of scoreWord(ix, expansions[q], null, 0)) {
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
function scoreWord(ix: Index, expansion: { ids: number[]; factors: number[] }, matched: Uint8Array | null, q: number): number[] {
  const { postStart, postItem, postWeight, seen, size, acc, scores } = ix;
  const { ids, factors } = expansion;
  const generation = ++ix.generation;
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
  // An unknown id (index −1 or undefined) sets nothing: typed arrays ignore such keys.
  for (const id of selected) on[index(id) ?? -1] = 1;
  return on;
}

/** Run a query: text match, facet filters, disjunctive facet counts, sorted hits. */
export function search(index: SearchIndex, query: SearchQuery): SearchResult {
  if (!(index instanceof Index)) throw new TypeError('search(): the index must come from buildSearchIndex()');
  const ix = index;
  const terms = queryTerms(ix, query.text);
  const scores = terms.length ? ix.scores : null;
  let candidates: ArrayLike<number> = ix.byTitle; // every item (the order does not matter here)
  let wordMasks: Uint32Array | null = null;
  if (scores) ({ items: candidates, wordMasks } = matchText(ix, terms));

  const levels = selection(query.levels, (id) => LEVEL_IDS.indexOf(id), LEVEL_IDS.length);
  const evidence = selection(query.evidence, (id) => EVIDENCE_IDS.indexOf(id), EVIDENCE_IDS.length);
  const factors = selection(query.factors, (id) => ix.factorIndex.get(id), ix.factorIds.length);
  let phaseMask = 0;
  // An unknown phase sets bit 31, which no item has (phases fit in a byte).
  for (const id of query.phases ?? []) phaseMask |= 1 << PHASE_IDS.indexOf(id);
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
    for (let p = factorStart[d]; !okFactor && p < factorStart[d + 1]; p++) okFactor = factors![factorList[p]] === 1;
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
      level: tally(LEVEL_IDS, levelCounts),
      factor: tally(ix.factorIds, factorCounts),
      phase: tally(PHASE_IDS, phaseCounts),
      evidence: tally(EVIDENCE_IDS, evidenceCounts),
    },
  };
}

/** Counts per facet value, in the facet's order. */
function tally<T>(ids: readonly T[], counts: Int32Array): Map<T, number> {
  return new Map(ids.map((id, i) => [id, counts[i]]));
}

/** The hits' item indexes in the requested order; ties fall back to catalogue order. */
function sortHits(ix: Index, sort: SortOrder, isHit: Uint8Array, total: number, scores: Float64Array | null): number[] {
  // The hits in `order` (catalogue order when none).
  const pick = (order?: Int32Array): number[] => {
    const out: number[] = [];
    for (let i = 0; out.length < total; i++) {
      const d = order ? order[i] : i;
      if (isHit[d]) out.push(d);
    }
    return out;
  };
  if (sort === 'title') return pick(ix.byTitle);
  if (sort === 'level') return pick(ix.byLevel);
  const inOrder = pick();
  const byScore = scores ? (a: number, b: number) => scores[b] - scores[a] || a - b : (a: number, b: number) => a - b;
  if (sort === 'evidence') {
    const strength = (d: number) => EVIDENCE_STRENGTH[EVIDENCE_IDS[ix.evidence[d]]];
    return inOrder.sort((a, b) => strength(a) - strength(b) || byScore(a, b));
  }
  // Relevance: an item studied and found not to work stays findable, but after every item of
  // another kind of evidence, however well its text matches (docs/decisions.md).
  const demoted = (d: number) => +(ix.evidence[d] === NOT_EFFECTIVE);
  return inOrder.sort((a, b) => demoted(a) - demoted(b) || byScore(a, b));
}

const NOT_EFFECTIVE = EVIDENCE_IDS.indexOf('not-effective');

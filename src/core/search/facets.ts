/**
 * The facet half of the engine: facet values per item, the title and level orders, and running a
 * query's filters, disjunctive counts and sorting over every item or over the items a text match
 * gave. It knows no words: a page where nobody has typed yet needs only this (the finder loads the
 * text half, `text-search.ts`, when the search field is used).
 */
import type { Catalogue } from '../catalogue.js';
import { localize } from '../i18n.js';
import { EVIDENCE_IDS, EVIDENCE_STRENGTH, LEVEL_IDS, PHASE_IDS, type Lang } from '../ids.js';
import { relevanceOrder } from '../relevance.js';
import type { Intervention } from '../schema.js';
import type { SearchHit, SearchIndex, SearchQuery, SearchResult, SortOrder } from './types.js';

/** What a text query matched: the items (all of them, or only the best partial matches), their scores and the query's words. */
export interface TextMatch {
  /** The query's normalised words (empty: the text has no words, so it filters nothing). */
  terms: string[];
  items: number[];
  /** Per item, which of `terms` it matched; null when every item in `items` matched them all. */
  wordMasks: Uint32Array | null;
  scores: Float64Array;
}

export class FacetIndex implements SearchIndex {
  readonly lang: Lang;
  readonly size: number;
  readonly items: readonly Intervention[];
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
  /** Per-query scratch, cleared at the start of every query. */
  readonly isHit: Uint8Array;

  constructor(catalogue: Catalogue, lang: Lang) {
    const items = catalogue.interventions;
    const n = items.length;
    this.lang = lang;
    this.size = n;
    this.items = items;
    this.factorIds = [...catalogue.factorById.keys()];
    const factorIndex = new Map(this.factorIds.map((id, i) => [id, i]));
    this.factorIndex = factorIndex;
    this.level = new Uint8Array(n);
    this.evidence = new Uint8Array(n);
    this.phases = new Uint8Array(n);
    this.factorStart = new Int32Array(n + 1);
    const factorList: number[] = [];
    items.forEach((item, d) => {
      // The catalogue is validated: its levels, evidence and phases are known ids.
      this.level[d] = LEVEL_IDS.indexOf(item.level);
      this.evidence[d] = EVIDENCE_IDS.indexOf(item.evidence);
      for (const phase of item.phases) this.phases[d] |= 1 << PHASE_IDS.indexOf(phase);
      for (const factor of new Set(item.factors)) factorList.push(factorIndex.get(factor)!);
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
    this.isHit = new Uint8Array(n);
  }
}

/** Selected values of a facet as a lookup by index, or null when the facet is not filtered. */
function selection<T extends string>(selected: readonly T[] | undefined, index: (id: T) => number | undefined, size: number): Uint8Array | null {
  if (!selected?.length) return null;
  const on = new Uint8Array(size);
  // An unknown id (index −1 or undefined) sets nothing: typed arrays ignore such keys.
  for (const id of selected) on[index(id) ?? -1] = 1;
  return on;
}

/**
 * Facet filters, disjunctive facet counts and sorted hits, over the items `match` gave (every item
 * when `match` is null or has no words). `query.text` is not read here: pass its match.
 */
export function filterAndSort(ix: FacetIndex, query: SearchQuery, match: TextMatch | null): SearchResult {
  const terms = match?.terms ?? [];
  const scores = terms.length ? match!.scores : null;
  const candidates: ArrayLike<number> = scores ? match!.items : ix.byTitle; // every item (the order does not matter here)
  const wordMasks = scores ? match!.wordMasks : null;

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
function sortHits(ix: FacetIndex, sort: SortOrder, isHit: Uint8Array, total: number, scores: Float64Array | null): number[] {
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
  const ranked = relevanceOrder(pick(), (d) => EVIDENCE_IDS[ix.evidence[d]], scores ? (d) => scores[d] : () => 0);
  // Evidence: strongest first; the sort is stable, so each kind keeps the relevance order.
  return sort === 'evidence' ? ranked.sort((a, b) => EVIDENCE_STRENGTH[EVIDENCE_IDS[ix.evidence[a]]] - EVIDENCE_STRENGTH[EVIDENCE_IDS[ix.evidence[b]]]) : ranked;
}

/** The search engine's public types. */
import type { EvidenceId, Lang, LevelId, PhaseId } from '../ids.js';
import type { Intervention } from '../schema.js';


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

/**
 * The finder's own events, merged into the shared `LioEventMap` (and so into
 * `GlobalEventHandlersEventMap`). They fire for what the visitor did; a call from script
 * (`setFilters`, `addToShortlist`, …) does not echo an event back to the script that made it.
 */
import type { FinderState } from '../../src/core/finder.js';
import type { Intervention } from '../../src/core/schema.js';

/** Detail of `lio-filter-change`: the finder's search and filters, and what they give. */
export interface LioFilterChangeDetail {
  state: FinderState;
  /** Number of matching interventions. */
  total: number;
  /** Ids of the matching interventions, in the shown order. */
  ids: string[];
}

/** Detail of `lio-intervention-open`: the intervention shown in the detail view. */
export interface LioInterventionOpenDetail {
  id: string;
  intervention: Intervention;
}

/** Detail of `lio-shortlist-change`: the shortlist after the change. */
export interface LioShortlistChangeDetail {
  ids: string[];
  added?: string;
  removed?: string;
}

declare module '../../src/elements/events.js' {
  interface LioEventMap {
    'lio-filter-change': CustomEvent<LioFilterChangeDetail>;
    'lio-intervention-open': CustomEvent<LioInterventionOpenDetail>;
    'lio-shortlist-change': CustomEvent<LioShortlistChangeDetail>;
  }
}

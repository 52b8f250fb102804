/**
 * Every event lio-widgets dispatches: one typed detail interface per event. All events bubble
 * and are composed, so a host page can listen on `document`.
 */
import type { Catalogue, FinderState, Intervention, Lang, Problem } from '../core/index.js';

/** What went wrong, for `lio-error`. */
export type LioErrorCode =
  | 'catalogue-invalid'
  | 'catalogue-unreachable'
  | 'catalogue-timeout'
  | 'storage-unavailable'
  | 'invalid-attribute'
  | 'chunk-unavailable';

/** Detail of `lio-error`: a machine-readable code, a translated message and the validation problems. */
export interface LioErrorDetail {
  code: LioErrorCode;
  /** Translated, human-readable message as shown in the widget. */
  message: string;
  /** Validation problems (`path`, `code`, `message`); empty when not a validation error. */
  problems: Problem[];
  /** The URL involved, for catalogue loading errors. */
  url?: string;
}

/** Where a catalogue came from. */
export type CatalogueOrigin = 'default' | 'src' | 'inline' | 'property';

/** Detail of `lio-catalogue-ready`. */
export interface LioCatalogueReadyDetail {
  catalogue: Catalogue;
  origin: CatalogueOrigin;
  lang: Lang;
}

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

/** Map from event name to event type; merged into `GlobalEventHandlersEventMap`. */
export interface LioEventMap {
  'lio-error': CustomEvent<LioErrorDetail>;
  'lio-catalogue-ready': CustomEvent<LioCatalogueReadyDetail>;
  'lio-filter-change': CustomEvent<LioFilterChangeDetail>;
  'lio-intervention-open': CustomEvent<LioInterventionOpenDetail>;
  'lio-shortlist-change': CustomEvent<LioShortlistChangeDetail>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends LioEventMap {}
}

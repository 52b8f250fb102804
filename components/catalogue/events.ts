/**
 * The events of `<lio-catalogue>`, merged into the shared `LioEventMap` (and so into
 * `GlobalEventHandlersEventMap`).
 */
import type { Catalogue } from '../../src/core/catalogue.js';
import type { Lang } from '../../src/core/ids.js';

/** Where a catalogue came from. */
export type CatalogueOrigin = 'default' | 'src' | 'inline' | 'property';

/** Detail of `lio-catalogue-ready`. */
export interface LioCatalogueReadyDetail {
  catalogue: Catalogue;
  origin: CatalogueOrigin;
  lang: Lang;
}

declare module '../../src/elements/events.js' {
  interface LioEventMap {
    'lio-catalogue-ready': CustomEvent<LioCatalogueReadyDetail>;
  }
}

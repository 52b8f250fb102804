/**
 * The journey share's own event, merged into the shared `LioEventMap` (and so into
 * `GlobalEventHandlersEventMap`). It fires when the visitor restored a journey, never for a
 * change that came from another tab.
 */
import type { JourneySliceName } from '../../src/core/journey/format.js';
import type { JourneySummary } from '../../src/core/journey/build.js';

/** Detail of `lio-journey-restore`: where the journey came from and what it held. */
export interface LioJourneyRestoreDetail {
  /** A file the visitor opened (or dropped), or a link they followed. */
  source: 'file' | 'link';
  /** The file's name, for a file. */
  name?: string;
  /** When the journey was saved (ISO 8601, UTC). */
  created: string;
  /** The workspace slices the journey held; the others were cleared. */
  slices: JourneySliceName[];
  /** What it held, counted. */
  summary: JourneySummary;
}

declare module '../../src/elements/events.js' {
  interface LioEventMap {
    'lio-journey-restore': CustomEvent<LioJourneyRestoreDetail>;
  }
}

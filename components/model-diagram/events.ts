/**
 * The model diagram's own event, merged into the shared `LioEventMap` (and so into
 * `GlobalEventHandlersEventMap`). It fires for what the visitor did, never for `selected` set from script.
 */

/**
 * Detail of `lio-select`: the visitor picked a level or a factor, or cleared the pick (both absent).
 * A factor comes with its level.
 */
export interface LioSelectDetail {
  level?: string;
  factor?: string;
}

declare module '../../src/elements/events.js' {
  interface LioEventMap {
    'lio-select': CustomEvent<LioSelectDetail>;
  }
}

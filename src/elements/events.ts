/**
 * The events every lio-widgets element may dispatch: `lio-error`, and `lio-catalogue-ready` from
 * the shared catalogue provider. Each component declares its own events next to it (for example
 * `components/intervention-finder/events.ts`) and merges them into {@link LioEventMap}, so this
 * shared layer never depends on a component. All events bubble and are composed, so a host page
 * can listen on `document`.
 */
import type { Catalogue } from '../core/catalogue.js';
import type { Lang } from '../core/ids.js';
import type { Problem } from '../core/problems.js';

/** What went wrong, for `lio-error`. */
export type LioErrorCode =
  | 'catalogue-invalid'
  | 'catalogue-unreachable'
  | 'catalogue-timeout'
  | 'storage-unavailable'
  | 'invalid-attribute'
  | 'invalid-messages'
  | 'messages-unavailable';

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

/**
 * Map from event name to event type; merged into `GlobalEventHandlersEventMap`. A component adds
 * its own events with a module augmentation:
 *
 * ```ts
 * declare module '../../src/elements/events.js' {
 *   interface LioEventMap { 'lio-x-change': CustomEvent<LioXChangeDetail> }
 * }
 * ```
 */
export interface LioEventMap {
  'lio-error': CustomEvent<LioErrorDetail>;
  'lio-catalogue-ready': CustomEvent<LioCatalogueReadyDetail>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends LioEventMap {}
}

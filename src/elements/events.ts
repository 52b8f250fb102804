/**
 * The event every lio-widgets element may dispatch: `lio-error`. Each component declares its own
 * events next to it (`components/catalogue/events.ts`, `components/intervention-finder/events.ts`)
 * and merges them into {@link LioEventMap}, so this shared layer never depends on a component.
 * All events bubble and are composed, so a host page can listen on `document`.
 */
import type { Problem } from '../core/problems.js';

/** What went wrong, for `lio-error`. */
export type LioErrorCode =
  | 'catalogue-invalid'
  | 'catalogue-unreachable'
  | 'catalogue-timeout'
  | 'storage-unavailable'
  | 'invalid-attribute'
  | 'invalid-messages'
  | 'messages-unavailable'
  | 'chunk-unavailable'
  /** A plan file the maturity matrix was given to import is not a plan for the catalogue in use. */
  | 'invalid-plan'
  /** A journey file or link `<lio-journey-share>` was given to open is not a journey this version reads. */
  | 'invalid-journey';

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
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends LioEventMap {}
}

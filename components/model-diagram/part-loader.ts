import type { ReactiveControllerHost } from 'lit';
import { retryableImport } from '../../src/elements/chunks.js';
import { LazyPartController } from '../../src/elements/lazy-part.js';

/** The panel about the pick: one chunk, asked for again under a fresh URL after a failure. */
export const loadPanelPart = retryableImport(() => import('./panel-part.js'), import.meta.url);
/** The score overlay (only with `show-scores`): the same. */
export const loadScoresPart = retryableImport(() => import('./scores-part.js'), import.meta.url);

/** What every part of the diagram gives: its rules, to join the diagram's shadow root. */
export interface DiagramPart {
  adopt(root: HTMLElement | DocumentFragment): void;
}

/** What a loader needs of the diagram. */
export interface PartHost extends ReactiveControllerHost {
  renderRoot: HTMLElement | DocumentFragment;
}

/**
 * A loader of one of the diagram's parts (panel-part.ts, scores-part.ts), fetched with the
 * messages of the parts (`messages`), whose rules join the diagram's shadow root once both are there. While the visitor waits for it (`waiting`: something is
 * picked, or scores are asked for), the element's `updateComplete` waits too; a load that fails
 * then shows the shared error view with a retry in the part's place (`failed`) and fires
 * `lio-error` (`onFailed`). Fetched ahead with nobody waiting, it fails quietly and the next use
 * tries again.
 */
export function partLoader<T extends DiagramPart>(host: PartHost, importPart: () => Promise<T>, messages: () => Promise<void>, waiting: () => boolean, onFailed: () => void): LazyPartController<T> {
  const load = () =>
    Promise.all([importPart(), messages()]).then(([part]) => {
      part.adopt(host.renderRoot);
      return part;
    });
  return new LazyPartController(host, { load, waiting, onFailed });
}

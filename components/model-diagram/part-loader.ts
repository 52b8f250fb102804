import type { ReactiveControllerHost } from 'lit';
import { retryableImport } from '../../src/elements/chunks.js';

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
 * Loads one of the diagram's parts (panel-part.ts, scores-part.ts). While the visitor waits for it
 * (`waiting`: something is picked, or scores are asked for), the element's `updateComplete` waits
 * too; a load that fails then shows the shared error view with a retry in the part's place
 * (`failed`) and fires `lio-error` (`onFailed`). Fetched ahead with nobody waiting, it fails quietly
 * and the next use tries again.
 */
export class PartLoader<T extends DiagramPart> {
  /** The part, once loaded. */
  views?: T;
  /** The load while it runs (never rejects). */
  loading?: Promise<void>;
  /** The last load failed while the visitor waited for it (cleared when it is tried again). */
  failed = false;
  #preloading = false;

  constructor(
    private readonly host: PartHost,
    private readonly importPart: () => Promise<T>,
    private readonly waiting: () => boolean,
    private readonly onFailed: () => void,
  ) {}

  /** Load the part once the browser is idle (where it cannot say, as in Safari, just after the next paint). */
  preload(): void {
    if (this.#preloading) return;
    this.#preloading = true;
    const load = () => this.load();
    if ('requestIdleCallback' in window) requestIdleCallback(load);
    else requestAnimationFrame(() => setTimeout(load));
  }

  /** Load the part unless it is there or on its way; after a failure, try again. */
  load(): void {
    if (this.views || this.loading) return;
    this.failed = false;
    this.loading = this.importPart()
      .then(
        (views) => {
          views.adopt(this.host.renderRoot);
          this.views = views;
        },
        () => {
          this.failed = this.waiting();
          if (this.failed) this.onFailed();
        },
      )
      .finally(() => {
        this.loading = undefined;
        this.host.requestUpdate();
      });
  }
}

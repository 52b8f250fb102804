import type { ReactiveControllerHost } from 'lit';
import { retryableImport } from '../../src/elements/chunks.js';

/** The panel part: one chunk, asked for again under a fresh URL after a failure. */
const loadPanelPart = retryableImport(() => import('./panel-part.js'), import.meta.url);

/** The loaded part. */
export type PanelViews = Awaited<ReturnType<typeof loadPanelPart>>;

/** What the loader asks of the diagram. */
export interface PanelHost extends ReactiveControllerHost, HTMLElement {
  renderRoot: HTMLElement | DocumentFragment;
  /** Whether a level or factor is picked: then the visitor waits for the panel, and a failed load says so. */
  readonly selected: string;
}

/**
 * Loads the diagram's panel (panel-part.ts). A pick made before it is there waits for it (the
 * element's `updateComplete` too); a load that fails while something is picked shows the shared
 * error view with a retry in the panel's place (`failed`) and fires `lio-error`; fetched ahead with
 * nothing picked, it fails quietly and the next pick tries again.
 */
export class PanelLoader {
  /** The part, once loaded. */
  views?: PanelViews;
  /** The load while it runs (never rejects). */
  loading?: Promise<void>;
  /** The last load failed while something was picked (cleared when it is tried again). */
  failed = false;
  #preloading = false;

  constructor(
    private readonly host: PanelHost,
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
    this.loading = loadPanelPart()
      .then(
        (views) => {
          views.adoptPanelStyles(this.host.renderRoot);
          this.views = views;
        },
        () => {
          this.failed = !!this.host.selected;
          if (this.failed) this.onFailed();
        },
      )
      .finally(() => {
        this.loading = undefined;
        this.host.requestUpdate();
      });
  }
}

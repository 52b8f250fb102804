import type { ReactiveControllerHost } from 'lit';
import type { Intervention } from '../../src/core/schema.js';
import { retryableImport } from '../../src/elements/chunks.js';
import type { ModalController } from '../../src/elements/dialog.js';
import { ownItemText, phaseList, renderMeta, renderShortlistToggle, type FinderView } from './views/context.js';
import type { DetailKit } from './views/detail.js';

/**
 * The detail view (the dialog with study facts, sources, links, related items, its print copy and
 * its focus handling): a chunk of its own, fetched while the visitor reads the results, so the
 * finder's first load does not carry it and opening an item does not wait for it in practice.
 */
const loadDetail = retryableImport(() => import('./views/detail.js'), import.meta.url);

/** What the detail shares with the result cards. */
const kit: DetailKit = { ownItemText, phaseList, renderMeta, renderShortlistToggle };

/** What the detail part asks of the finder. */
export interface DetailHost extends ReactiveControllerHost, HTMLElement {
  renderRoot: HTMLElement | DocumentFragment;
}

/** What the detail part tells the finder. */
export interface DetailPartContext {
  /** Whether an item is open, so that a failed load has a visitor waiting (else it fails quietly). */
  waiting(): boolean;
  /** The content could not be loaded while an item was open. */
  onFailed(): void;
  /** Escape in the dialog: close through the finder's state. */
  close(): void;
}

/**
 * Loads and shows the finder's detail view. Until it is there an open item waits (the finder marks
 * its results busy); if it cannot be loaded, the finder shows the shared error view with a retry.
 */
export class DetailPart {
  /** The detail's views, once loaded. */
  views?: Awaited<ReturnType<typeof loadDetail>>;
  /** The dialog's focus handling, created with the views. */
  modal?: ModalController;
  /** The load while it runs (never rejects). */
  loading?: Promise<void>;
  /** The last load failed while an item was open (cleared when it is tried again). */
  failed = false;
  #preloading = false;

  constructor(
    private readonly host: DetailHost,
    private readonly context: DetailPartContext,
  ) {}

  /** Load the views once the browser is idle (where it cannot say, as in Safari, just after the next paint). */
  preload(): void {
    if (this.#preloading) return;
    this.#preloading = true;
    const load = () => this.load();
    if ('requestIdleCallback' in window) requestIdleCallback(load);
    else requestAnimationFrame(() => setTimeout(load));
  }

  /** Load the views unless they are there or on their way; after a failure, try again. */
  load(): void {
    if (this.views || this.loading) return;
    this.failed = false;
    this.loading = loadDetail()
      .then(
        (views) => {
          this.views = views;
          this.modal = views.attachDetail(this.host, this.context.close);
          // An item opened while it loaded: the dialog opens now, so focus returns to what is focused now.
          if (this.context.waiting()) this.modal.opening();
        },
        () => {
          // Fetched ahead (idle, hover, focus), nobody waits: fail quietly; the next use tries again.
          this.failed = this.context.waiting();
          if (this.failed) this.context.onFailed();
        },
      )
      .finally(() => {
        this.loading = undefined;
        this.host.requestUpdate();
      });
  }

  /** The print copy of the open `item`, once the views are there. */
  printCopy(view: FinderView, item: Intervention) {
    return this.views?.renderDetailPrint(view, item, kit);
  }

  /** The dialog of the open `item`; until the views are there (their load starts here), or after a failure, nothing. */
  dialog(view: FinderView, item: Intervention) {
    if (!this.views && !this.failed) this.load();
    return this.views?.renderDetail(view, item, kit, this.modal!);
  }
}

import type { ReactiveControllerHost } from 'lit';
import type { Intervention } from '../../src/core/schema.js';
import { retryableImport } from '../../src/elements/chunks.js';
import { LazyPartController } from '../../src/elements/lazy-part.js';
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
  /** Load the detail view's messages (`localize.loadPartMessages`), with its chunk. */
  messages(): Promise<void>;
}

/** The detail's views and the dialog's focus handling, made when they arrive. */
interface Detail {
  views: Awaited<ReturnType<typeof loadDetail>>;
  modal: ModalController;
}

/**
 * Loads and shows the finder's detail view. Until it is there an open item waits (the finder marks
 * its results busy); if it cannot be loaded, the finder shows the shared error view with a retry.
 */
export class DetailPart extends LazyPartController<Detail> {
  constructor(host: DetailHost, context: DetailPartContext) {
    super(host, {
      // With its messages: the dialog is attached once both are there.
      load: () =>
        Promise.all([loadDetail(), context.messages()]).then(([views]) => {
          const modal = views.attachDetail(host, context.close);
          // An item opened while it loaded: the dialog opens now, so focus returns to what is focused now.
          if (context.waiting()) modal.opening();
          return { views, modal };
        }),
      waiting: context.waiting,
      onFailed: context.onFailed,
    });
  }

  /** The detail's views, once loaded. */
  get views() {
    return this.part?.views;
  }

  /** The dialog's focus handling, once loaded. */
  get modal() {
    return this.part?.modal;
  }

  /** The print copy of the open `item`, once the views are there. */
  printCopy(view: FinderView, item: Intervention) {
    return this.views?.renderDetailPrint(view, item, kit);
  }

  /** The dialog of the open `item`; until the views are there (their load starts here), or after a failure, nothing. */
  dialog(view: FinderView, item: Intervention) {
    if (!this.part && !this.failed) void this.load();
    return this.part?.views.renderDetail(view, item, kit, this.part.modal);
  }
}

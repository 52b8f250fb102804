import { retryableImport } from '../../src/elements/chunks.js';
import type { DialogsHost, MatrixDialogs } from './matrix-dialogs.js';
import type { DialogState } from './views/dialogs.js';

/** The dialogs part: one chunk, asked for again under a fresh URL after a failure. */
const loadDialogsPart = retryableImport(() => import('./dialogs-part.js'), import.meta.url);

/**
 * Loads the matrix's dialogs (dialogs-part.ts). A click on add, edit or move before they are there
 * waits for them (`pending`, which `updateComplete` waits for) and then opens its dialog, with focus
 * on the dialog's title and back on the button when it closes, as when the part was there; a part
 * that cannot be loaded then shows the shared error view with a retry, which opens that dialog.
 */
export class DialogsLoader {
  /** The dialogs, once loaded. */
  dialogs?: MatrixDialogs;
  /** The load while it runs (never rejects). */
  loading?: Promise<MatrixDialogs | undefined>;
  /** A click waits for the part, then opens its dialog (never rejects). */
  pending?: Promise<unknown>;
  /** The last load failed while the visitor waited for it (cleared when tried again). */
  failed = false;
  #preloading = false;
  /** The dialog asked for while the part was not there, and the button that asked. */
  #asked?: { state: DialogState; opener: HTMLElement | undefined };

  constructor(private readonly host: DialogsHost) {}

  /** Load the part once the browser is idle (where it cannot say, as in Safari, just after the next paint). */
  preload(): void {
    if (this.#preloading) return;
    this.#preloading = true;
    const load = () => void this.load();
    if ('requestIdleCallback' in window) requestIdleCallback(load);
    else requestAnimationFrame(() => setTimeout(load));
  }

  /** Load the part unless it is there or on its way; a load fetched ahead that fails is quiet, the next click tries again. */
  load(): Promise<MatrixDialogs | undefined> {
    if (this.dialogs) return Promise.resolve(this.dialogs);
    this.loading ??= loadDialogsPart()
      .then(
        (part) => (this.dialogs = new part.MatrixDialogs(this.host)),
        () => undefined,
      )
      .finally(() => {
        this.loading = undefined;
        this.host.element.requestUpdate();
      });
    return this.loading;
  }

  /** Open a dialog: at once when the part is there, else once it arrives. */
  open(state: DialogState): void {
    if (this.dialogs) return this.dialogs.open(state);
    const active = (this.host.element.renderRoot as ShadowRoot).activeElement;
    this.#asked = { state, opener: active instanceof HTMLElement ? active : undefined };
    this.#wait();
  }

  /** The error view's retry: load the part again and open the dialog that was asked for. */
  retry(): void {
    this.#wait();
  }

  #wait(): void {
    this.failed = false;
    this.host.element.requestUpdate();
    const pending: Promise<unknown> = this.load()
      .then((dialogs) => {
        const asked = this.#asked;
        if (dialogs && asked) {
          this.#asked = undefined;
          // The dialog returns focus on close to what is focused when it opens: the button that
          // asked for it, also when the visitor got here through the error view's retry.
          if (asked.opener?.isConnected) asked.opener.focus();
          dialogs.open(asked.state);
        } else if (!dialogs && !this.failed) {
          this.failed = true;
          this.host.element.requestUpdate();
          this.host.chunkFailed();
        }
      })
      .finally(() => {
        if (this.pending === pending) this.pending = undefined;
      });
    this.pending = pending;
  }
}

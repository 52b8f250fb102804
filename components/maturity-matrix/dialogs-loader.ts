import { retryableImport } from '../../src/elements/chunks.js';
import { LazyPartController } from '../../src/elements/lazy-part.js';
import type { DialogsHost, MatrixDialogs } from './matrix-dialogs.js';
import type { DialogState } from './views/dialogs.js';

/** The dialogs part: one chunk, asked for again under a fresh URL after a failure. */
const loadDialogsPart = retryableImport(() => import('./dialogs-part.js'), import.meta.url);

/**
 * Loads the matrix's editing part (dialogs-part.ts). A click on add, edit or move before it is there
 * waits for it (`pending`, which `updateComplete` waits for) and then opens its dialog, with focus
 * on the dialog's title and back on the button when it closes, as when the part was there; a part
 * that cannot be loaded then shows the shared error view with a retry, which opens that dialog.
 * Remove and undo wait the same way (`run`); after a failed load the visitor clicks them again.
 */
export class DialogsLoader extends LazyPartController<MatrixDialogs> {
  /** The dialog asked for while the part was not there, and the button that asked. */
  #asked?: { state: DialogState; opener: HTMLElement | undefined };

  constructor(private readonly host: DialogsHost) {
    super(host.element, {
      // With the messages of the parts: the dialogs are made (their rules adopted) once both are there.
      load: () => Promise.all([loadDialogsPart(), host.partMessages()]).then(([part]) => new part.MatrixDialogs(host)),
      onFailed: () => host.chunkFailed(),
    });
  }

  /** Open a dialog: at once when the part is there, else once it arrives. */
  open(state: DialogState): void {
    if (this.part) return this.part.open(state);
    const active = (this.host.element.renderRoot as ShadowRoot).activeElement;
    this.#asked = { state, opener: active instanceof HTMLElement ? active : undefined };
    this.#wait();
  }

  /** The error view's retry: load the part again and open the dialog that was asked for. */
  retry(): void {
    this.#wait();
  }

  #wait(): void {
    void this.run((dialogs) => {
      const asked = this.#asked;
      if (!asked) return;
      this.#asked = undefined;
      // The dialog returns focus on close to what is focused when it opens: the button that
      // asked for it, also when the visitor got here through the error view's retry.
      if (asked.opener?.isConnected) asked.opener.focus();
      dialogs.open(asked.state);
    });
  }
}

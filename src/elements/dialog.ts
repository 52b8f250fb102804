import { css, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { adoptStyles } from './adopt-styles.js';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/**
 * The modal dialog's box, its backdrop and its printed form: adopted by the shadow root of a
 * widget when its first modal dialog is made, so that only the lazy parts with a dialog
 * (the finder's detail, the matrix's forms and import, the journey share's question) carry them.
 */
const dialogStyles = css`
  dialog {
    inline-size: min(48em, calc(100vw - 16px));
    max-block-size: calc(100vh - 32px);
    border: 1px solid var(--_lio-color-border);
    border-radius: var(--_lio-radius);
    padding: 0;
    color: var(--_lio-color-text);
    background: var(--_lio-color-background);
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 0.55);
  }

  @media print {
    dialog {
      position: static;
      border: 0;
      inline-size: auto;
      max-block-size: none;
    }
  }
`;

/** Where a modal dialog lives in the host's template and what takes focus. */
export interface ModalOptions {
  /** The rendered `<dialog>`, or nothing while it is not rendered. */
  dialog: () => HTMLDialogElement | null | undefined;
  /** What takes focus when the dialog opens (its title, with `tabindex="-1"`). */
  initialFocus: () => HTMLElement | null | undefined;
  /** What takes focus on close when the element that opened the dialog is gone. */
  fallbackFocus: () => HTMLElement | null | undefined;
  /** Escape was pressed: close through the widget's own state, so URL and events follow. */
  onRequestClose: () => void;
}

/** The focused element, looking into shadow roots. */
export function deepActiveElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}

/**
 * One modal dialog of a widget: a native `<dialog>` opened with `showModal()`, which makes the
 * rest of the page inert (focus stays in the dialog, the browser's own trap, which also covers
 * other widgets' shadow roots), focus moved to its title, Escape routed through the widget's
 * state, and focus returned on close to what opened it — when that was inside the widget — or to
 * a fallback.
 *
 * Render the `<dialog>` while the widget's state says it is open, and bind
 * `@cancel=${modal.onCancel}`; call {@link opening} before the state change that opens it and
 * {@link closed} after the one that closes it.
 */
export class ModalController implements ReactiveController {
  private opener?: HTMLElement;
  private isOpen = false;

  constructor(
    private readonly host: Host,
    private readonly options: ModalOptions,
  ) {
    host.addController(this);
  }

  /** The dialog's own rules join the widget's shadow root (once), also when the controller is made before the widget connects. */
  hostConnected(): void {
    adoptStyles(this.host.renderRoot, dialogStyles);
  }

  /**
   * The dialog is about to open (or to show other content while open). The first call remembers
   * the focused element inside the widget, so focus can return there; later calls keep it.
   */
  opening(): void {
    if (this.isOpen) return;
    this.isOpen = true;
    const active = deepActiveElement();
    this.opener = active && this.host.renderRoot.contains(active) ? active : undefined;
  }

  /** The dialog closed: return focus after the next render. */
  closed(): void {
    if (!this.isOpen) return;
    this.isOpen = false;
    const opener = this.opener;
    this.opener = undefined;
    void this.host.updateComplete.then(() => {
      if (opener?.isConnected) opener.focus();
      else this.options.fallbackFocus()?.focus();
    });
  }

  /** Move focus to the dialog's title again (after its content changed). */
  focusInitial(): void {
    void this.host.updateComplete.then(() => this.options.initialFocus()?.focus());
  }

  /** Escape: the dialog would close by itself; close through the widget instead. */
  readonly onCancel = (event: Event): void => {
    event.preventDefault();
    this.options.onRequestClose();
  };

  hostUpdated(): void {
    const dialog = this.options.dialog();
    if (dialog && !dialog.open) {
      this.isOpen = true;
      dialog.showModal();
      this.options.initialFocus()?.focus();
    }
  }

  hostDisconnected(): void {
    this.isOpen = false;
    this.opener = undefined;
  }
}

import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * A polite live region for one widget. Messages are spoken after the visitor pauses (`delay`), so
 * a count that changes on every keystroke is announced once; a newer message replaces a pending
 * one. Put {@link render} once in the widget's template; it stays in the DOM so screen readers
 * keep watching it.
 */
export class AnnouncerController implements ReactiveController {
  /** What the live region says now. */
  message = '';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Say `text` politely after `delay` ms of quiet (0: at the next render). */
  announce(text: string, delay = 0): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.message = text;
      this.host.requestUpdate();
    }, delay);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** The live region: visually hidden, `role="status"`, polite and atomic. */
  render(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.message}</div>`;
  }
}

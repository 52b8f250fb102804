/**
 * A minimal widget built only from the kit in src/elements — the way every new widget starts,
 * copying nothing from the finder: the loading/error gate, headings that follow `heading-level`,
 * an attribute checked and reported through the kit, a modal dialog with focus return, a polite announcer, file download and print, the shared
 * control styles and the shared CSS parts. The harness tests (XSS, leaks, context, workspace) and
 * the kit tests run against it, so they hold for whatever is built on the same parts.
 */
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localize } from '../../../src/core/i18n.js';
import { AnnouncerController } from '../../../src/elements/announcer.js';
import { AttributeProblemsController, checkInteger } from '../../../src/elements/attributes.js';
import type { LocalizeController } from '../../../src/elements/controllers/localize.js';
import { StorageController } from '../../../src/elements/controllers/storage.js';
import type { WorkspaceController } from '../../../src/elements/controllers/workspace.js';
import { ModalController } from '../../../src/elements/dialog.js';
import { FILE_TYPES, downloadFile, fileName } from '../../../src/elements/files.js';
import { printPart } from '../../../src/elements/print.js';
import { LioWidget } from '../../../src/elements/lio-widget.js';
import { getWorkspace } from '../../../src/elements/workspace.js';
import { baseStyles } from '../../../src/elements/styles/base.js';
import { controlStyles } from '../../../src/elements/styles/controls.js';
import { renderExternalLink } from '../../../src/elements/views/link.js';

export class LioTestWidget extends LioWidget {
  static override styles = [baseStyles, controlStyles];

  /** Its first render lists the shortlist: joined before it. */
  static override workspaceSource = getWorkspace;

  /** Opened up for the tests, which read the language and change the workspace directly. */
  declare public readonly localize: LocalizeController;
  declare public readonly shared: WorkspaceController;

  readonly notes = new StorageController<string>(this, 'test-widget:notes');

  /** How many interventions to list, 0–1000: an invalid value shows the error view and fires `lio-error`. */
  @property({ type: Number, attribute: 'max-items' }) maxItems = 1000;

  /** The intervention shown in the dialog. */
  @state() private openId: string | undefined;

  readonly #announcer = new AnnouncerController(this);
  readonly #attributes = new AttributeProblemsController(this, this.localize);
  readonly #modal = new ModalController(this, {
    dialog: () => this.renderRoot.querySelector('dialog'),
    initialFocus: () => this.renderRoot.querySelector<HTMLElement>('.dialog-title'),
    fallbackFocus: () => this.renderRoot.querySelector<HTMLElement>('.count'),
    onRequestClose: () => this.close(),
  });

  /** Show one intervention in the dialog. */
  open(id: string): void {
    this.#modal.opening();
    this.openId = id;
  }

  /** Close the dialog; focus returns to what opened it. */
  close(): void {
    if (this.openId === undefined) return;
    this.openId = undefined;
    this.#modal.closed();
  }

  /** Say something politely, after `delay` ms of quiet. */
  say(text: string, delay = 0): void {
    this.#announcer.announce(text, delay);
  }

  /** Save the ids of the catalogue as a JSON file. */
  download(): void {
    const ids = this.readyCatalogue?.interventions.map((item) => item.id) ?? [];
    downloadFile(this.renderRoot, fileName('Test Widget', 'json'), JSON.stringify(ids), FILE_TYPES.json);
  }

  protected override render() {
    return this.renderGate((catalogue) => {
      const max = checkInteger(this, 'max-items', this.maxItems, { min: 0, max: 1000 });
      if (!max.ok) return this.#attributes.render([max.problem]);
      const lang = this.localize.lang;
      const shortlist = this.shared.state.shortlist ?? [];
      const open = this.openId ? catalogue.interventionById.get(this.openId) : undefined;
      return html`<section aria-labelledby="title">
          ${this.heading(0, 'Test', { id: 'title' })}
          <p class="count" tabindex="-1">${catalogue.interventions.length}</p>
          <p class="shortlist">${shortlist.join(',')}</p>
          <p><button type="button" class="secondary print" @click=${() => printPart(this, 'list')}>print</button></p>
          <ul>
            ${catalogue.interventions.slice(0, max.value).map(
              (item) => html`<li data-id=${item.id}>
                ${this.heading(1, html`<button type="button" class="link-button" @click=${() => this.open(item.id)}>${localize(item.title, lang)}</button>`)}
                <p>${localize(item.summary, lang)}</p>
                ${item.sources.map((s) => html`<cite>${s}</cite>`)}
                ${item.links.length
                  ? html`<ul>
                      ${item.links.map((link) => html`<li>${renderExternalLink(link.url, link.label ? localize(link.label, lang) : link.url, this.localize.t('link.external'))}</li>`)}
                    </ul>`
                  : nothing}
              </li>`,
            )}
          </ul>
          ${this.#announcer.render()}
        </section>
        ${open
          ? html`<dialog aria-labelledby="dialog-title" @cancel=${this.#modal.onCancel}>
              ${this.heading(1, localize(open.title, lang), { id: 'dialog-title', className: 'dialog-title', focusable: true })}
              <button type="button" class="close" @click=${() => this.close()}>close</button>
            </dialog>`
          : nothing}`;
    });
  }
}

LioTestWidget.define('lio-test-widget');

declare global {
  interface HTMLElementTagNameMap {
    'lio-test-widget': LioTestWidget;
  }
}

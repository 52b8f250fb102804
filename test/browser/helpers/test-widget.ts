/**
 * A minimal widget built only from the shared infrastructure (controllers, views, helpers), as
 * every real widget will be. The harness tests (XSS, leaks, context, workspace) run against it
 * so that they hold for whatever is built on the same parts.
 */
import { html, nothing } from 'lit';
import { localize } from '../../../src/core/index.js';
import { StorageController } from '../../../src/elements/controllers/storage.js';
import { LioWidget } from '../../../src/elements/lio-widget.js';
import { baseStyles } from '../../../src/elements/styles/base.js';
import { renderErrorView } from '../../../src/elements/views/error-view.js';
import { renderExternalLink } from '../../../src/elements/views/link.js';
import { renderSkeleton } from '../../../src/elements/views/skeleton.js';

export class LioTestWidget extends LioWidget {
  static override styles = baseStyles;

  readonly notes = new StorageController<string>(this, 'test-widget:notes');

  protected override render() {
    const state = this.catalogue.state;
    const lang = this.localize.lang;
    if (state.status === 'loading') return renderSkeleton(this.localize.t('loading'));
    if (state.status === 'error') return renderErrorView({ lang, message: this.localize.t('error.catalogue-invalid'), problems: state.problems });
    const shortlist = this.shared.state.shortlist ?? [];
    return html`<section aria-label="test">
      <p class="count">${state.catalogue.interventions.length}</p>
      <p class="shortlist">${shortlist.join(',')}</p>
      <ul>
        ${state.catalogue.interventions.map(
          (item) => html`<li data-id=${item.id}>
            <h3>${localize(item.title, lang)}</h3>
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
    </section>`;
  }
}

LioTestWidget.define('lio-test-widget');

declare global {
  interface HTMLElementTagNameMap {
    'lio-test-widget': LioTestWidget;
  }
}

import { html } from 'lit';
import type { Intervention } from '../../../src/core/schema.js';
import type { FinderView } from './context.js';

/** The shortlist (shared through the workspace), with export and print. */
export function renderShortlist(view: FinderView) {
  const { catalogue, t } = view;
  const items = view.shortlist.map((id) => catalogue.interventionById.get(id)).filter((item): item is Intervention => !!item);
  return html`<section class="shortlist" part="shortlist" aria-labelledby="shortlist-title">
    ${view.heading(1, html`${t('finder.shortlist')} <span class="count">(${t('finder.shortlist-count', { count: items.length })})</span>`, {
      id: 'shortlist-title',
      className: 'shortlist-title',
    })}
    ${items.length
      ? html`<ol>
            ${items.map(
              (item) => html`<li>
                <button type="button" class="link-button" @click=${() => view.act.open(item.id)}>${view.text(item.title)}</button>
                <button type="button" class="secondary" aria-label=${t('finder.remove-long', { title: view.text(item.title) })} @click=${() => view.act.remove(item.id)}>
                  ${t('finder.remove')}
                </button>
              </li>`,
            )}
          </ol>
          <div class="export">
            <button type="button" class="secondary" @click=${() => view.act.download('csv')}>${t('finder.export-csv')}</button>
            <button type="button" class="secondary" @click=${() => view.act.download('json')}>${t('finder.export-json')}</button>
            <button type="button" class="secondary" @click=${() => view.act.print('shortlist')}>${t('finder.print')}</button>
          </div>`
      : html`<p>${t('finder.shortlist-empty')}</p>`}
  </section>`;
}

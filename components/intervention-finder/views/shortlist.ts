import { html, nothing } from 'lit';
import { entryTitle } from '../../../src/core/csv.js';
import type { Intervention } from '../../../src/core/schema.js';
import type { FinderView } from './context.js';

/** The interventions on the shortlist that the catalogue knows, in shortlist order. */
export function shortlistItems(view: FinderView): Intervention[] {
  return view.shortlist.map((id) => view.catalogue.interventionById.get(id)).filter((item): item is Intervention => !!item);
}

/**
 * "Mijn selectie (3)" beside the search: a disclosure button that shows the shortlist panel right
 * below it. The count is always visible, so a save shows where the item went.
 */
export function renderShortlistButton(view: FinderView, open: boolean) {
  return html`<button
    type="button"
    class="secondary shortlist-toggle"
    aria-expanded=${open ? 'true' : 'false'}
    aria-controls="shortlist"
    @click=${() => view.act.toggleShortlist()}
  >
    ${view.t('finder.shortlist')} (${shortlistItems(view).length})
  </button>`;
}

/**
 * The shortlist panel (shared through the workspace), with export and print. Each title opens the
 * detail; its evidence kind and report section are text beside it, so they print too. Escape and
 * "Close" hide the panel and return focus to its button.
 */
export function renderShortlist(view: FinderView, open: boolean) {
  const { catalogue, lang, t } = view;
  const items = shortlistItems(view);
  return html`<section
    id="shortlist"
    class="shortlist"
    part="shortlist"
    aria-labelledby="shortlist-title"
    ?hidden=${!open}
    @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && view.act.toggleShortlist()}
  >
    ${view.heading(1, html`${t('finder.shortlist')} <span class="count">(${t('finder.shortlist-count', { count: items.length })})</span>`, {
      id: 'shortlist-title',
      className: 'shortlist-title',
      focusable: true,
    })}
    ${items.length
      ? html`<ol>
            ${items.map(
              (item) => html`<li>
                <span class="pick">
                  <button type="button" class="link-button" @click=${() => view.act.open(item.id)}>${view.text(item.title)}</button>
                  <span class="pick-meta"
                    >${t('finder.evidence')}: ${entryTitle(catalogue.evidence, item.evidence, lang)} ·
                    ${item.section ? t('finder.section', { section: item.section }) : t('finder.own-item')}</span
                  >
                </span>
                <button type="button" class="secondary" aria-label=${t('finder.remove-long', { title: view.text(item.title) })} @click=${() => view.act.remove(item.id)}>
                  ${t('finder.remove')}
                </button>
              </li>`,
            )}
          </ol>`
      : html`<p>${t('finder.shortlist-empty')}</p>`}
    <div class="export">
      ${items.length
        ? html`<button type="button" class="secondary" @click=${() => view.act.download('csv')}>${t('finder.export-csv')}</button>
            <button type="button" class="secondary" @click=${() => view.act.download('json')}>${t('finder.export-json')}</button>
            <button type="button" class="secondary" @click=${() => view.act.print('shortlist')}>${t('finder.print')}</button>`
        : nothing}
      <button type="button" class="secondary" @click=${() => view.act.toggleShortlist()}>${t('finder.close')}</button>
    </div>
  </section>`;
}

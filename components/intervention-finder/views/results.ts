import { html, nothing, type TemplateResult } from 'lit';
import { FACETS } from '../../../src/core/finder.js';
import type { Intervention } from '../../../src/core/schema.js';
import { SORT_ORDERS, type SearchResult, type SortOrder } from '../../../src/core/search/types.js';
import { countText, ownItemText, phaseList, renderMeta, renderShortlistToggle, type FinderView } from './context.js';
import { facetOptions } from './facets.js';

/** The result count, sort, notes, the result cards and "Show more". */
export function renderResults(view: FinderView, result: SearchResult, scanOffered: boolean) {
  const { state, t } = view;
  const visible = result.hits.slice(0, state.shown);
  return html`<div class="toolbar">
      <p class="result-count" id="result-count">${countText(view, result.total)}</p>
      <div class="sort">
        <label for="sort">${t('finder.sort')}</label>
        <select id="sort" @change=${(event: Event) => view.act.sort((event.target as HTMLSelectElement).value as SortOrder)}>
          ${SORT_ORDERS.map((order) => html`<option value=${order} ?selected=${order === state.view.sort}>${t(`finder.sort.${order}`)}</option>`)}
        </select>
      </div>
    </div>
    ${state.note ? html`<p class="notes">${t(state.note)}</p>` : nothing}
    ${result.partial && result.total ? html`<p class="notes partial">${t('finder.partial')}</p>` : nothing}
    ${scanOffered
      ? html`<p class="notes">
          <button type="button" class="secondary" @click=${() => view.act.recommend()}>${t('finder.recommend')}</button>
        </p>`
      : nothing}
    ${result.total === 0
      ? renderNoResults(view)
      : html`<ul class="results" part="results" aria-labelledby="result-count" @pointerover=${view.act.prepareDetail} @focusin=${view.act.prepareDetail}>
          ${visible.map((hit) => html`<li>${renderCard(view, hit.item, hit.terms)}</li>`)}
        </ul>`}
    ${result.total > visible.length
      ? html`<div class="more">
          <button type="button" class="secondary" @click=${() => view.act.showMore(visible.length)}>${t('finder.show-more')}</button>
          <span>${t('finder.showing', { shown: visible.length, total: result.total })}</span>
        </div>`
      : nothing}`;
}

/** No results: say so, and offer to drop each search word or filter that narrowed it. */
function renderNoResults(view: FinderView) {
  const { state, t } = view;
  const chips: TemplateResult[] = [];
  if (state.view.text.trim()) {
    chips.push(html`<li><button type="button" class="chip" @click=${() => view.act.clearText()}>${t('finder.remove-text', { text: state.view.text.trim() })}</button></li>`);
  }
  for (const facet of FACETS) {
    for (const id of state.view[facet] as string[]) {
      const label = facetOptions(view, facet).find((o) => o.id === id)?.label ?? id;
      chips.push(html`<li><button type="button" class="chip" @click=${() => view.act.toggle(facet, id, false)}>${t('finder.remove-filter', { label })}</button></li>`);
    }
  }
  return html`<div class="empty-state">
    <p>${t('finder.no-results')}</p>
    ${chips.length ? html`<p>${t('finder.no-results-hint')}</p><ul class="chips">${chips}</ul>` : nothing}
  </div>`;
}

/** Catalogue text with the matched search words in `<mark>`; always text, never HTML. */
function marked(view: FinderView, text: string, terms: readonly string[]) {
  // Words come only from a text search, which ran with the text half of the engine (and its highlighter).
  const highlight = view.state.highlight;
  if (!terms.length || !highlight) return text;
  return highlight(text, terms).map((segment) => (segment.match ? html`<mark>${segment.text}</mark>` : segment.text));
}

function renderCard(view: FinderView, item: Intervention, terms: readonly string[]) {
  return html`<article class="card" part="result" data-id=${item.id}>
    ${view.heading(
      1,
      html`<button type="button" class="link-button" data-open=${item.id} @click=${() => view.act.open(item.id)}>${marked(view, view.text(item.title), terms)}</button>`,
      { className: 'card-title' },
    )}
    ${view.origin === 'extended' && !item.section ? html`<p class="own-mark">${ownItemText(view)}</p>` : nothing}
    <p class="summary">${marked(view, view.text(item.summary), terms)}</p>
    ${item.evidence === 'not-effective' ? html`<p class="no-effect">${view.t('finder.no-effect')}</p>` : nothing}
    ${renderMeta(view, item, view.t(`finder.kind.${item.kind ?? 'approach'}`))}
    <p class="phases">${phaseList(view, item)}</p>
    <div class="card-actions">${renderShortlistToggle(view, item, false)}</div>
  </article>`;
}

import { html, nothing } from 'lit';
import { localize } from '../../../src/core/i18n.js';
import type { Intervention } from '../../../src/core/schema.js';
import { renderErrorView } from '../../../src/elements/views/error-view.js';
import type { SearchHits } from '../catalogue-search.js';
import type { MatrixView } from './context.js';

/** What the add dialog's search shows: the field's text, the engine's state and the results. */
export interface SearchState {
  text: string;
  /** The text half of the engine is on its way and there is text to search. */
  waiting: boolean;
  /** It could not be loaded (the shared error view with its retry). */
  failed: boolean;
  hits: SearchHits | undefined;
  /** The add dialog's cell level: its results come first and are marked. */
  level: string;
  /** Interventions already in the cell: no add button for them. */
  present: ReadonlySet<string>;
}

/** The search's handlers, from the element. */
export interface SearchActions {
  focus(): void;
  input(text: string): void;
  retry(): void;
  add(id: string): void;
}

/** One result: its title, level (marked when it is the cell's) and kind of evidence, with an add button. */
function result(view: MatrixView, state: SearchState, act: SearchActions, item: Intervention) {
  const { t, lang, catalogue } = view;
  const title = localize(item.title, lang);
  const evidence = catalogue.evidence.find((kind) => kind.id === item.evidence);
  const own = item.level === state.level;
  return html`<li part="search-result" class=${`offer${own ? ' this-level' : ''}`} data-id=${item.id}>
    <span class="offer-title">${title}</span>
    <span class="offer-facts"
      >${own ? html`<strong class="level-mark">${t('matrix.search-this-level')}</strong>` : view.levelName(item.level)} ·
      ${t('matrix.search-evidence', { evidence: evidence ? localize(evidence.title, lang) : item.evidence })}</span
    >
    ${state.present.has(item.id)
      ? html`<span class="offer-note">${t('matrix.search-present')}</span>`
      : html`<button type="button" class="secondary" @click=${() => act.add(item.id)}>${t('matrix.add-this')}<span class="visually-hidden">: ${title}</span></button>`}
  </li>`;
}

/** The status line under the field: loading, how many results, or none. */
function status(view: MatrixView, state: SearchState) {
  const { t } = view;
  if (state.waiting) return t('matrix.search-loading');
  if (!state.hits) return '';
  if (!state.hits.total) return t('matrix.search-none');
  return state.hits.total > state.hits.items.length
    ? t('matrix.search-some', { count: state.hits.total, shown: state.hits.items.length })
    : t('matrix.search-count', { count: state.hits.total });
}

/**
 * The add dialog's catalogue search, with the finder's engine: a search field, then the results of
 * the whole catalogue (the cell's level first and marked), each with an add button. While the
 * engine loads the field keeps every key; a failed load shows the shared error view with a retry.
 */
export function renderSearch(view: MatrixView, state: SearchState, act: SearchActions) {
  const { t, lang } = view;
  return html`<section class="choices search" aria-labelledby="search-heading">
    ${view.heading(2, t('matrix.search'), { id: 'search-heading' })}
    <div class="fields">
      <label for="catalogue-search">${t('matrix.search-label')}</label>
      <input
        id="catalogue-search"
        type="search"
        autocomplete="off"
        aria-describedby="search-status"
        .value=${state.text}
        @focus=${act.focus}
        @input=${(event: InputEvent) => act.input((event.target as HTMLInputElement).value)}
      />
    </div>
    <p id="search-status" class="search-status" role="status">${status(view, state)}</p>
    ${state.failed ? renderErrorView({ lang, t, message: t('error.chunk-unavailable'), onRetry: act.retry }) : nothing}
    <div class="search-results" aria-busy=${state.waiting ? 'true' : 'false'}>
      ${state.hits?.items.length ? html`<ul class="offers">${state.hits.items.map((item) => result(view, state, act, item))}</ul>` : nothing}
    </div>
  </section>`;
}

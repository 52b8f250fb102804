import { html, nothing } from 'lit';
import { activeFilterCount, offeredIds, type FacetKey } from '../../../src/core/finder.js';
import { LEVEL_IDS } from '../../../src/core/ids.js';
import type { SearchResult } from '../../../src/core/search/types.js';
import { countText, type FinderView } from './context.js';

interface Option {
  id: string;
  label: string;
  level?: string;
}

/** The filters in the order advisers use them: the kind of evidence first, the long factor list last. */
const FACET_ORDER: readonly FacetKey[] = ['evidence', 'levels', 'phases', 'factors'];

/** The search field: a `role="search"` region with a visible label and a hint. */
export function renderSearch(view: FinderView) {
  return html`<div class="search" part="search" role="search">
    <label for="search">${view.t('finder.search-label')}</label>
    <input
      id="search"
      type="search"
      autocomplete="off"
      spellcheck="false"
      aria-describedby="search-hint"
      .value=${view.state.view.text}
      @focus=${() => view.act.prepareSearch()}
      @input=${(event: InputEvent) => view.act.search((event.target as HTMLInputElement).value)}
    />
    <span id="search-hint" class="hint">${view.t('finder.search-hint')}</span>
  </div>`;
}

/**
 * The options of one facet, within its preset (and, for factors, within the level preset); levels
 * and factors without any intervention are left out unless the visitor's filter names them.
 */
export function facetOptions(view: FinderView, facet: FacetKey): Option[] {
  const { catalogue, state } = view;
  const preset = state.presetIds(facet);
  const ids = offeredIds(catalogue, facet, state.view[facet]).filter((id) => !preset.length || preset.includes(id));
  if (facet !== 'factors') return ids.map((id) => ({ id, label: view.text(catalogue[facet].find((e) => e.id === id)!.title) }));
  const levelPreset = state.presetIds('levels');
  return ids
    .map((id) => catalogue.factorById.get(id)!)
    .filter((f) => !levelPreset.length || levelPreset.includes(f.level))
    .map((f) => ({ id: f.id, label: view.text(f.title), level: f.level }));
}

/**
 * The filter panel: one fieldset per facet with live counts, the factors in a disclosure per
 * level. On narrow layouts it collapses behind a button and shows the result count at its top,
 * next to the first filters (on wide layouts the results' own count stands beside them).
 */
export function renderFacets(view: FinderView, result: SearchResult) {
  const { catalogue, state, t } = view;
  const counts: Record<FacetKey, Map<string, number>> = {
    levels: result.counts.level,
    factors: result.counts.factor,
    phases: result.counts.phase,
    evidence: result.counts.evidence,
  };
  const active = activeFilterCount({ ...state.view, text: '' });
  const option = (facet: FacetKey, o: Option) => {
    const count = counts[facet].get(o.id) ?? 0;
    const checked = (state.view[facet] as string[]).includes(o.id);
    return html`<label class="option ${count === 0 && !checked ? 'empty' : ''}">
      <input type="checkbox" .checked=${checked} @change=${(event: Event) => view.act.toggle(facet, o.id, (event.target as HTMLInputElement).checked)} /><span
        >${o.label} <span class="count">(${count})</span></span
      >
    </label>`;
  };
  const facetBlock = (facet: FacetKey) => {
    const options = facetOptions(view, facet);
    // A preset of one value is fixed: there is nothing left to choose.
    if (options.length <= 1 && state.presetIds(facet).length) return nothing;
    let body: unknown = options.map((o) => option(facet, o));
    if (facet === 'factors') {
      body = LEVEL_IDS.map((level) => ({ level, options: options.filter((o) => o.level === level) }))
        .filter((g) => g.options.length)
        .map((group) => {
          const title = view.text(catalogue.levels.find((l) => l.id === group.level)!.title);
          const ids = group.options.map((o) => o.id);
          const chosen = ids.filter((id) => state.view.factors.includes(id)).length;
          return html`<details class="factor-group" ?open=${state.groupOpen(group.level, ids)} @toggle=${(event: Event) => state.setGroupOpen(group.level, (event.target as HTMLDetailsElement).open)}>
            <summary class="facet-group-label">${title}${chosen ? ` (${t('finder.filters-active', { count: chosen })})` : ''}</summary>
            <div role="group" aria-label=${title}>${group.options.map((o) => option(facet, o))}</div>
          </details>`;
        });
    } else if (facet === 'evidence') {
      // The badges name the kind of evidence; what each kind means is one click away.
      body = html`${body}
        <details class="evidence-help">
          <summary>${t('finder.evidence-help')}</summary>
          <dl>
            ${catalogue.evidence
              .filter((e) => options.some((o) => o.id === e.id))
              .map((e) => html`<dt>${view.text(e.title)}</dt><dd>${view.text(e.description)}</dd>`)}
          </dl>
        </details>`;
    }
    return html`<fieldset part="facet" data-facet=${facet}><legend>${t(`finder.facet.${facet}`)}</legend>${body}</fieldset>`;
  };
  return html`<div class="facets-column">
    <button type="button" class="secondary facets-toggle" aria-expanded=${view.facetsOpen ? 'true' : 'false'} aria-controls="facets" @click=${() => view.act.toggleFacets()}>
      ${t('finder.filters-toggle')}${active ? ` (${t('finder.filters-active', { count: active })})` : ''}
    </button>
    <div id="facets" class="facets" part="facets" ?data-collapsed=${!view.facetsOpen} role="group" aria-label=${t('finder.filters')}>
      <p class="facets-count">${countText(view, result.total)}</p>
      ${FACET_ORDER.map(facetBlock)}
      ${activeFilterCount(state.view) ? html`<button type="button" class="secondary" @click=${() => view.act.clearFilters()}>${t('finder.clear-all')}</button>` : nothing}
    </div>
  </div>`;
}

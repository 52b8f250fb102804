import { html, nothing } from 'lit';
import { FACETS, activeFilterCount, type FacetKey } from '../../../src/core/finder.js';
import { LEVEL_IDS } from '../../../src/core/ids.js';
import type { SearchResult } from '../../../src/core/search.js';
import type { FinderView } from './context.js';

interface Option {
  id: string;
  label: string;
  level?: string;
}

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
      @input=${(event: InputEvent) => view.act.search((event.target as HTMLInputElement).value)}
    />
    <span id="search-hint" class="hint">${view.t('finder.search-hint')}</span>
  </div>`;
}

/** The options of one facet, within its preset (and, for factors, within the level preset). */
export function facetOptions(view: FinderView, facet: FacetKey): Option[] {
  const { catalogue, state } = view;
  const preset = new Set(state.presetIds(facet));
  const keep = (id: string) => preset.size === 0 || preset.has(id);
  if (facet !== 'factors') return catalogue[facet].filter((e) => keep(e.id)).map((e) => ({ id: e.id, label: view.text(e.title) }));
  const levelPreset = state.presetIds('levels');
  return catalogue.levels
    .filter((l) => !levelPreset.length || levelPreset.includes(l.id))
    .flatMap((l) => l.factors.filter((f) => keep(f.id)).map((f) => ({ id: f.id, label: view.text(f.title), level: l.id })));
}

/** The filter panel: one fieldset per facet with live counts; collapsible on narrow layouts. */
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
        .map(
          (group) => html`<div role="group" aria-labelledby="factor-group-${group.level}">
            <p class="facet-group-label" id="factor-group-${group.level}">${view.text(catalogue.levels.find((l) => l.id === group.level)!.title)}</p>
            ${group.options.map((o) => option(facet, o))}
          </div>`,
        );
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
    return html`<fieldset part="facet"><legend>${t(`finder.facet.${facet}`)}</legend>${body}</fieldset>`;
  };
  return html`<div class="facets-column">
    <button type="button" class="secondary facets-toggle" aria-expanded=${view.facetsOpen ? 'true' : 'false'} aria-controls="facets" @click=${() => view.act.toggleFacets()}>
      ${t('finder.filters-toggle')}${active ? ` (${t('finder.filters-active', { count: active })})` : ''}
    </button>
    <div id="facets" class="facets" part="facets" ?data-collapsed=${!view.facetsOpen} role="group" aria-label=${t('finder.filters')}>
      ${FACETS.map(facetBlock)}
      ${activeFilterCount(state.view) ? html`<button type="button" class="secondary" @click=${() => view.act.clearFilters()}>${t('finder.clear-all')}</button>` : nothing}
    </div>
  </div>`;
}

import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { literal, html as staticHtml, type StaticValue } from 'lit/static-html.js';
import type { Catalogue } from '../../src/core/catalogue.js';
import {
  EMPTY_STATE,
  FACETS,
  activeFilterCount,
  entryTitle,
  factorTitle,
  parseIdList,
  readStateFromParams,
  shortlistRows,
  shortlistToCsv,
  shortlistToJson,
  unknownIds,
  validIds,
  writeStateToParams,
  type FacetKey,
  type FinderState,
  type ShortlistRow,
} from '../../src/core/finder.js';
import { localize, type MessageKey } from '../../src/core/i18n.js';
import { LEVEL_IDS, type Lang } from '../../src/core/ids.js';
import { problem, type Problem } from '../../src/core/problems.js';
import type { Intervention, LocalizedText } from '../../src/core/schema.js';
import { SORT_ORDERS, buildSearchIndex, highlight, search, type SearchIndex, type SearchResult, type SortOrder } from '../../src/core/search.js';
import { LioWidget } from '../../src/elements/lio-widget.js';
import { baseStyles } from '../../src/elements/styles/base.js';
import { catalogueErrorMessage, renderErrorView } from '../../src/elements/views/error-view.js';
import { renderExternalLink } from '../../src/elements/views/link.js';
import { renderSkeleton } from '../../src/elements/views/skeleton.js';
import styles from './intervention-finder.styles.js';

const HEADINGS: Record<number, StaticValue> = { 2: literal`h2`, 3: literal`h3`, 4: literal`h4`, 5: literal`h5`, 6: literal`h6` };
const PRESET_ATTRIBUTES: Record<FacetKey, string> = { levels: 'level', factors: 'factors', phases: 'phases', evidence: 'evidence' };
const DETAIL_FIELDS = ['population', 'country', 'duration', 'sessions', 'outcome'] as const;
/** Quiet time before the result count is announced, so typing is not interrupted by every keystroke. */
const ANNOUNCE_DELAY = 600;

/**
 * Search and filter every intervention of the catalogue by level, factor, phase and strength of
 * evidence; read the details, sources and links; keep a shortlist and export or print it.
 *
 * Works alone (it loads the built-in catalogue) or inside `<lio-catalogue>`. The shortlist lives in
 * the page workspace, so other widgets (the maturity matrix) can use it; a factor picked in the
 * model diagram and the weakest factors of the quick scan filter the results.
 *
 * @summary Faceted, evidence-aware search over the LIO interventions, with detail view, shortlist, deep links and export.
 * @tagname lio-intervention-finder
 *
 * @event {CustomEvent<LioFilterChangeDetail>} lio-filter-change - The search or filters changed; `detail.state`, `detail.total`, `detail.ids`.
 * @event {CustomEvent<LioInterventionOpenDetail>} lio-intervention-open - An intervention was opened in the detail view; `detail.id`, `detail.intervention`.
 * @event {CustomEvent<LioShortlistChangeDetail>} lio-shortlist-change - The shortlist changed; `detail.ids`, `detail.added` or `detail.removed`.
 * @event {CustomEvent<LioErrorDetail>} lio-error - Invalid preset attributes (`invalid-attribute`, with the valid ids), an invalid or unreachable catalogue, or unavailable storage.
 *
 * @csspart base - The whole finder.
 * @csspart search - The search field.
 * @csspart facets - The filter panel.
 * @csspart facet - One group of filters (a fieldset).
 * @csspart results - The list of results.
 * @csspart result - One result card.
 * @csspart badge - The evidence badge on a card.
 * @csspart detail - The detail dialog.
 * @csspart shortlist - The shortlist section.
 * @csspart error - The error view.
 *
 * @cssproperty --lio-intervention-finder-facet-width - Width of the filter column on wide layouts (default 17rem).
 * @cssproperty --lio-intervention-finder-mark-background - Background of highlighted search words.
 * @cssproperty --lio-intervention-finder-badge-proven - Colour of the "proven effective" badge.
 * @cssproperty --lio-intervention-finder-badge-mixed - Colour of the "mixed" and "no effect" badges.
 * @cssproperty --lio-intervention-finder-badge-other - Colour of the other evidence badges.
 */
export class LioInterventionFinder extends LioWidget {
  static override styles = [baseStyles, styles];

  /** Preset: only these levels (comma-separated ids, e.g. `task,organisation`). */
  @property({ reflect: true }) level = '';

  /** Preset: only these factors (comma-separated factor ids). */
  @property({ reflect: true }) factors = '';

  /** Preset: only these phases (comma-separated: unaware, selection, action, application, continuous). */
  @property({ reflect: true }) phases = '';

  /** Preset: only these kinds of evidence (comma-separated: proven, mixed, not-effective, practice, expert-session). */
  @property({ reflect: true }) evidence = '';

  /** Level of the finder's own heading (2–6); headings inside follow from it. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Keep the search, filters, sort and open detail in the page URL (`lio-q`, `lio-level`, …), for sharing and the back button. */
  @property({ attribute: 'sync-url', type: Boolean }) syncUrl = false;

  /** Results shown at first and added per "Show more"; 0 shows all. */
  @property({ attribute: 'page-size', type: Number }) pageSize = 20;

  @state() private view: FinderState = { ...EMPTY_STATE };
  @state() private shown = 0;
  @state() private facetsOpen = false;
  @state() private announcement = '';
  @state() private note: MessageKey | undefined;

  @query('dialog') private dialog?: HTMLDialogElement;

  private searchIndex?: { catalogue: Catalogue; lang: Lang; index: SearchIndex };
  private lastResult?: SearchResult;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private detailOpener?: HTMLElement;
  private reportedPresetProblems = '';
  private urlRead = false;
  /** The workspace focus already acted on; `null` until the first look (an old pick is not replayed). */
  private seenFocus: string | undefined | null = null;
  private searchKey = '';
  private readonly onPopState = () => this.readUrl();

  /** The current search, filters, sort and open detail. */
  get filters(): FinderState {
    return structuredClone(this.view);
  }

  /** Ids of the current results, in the shown order (empty until the catalogue is loaded). */
  get results(): string[] {
    return this.lastResult?.hits.map((hit) => hit.item.id) ?? [];
  }

  /** Ids on the shortlist (shared with other widgets in the same workspace). */
  get shortlist(): string[] {
    return [...(this.shared.state.shortlist ?? [])];
  }

  /** Change search, filters or sort from script; unknown ids are ignored. Fires `lio-filter-change`. */
  setFilters(next: Partial<FinderState>): void {
    this.applyState({ ...this.view, ...next });
  }

  /** Clear the search and every filter the visitor set (presets stay). */
  clearFilters(): void {
    this.applyState({ ...EMPTY_STATE, sort: this.view.sort });
  }

  /** Show one intervention in the detail view. */
  openIntervention(id: string): void {
    if (this.catalogueValue?.interventionById.has(id)) this.applyState({ ...this.view, open: id }, 'push');
  }

  /** Close the detail view; focus returns to where it was. */
  closeIntervention(): void {
    if (this.view.open) this.applyState({ ...this.view, open: undefined }, 'push');
  }

  /** Add an intervention to the shortlist. */
  addToShortlist(id: string): void {
    if (this.shortlist.includes(id) || !this.catalogueValue?.interventionById.has(id)) return;
    const ids = [...this.shortlist, id];
    this.shared.update({ shortlist: ids });
    this.emit('lio-shortlist-change', { ids, added: id });
  }

  /** Remove an intervention from the shortlist. */
  removeFromShortlist(id: string): void {
    if (!this.shortlist.includes(id)) return;
    const ids = this.shortlist.filter((other) => other !== id);
    this.shared.update({ shortlist: ids });
    this.emit('lio-shortlist-change', { ids, removed: id });
  }

  /** The shortlist as CSV or JSON text (what the download buttons save). */
  exportShortlist(format: 'csv' | 'json'): string {
    const catalogue = this.catalogueValue;
    if (!catalogue) return '';
    if (format === 'json') return shortlistToJson(this.shortlist, catalogue);
    const headers = Object.fromEntries(
      (['id', 'title', 'level', 'factors', 'evidence', 'phases', 'section', 'sources', 'links'] as const).map((key) => [key, this.t(`finder.csv.${key}`)]),
    ) as Record<keyof ShortlistRow, string>;
    return shortlistToCsv(shortlistRows(this.shortlist, catalogue, this.uiLang), headers);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl) window.addEventListener('popstate', this.onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    clearTimeout(this.announceTimer);
    this.announceTimer = undefined;
    this.urlRead = false;
  }

  private get uiLang(): Lang {
    return this.localize.lang;
  }

  private get catalogueValue(): Catalogue | undefined {
    const state = this.catalogue.state;
    return state.status === 'ready' ? state.catalogue : undefined;
  }

  private t(key: MessageKey, params?: Record<string, string | number>): string {
    return this.localize.t(key, params);
  }

  private text(value: LocalizedText): string {
    return localize(value, this.uiLang);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const catalogue = this.catalogueValue;
    if (!catalogue) return;
    if (changed.has('syncUrl')) {
      window.removeEventListener('popstate', this.onPopState);
      if (this.syncUrl) window.addEventListener('popstate', this.onPopState);
    }
    if (this.syncUrl && !this.urlRead) {
      this.urlRead = true;
      this.view = readStateFromParams(new URLSearchParams(window.location.search), catalogue);
    }
    this.followWorkspace(catalogue);
    if (!this.shown) this.shown = this.pageSize || Number.POSITIVE_INFINITY;
  }

  protected override updated(): void {
    const dialog = this.dialog;
    if (dialog && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('.detail-title')?.focus();
    }
    const presetProblems = this.presetProblems();
    const key = JSON.stringify(presetProblems);
    if (presetProblems.length && key !== this.reportedPresetProblems) {
      this.emit('lio-error', { code: 'invalid-attribute', message: this.presetMessage(presetProblems), problems: presetProblems });
    }
    this.reportedPresetProblems = presetProblems.length ? key : '';
  }

  /** A factor picked in the model diagram filters the results (once per pick). */
  private followWorkspace(catalogue: Catalogue): void {
    const factor = this.shared.state.focus?.factor;
    if (factor === this.seenFocus) return;
    const first = this.seenFocus === null;
    this.seenFocus = factor;
    if (!factor || first || !catalogue.factorById.has(factor)) return;
    this.view = { ...this.view, factors: [factor], open: undefined };
    this.note = 'finder.focus-note';
    this.shown = this.pageSize || Number.POSITIVE_INFINITY;
  }

  private presetIds(facet: FacetKey): string[] {
    return parseIdList(this[PRESET_ATTRIBUTES[facet] as 'level' | 'factors' | 'phases' | 'evidence']);
  }

  private presetProblems(): Problem[] {
    const catalogue = this.catalogueValue;
    if (!catalogue) return [];
    return FACETS.flatMap((facet) => {
      const unknown = unknownIds(catalogue, facet, this.presetIds(facet));
      if (!unknown.length) return [];
      const attribute = PRESET_ATTRIBUTES[facet];
      return [
        problem(attribute, 'invalid-value', `unknown id(s) ${unknown.join(', ')}; expected one of ${validIds(catalogue, facet).join(', ')}`, {
          values: validIds(catalogue, facet).join(', '),
        }),
      ];
    });
  }

  private presetMessage(problems: Problem[]): string {
    const first = problems[0]!;
    return this.t('error.invalid-attribute', {
      value: this.presetIds(FACETS.find((f) => PRESET_ATTRIBUTES[f] === first.path)!).join(','),
      attribute: first.path,
      valid: String(first.params?.values ?? ''),
    });
  }

  /** Apply a new state: search, announce, sync the URL, tell the host. */
  private applyState(next: FinderState, history: 'replace' | 'push' = 'replace'): void {
    const catalogue = this.catalogueValue;
    const known = (facet: FacetKey, ids: readonly string[]) => (catalogue ? ids.filter((id) => validIds(catalogue, facet).includes(id)) : [...ids]);
    const clean: FinderState = {
      text: next.text ?? '',
      levels: known('levels', next.levels ?? []) as FinderState['levels'],
      factors: known('factors', next.factors ?? []),
      phases: known('phases', next.phases ?? []) as FinderState['phases'],
      evidence: known('evidence', next.evidence ?? []) as FinderState['evidence'],
      sort: SORT_ORDERS.includes(next.sort) ? next.sort : 'relevance',
      ...(next.open && catalogue?.interventionById.has(next.open) ? { open: next.open } : {}),
    };
    const filtersChanged = JSON.stringify({ ...clean, open: undefined }) !== JSON.stringify({ ...this.view, open: undefined });
    const opened = clean.open && clean.open !== this.view.open ? clean.open : undefined;
    if (opened) {
      // Return focus only to something inside the finder; otherwise the search field takes it.
      const active = this.deepActiveElement();
      this.detailOpener = active && this.renderRoot.contains(active) ? active : undefined;
    }
    const closing = !clean.open && this.view.open;
    this.view = clean;
    if (filtersChanged) {
      this.shown = this.pageSize || Number.POSITIVE_INFINITY;
      this.note = undefined;
    }
    if (this.syncUrl) this.writeUrl(history);
    if (filtersChanged && catalogue) {
      const result = this.runSearch(catalogue);
      this.emit('lio-filter-change', { state: this.filters, total: result.total, ids: result.hits.map((h) => h.item.id) });
      this.scheduleAnnouncement(result.total);
    }
    if (opened && catalogue) this.emit('lio-intervention-open', { id: opened, intervention: catalogue.interventionById.get(opened)! });
    if (closing) this.restoreFocus();
  }

  private deepActiveElement(): HTMLElement | undefined {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active instanceof HTMLElement ? active : undefined;
  }

  private restoreFocus(): void {
    const opener = this.detailOpener;
    this.detailOpener = undefined;
    void this.updateComplete.then(() => {
      if (opener?.isConnected) opener.focus();
      else this.renderRoot.querySelector<HTMLElement>('input[type="search"]')?.focus();
    });
  }

  private scheduleAnnouncement(total: number): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announceTimer = undefined;
      this.announcement = this.countText(total);
    }, ANNOUNCE_DELAY);
  }

  private writeUrl(mode: 'replace' | 'push'): void {
    const url = new URL(window.location.href);
    const params = writeStateToParams(this.view, url.searchParams);
    const next = `${url.pathname}${params.size ? `?${params}` : ''}${url.hash}`;
    if (next === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
    if (mode === 'push') window.history.pushState(window.history.state, '', next);
    else window.history.replaceState(window.history.state, '', next);
  }

  private readUrl(): void {
    const catalogue = this.catalogueValue;
    if (!catalogue) return;
    const next = readStateFromParams(new URLSearchParams(window.location.search), catalogue);
    const closing = !next.open && this.view.open;
    this.view = next;
    this.shown = this.pageSize || Number.POSITIVE_INFINITY;
    if (closing) this.restoreFocus();
  }

  private index(catalogue: Catalogue): SearchIndex {
    if (this.searchIndex?.catalogue !== catalogue || this.searchIndex.lang !== this.uiLang) {
      this.searchIndex = { catalogue, lang: this.uiLang, index: buildSearchIndex(catalogue, this.uiLang) };
      this.lastResult = undefined;
    }
    return this.searchIndex.index;
  }

  /** The effective query: the visitor's choice within each facet, or the preset when none. */
  private runSearch(catalogue: Catalogue): SearchResult {
    const pick = <K extends FacetKey>(facet: K) => (this.view[facet].length ? this.view[facet] : this.presetIds(facet)) as FinderState[K];
    const query = {
      text: this.view.text,
      levels: pick('levels'),
      factors: pick('factors'),
      phases: pick('phases'),
      evidence: pick('evidence'),
      sort: this.view.sort,
    };
    const index = this.index(catalogue);
    // Renders that change nothing searched (the announcement, the disclosure) reuse the result.
    const key = JSON.stringify(query);
    if (this.lastResult && key === this.searchKey && this.searchIndex?.index === index) return this.lastResult;
    this.searchKey = key;
    this.lastResult = search(index, query);
    return this.lastResult;
  }

  private countText(total: number): string {
    return total === 1 ? this.t('finder.count-one') : this.t('finder.count-other', { count: total });
  }

  // ───────────────────────────── rendering ─────────────────────────────

  private heading(offset: number, content: unknown, attrs: { id?: string; className?: string; focusable?: boolean } = {}): TemplateResult {
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 2) + offset);
    return staticHtml`<${HEADINGS[level]!} id=${attrs.id ?? nothing} class=${attrs.className ?? nothing} tabindex=${attrs.focusable ? '-1' : nothing}>${content}</${HEADINGS[level]!}>`;
  }

  protected override render() {
    const state = this.catalogue.state;
    if (state.status === 'loading') return renderSkeleton(this.t('loading'), 6);
    if (state.status === 'error' && this.catalogue.fromProvider) {
      // The <lio-catalogue> around us already shows (and announces) the problems.
      return renderErrorView({ lang: this.uiLang, message: this.t('error.catalogue-provider'), alert: false });
    }
    if (state.status === 'error') {
      return renderErrorView({
        lang: this.uiLang,
        message: catalogueErrorMessage(this.uiLang, state.code, state.url),
        problems: state.problems,
        ...(state.code === 'chunk-unavailable' ? { onRetry: () => this.catalogue.retry() } : {}),
      });
    }
    const catalogue = state.catalogue;
    const presetProblems = this.presetProblems();
    if (presetProblems.length) return renderErrorView({ lang: this.uiLang, message: this.presetMessage(presetProblems), problems: presetProblems });

    const result = this.runSearch(catalogue);
    const open = this.view.open ? catalogue.interventionById.get(this.view.open) : undefined;
    return html`<section class="finder" part="base" aria-labelledby="finder-title">
      ${this.heading(0, this.t('finder.title'), { id: 'finder-title', className: 'title' })}
      <p class="intro">${this.t('finder.intro')}</p>
      ${this.shared.storageFailed ? html`<p class="notice" role="status">${this.t('error.storage-unavailable')}</p>` : nothing}
      ${catalogue.interventions.length === 0
        ? html`<p class="empty-state" role="status">${this.t('finder.empty-catalogue')}</p>`
        : html`${this.renderSearch()}
            <div class="layout">
              ${this.renderFacets(catalogue, result)}
              <div class="results-area">${this.renderResults(catalogue, result)}</div>
            </div>
            ${this.renderShortlist(catalogue)}`}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </section>
    ${open ? this.renderDetail(catalogue, open) : nothing}`;
  }

  private renderSearch() {
    return html`<div class="search" part="search" role="search">
      <label for="search">${this.t('finder.search-label')}</label>
      <input
        id="search"
        type="search"
        autocomplete="off"
        spellcheck="false"
        aria-describedby="search-hint"
        .value=${this.view.text}
        @input=${(event: InputEvent) => this.applyState({ ...this.view, text: (event.target as HTMLInputElement).value })}
      />
      <span id="search-hint" class="hint">${this.t('finder.search-hint')}</span>
    </div>`;
  }

  private facetOptions(catalogue: Catalogue, facet: FacetKey): Array<{ id: string; label: string; level?: string }> {
    const preset = new Set(this.presetIds(facet));
    const keep = (id: string) => preset.size === 0 || preset.has(id);
    const levelPreset = new Set(this.presetIds('levels'));
    switch (facet) {
      case 'levels':
        return catalogue.levels.filter((l) => keep(l.id)).map((l) => ({ id: l.id, label: this.text(l.title) }));
      case 'factors':
        return catalogue.levels
          .filter((l) => levelPreset.size === 0 || levelPreset.has(l.id))
          .flatMap((l) => l.factors.filter((f) => keep(f.id)).map((f) => ({ id: f.id, label: this.text(f.title), level: l.id })));
      case 'phases':
        return catalogue.phases.filter((p) => keep(p.id)).map((p) => ({ id: p.id, label: this.text(p.title) }));
      case 'evidence':
        return catalogue.evidence.filter((e) => keep(e.id)).map((e) => ({ id: e.id, label: this.text(e.title) }));
    }
  }

  private toggle(facet: FacetKey, id: string, on: boolean): void {
    const current = this.view[facet] as string[];
    const next = on ? [...current, id] : current.filter((other) => other !== id);
    this.applyState({ ...this.view, [facet]: next });
  }

  private renderFacets(catalogue: Catalogue, result: SearchResult) {
    const counts: Record<FacetKey, Map<string, number>> = {
      levels: result.counts.level,
      factors: result.counts.factor,
      phases: result.counts.phase,
      evidence: result.counts.evidence,
    };
    const active = activeFilterCount({ ...this.view, text: '' });
    const option = (facet: FacetKey, o: { id: string; label: string }) => {
      const count = counts[facet].get(o.id) ?? 0;
      const checked = (this.view[facet] as string[]).includes(o.id);
      return html`<label class="option ${count === 0 && !checked ? 'empty' : ''}">
        <input
          type="checkbox"
          .checked=${checked}
          @change=${(event: Event) => this.toggle(facet, o.id, (event.target as HTMLInputElement).checked)}
        /><span>${o.label} <span class="count">(${count})</span></span>
      </label>`;
    };
    const facetBlock = (facet: FacetKey) => {
      const options = this.facetOptions(catalogue, facet);
      // A preset of one value is fixed: there is nothing left to choose.
      if (options.length <= 1 && this.presetIds(facet).length) return nothing;
      if (facet === 'evidence') {
        // The badges name the kind of evidence; what each kind means is one click away.
        return html`<fieldset part="facet">
          <legend>${this.t('finder.facet.evidence')}</legend>
          ${options.map((o) => option(facet, o))}
          <details class="evidence-help">
            <summary>${this.t('finder.evidence-help')}</summary>
            <dl>
              ${catalogue.evidence
                .filter((e) => options.some((o) => o.id === e.id))
                .map((e) => html`<dt>${this.text(e.title)}</dt><dd>${this.text(e.description)}</dd>`)}
            </dl>
          </details>
        </fieldset>`;
      }
      if (facet !== 'factors') {
        return html`<fieldset part="facet"><legend>${this.t(`finder.facet.${facet}`)}</legend>${options.map((o) => option(facet, o))}</fieldset>`;
      }
      const byLevel = LEVEL_IDS.map((level) => ({ level, options: options.filter((o) => o.level === level) })).filter((g) => g.options.length);
      return html`<fieldset part="facet">
        <legend>${this.t('finder.facet.factors')}</legend>
        ${byLevel.map(
          (group) => html`<div role="group" aria-labelledby="factor-group-${group.level}">
            <p class="facet-group-label" id="factor-group-${group.level}">${this.text(catalogue.levels.find((l) => l.id === group.level)!.title)}</p>
            ${group.options.map((o) => option('factors', o))}
          </div>`,
        )}
      </fieldset>`;
    };
    return html`<div class="facets-column">
      <button
        type="button"
        class="facets-toggle"
        aria-expanded=${this.facetsOpen ? 'true' : 'false'}
        aria-controls="facets"
        @click=${() => (this.facetsOpen = !this.facetsOpen)}
      >
        ${this.t('finder.filters-toggle')}${active ? ` (${this.t('finder.filters-active', { count: active })})` : ''}
      </button>
      <div id="facets" class="facets" part="facets" ?data-collapsed=${!this.facetsOpen} role="group" aria-label=${this.t('finder.filters')}>
        ${FACETS.map(facetBlock)}
        ${activeFilterCount(this.view)
          ? html`<button type="button" class="secondary" @click=${() => this.clearFilters()}>${this.t('finder.clear-all')}</button>`
          : nothing}
      </div>
    </div>`;
  }

  private renderResults(catalogue: Catalogue, result: SearchResult) {
    const visible = result.hits.slice(0, this.shown);
    const scan = this.shared.state.scan;
    return html`<div class="toolbar">
        <p class="result-count" id="result-count">${this.countText(result.total)}</p>
        <div class="sort">
          <label for="sort">${this.t('finder.sort')}</label>
          <select id="sort" @change=${(event: Event) => this.applyState({ ...this.view, sort: (event.target as HTMLSelectElement).value as SortOrder })}>
            ${SORT_ORDERS.map((order) => html`<option value=${order} ?selected=${order === this.view.sort}>${this.t(`finder.sort.${order}`)}</option>`)}
          </select>
        </div>
      </div>
      ${this.note ? html`<p class="notes">${this.t(this.note)}</p>` : nothing}
      ${result.partial && result.total ? html`<p class="notes partial">${this.t('finder.partial')}</p>` : nothing}
      ${scan?.weakFactors?.length
        ? html`<p class="notes">
            <button type="button" class="secondary" @click=${() => this.applyScan(catalogue)}>${this.t('finder.recommend')}</button>
          </p>`
        : nothing}
      ${result.total === 0
        ? this.renderNoResults(catalogue)
        : html`<ul class="results" part="results" aria-labelledby="result-count">
            ${visible.map((hit) => html`<li>${this.renderCard(catalogue, hit.item, hit.terms)}</li>`)}
          </ul>`}
      ${result.total > visible.length
        ? html`<div class="more">
            <button type="button" class="secondary" @click=${() => this.showMore(visible.length)}>${this.t('finder.show-more')}</button>
            <span>${this.t('finder.showing', { shown: visible.length, total: result.total })}</span>
          </div>`
        : nothing}`;
  }

  private applyScan(catalogue: Catalogue): void {
    const scan = this.shared.state.scan;
    if (!scan) return;
    const phase = scan.phase && catalogue.phases.some((p) => p.id === scan.phase) ? [scan.phase as FinderState['phases'][number]] : [];
    this.applyState({ ...this.view, factors: scan.weakFactors, phases: phase, sort: 'evidence' });
    this.note = 'finder.recommend-note';
  }

  private showMore(from: number): void {
    this.shown = from + (this.pageSize || Number.POSITIVE_INFINITY);
    // Keyboard users continue at the first new result.
    void this.updateComplete.then(() => this.renderRoot.querySelectorAll<HTMLElement>('.results .link-button')[from]?.focus());
  }

  private renderNoResults(catalogue: Catalogue) {
    const chips: TemplateResult[] = [];
    if (this.view.text.trim()) {
      chips.push(html`<li><button type="button" class="chip" @click=${() => this.applyState({ ...this.view, text: '' })}>${this.t('finder.remove-text', { text: this.view.text.trim() })}</button></li>`);
    }
    for (const facet of FACETS) {
      for (const id of this.view[facet] as string[]) {
        const label = this.facetOptions(catalogue, facet).find((o) => o.id === id)?.label ?? id;
        chips.push(html`<li><button type="button" class="chip" @click=${() => this.toggle(facet, id, false)}>${this.t('finder.remove-filter', { label })}</button></li>`);
      }
    }
    return html`<div class="empty-state">
      <p>${this.t('finder.no-results')}</p>
      ${chips.length ? html`<p>${this.t('finder.no-results-hint')}</p><ul class="chips">${chips}</ul>` : nothing}
    </div>`;
  }

  private marked(text: string, terms: readonly string[]) {
    if (!terms.length) return text;
    return highlight(text, terms).map((segment) => (segment.match ? html`<mark>${segment.text}</mark>` : segment.text));
  }

  private titleOf(list: readonly { id: string; title: LocalizedText }[], id: string): string {
    return entryTitle(list, id, this.uiLang);
  }

  private renderBadge(catalogue: Catalogue, item: Intervention) {
    return html`<span class="badge" part="badge" data-evidence=${item.evidence}>${this.t('finder.evidence')}: ${this.titleOf(catalogue.evidence, item.evidence)}</span>`;
  }

  private renderCard(catalogue: Catalogue, item: Intervention, terms: readonly string[]) {
    const saved = this.shortlist.includes(item.id);
    const title = this.text(item.title);
    return html`<article class="card" part="result" data-id=${item.id}>
      ${this.heading(
        1,
        html`<button type="button" class="link-button" data-open=${item.id} @click=${() => this.openIntervention(item.id)}>
          ${this.marked(title, terms)}
        </button>`,
        { className: 'card-title' },
      )}
      <p class="summary">${this.marked(this.text(item.summary), terms)}</p>
      <ul class="meta">
        <li>${this.renderBadge(catalogue, item)}</li>
        <li class="tag">${this.t('finder.level')}: ${this.titleOf(catalogue.levels, item.level)}</li>
        ${item.factors.map((f) => html`<li class="tag">${factorTitle(catalogue, f, this.uiLang)}</li>`)}
        <li class="tag">${this.t(`finder.kind.${item.kind ?? 'approach'}`)}</li>
      </ul>
      <p class="phases">${this.t('finder.phases')}: ${item.phases.map((p) => this.titleOf(catalogue.phases, p)).join(', ')}</p>
      <div class="card-actions">
        <button
          type="button"
          class=${saved ? 'secondary' : ''}
          aria-pressed=${saved ? 'true' : 'false'}
          aria-label=${saved ? this.t('finder.remove-long', { title }) : this.t('finder.add-long', { title })}
          @click=${() => (saved ? this.removeFromShortlist(item.id) : this.addToShortlist(item.id))}
        >
          ${saved ? this.t('finder.remove') : this.t('finder.add')}
        </button>
      </div>
    </article>`;
  }

  private renderShortlist(catalogue: Catalogue) {
    const items = this.shortlist.map((id) => catalogue.interventionById.get(id)).filter((item): item is Intervention => !!item);
    return html`<section class="shortlist" part="shortlist" aria-labelledby="shortlist-title">
      ${this.heading(1, html`${this.t('finder.shortlist')} <span class="count">(${this.t('finder.shortlist-count', { count: items.length })})</span>`, {
        id: 'shortlist-title',
        className: 'shortlist-title',
      })}
      ${items.length
        ? html`<ol>
              ${items.map(
                (item) => html`<li>
                  <button type="button" class="link-button" @click=${() => this.openIntervention(item.id)}>${this.text(item.title)}</button>
                  <button
                    type="button"
                    class="secondary"
                    aria-label=${this.t('finder.remove-long', { title: this.text(item.title) })}
                    @click=${() => this.removeFromShortlist(item.id)}
                  >
                    ${this.t('finder.remove')}
                  </button>
                </li>`,
              )}
            </ol>
            <div class="export">
              <button type="button" class="secondary" @click=${() => this.download('csv')}>${this.t('finder.export-csv')}</button>
              <button type="button" class="secondary" @click=${() => this.download('json')}>${this.t('finder.export-json')}</button>
              <button type="button" class="secondary" @click=${() => this.print('shortlist')}>${this.t('finder.print')}</button>
            </div>`
        : html`<p>${this.t('finder.shortlist-empty')}</p>`}
    </section>`;
  }

  private download(format: 'csv' | 'json'): void {
    const type = format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json';
    const url = URL.createObjectURL(new Blob([this.exportShortlist(format)], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${this.t('finder.shortlist').toLowerCase().replace(/\s+/g, '-')}.${format}`;
    link.hidden = true;
    this.renderRoot.append(link);
    link.click();
    link.remove();
    // Revoke after the browser has started the download.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  private print(target: 'shortlist' | 'detail'): void {
    this.dataset['printing'] = target;
    const done = () => {
      delete this.dataset['printing'];
      window.removeEventListener('afterprint', done);
    };
    window.addEventListener('afterprint', done);
    window.print();
  }

  private renderDetail(catalogue: Catalogue, item: Intervention) {
    const title = this.text(item.title);
    const saved = this.shortlist.includes(item.id);
    const evidence = catalogue.evidence.find((e) => e.id === item.evidence);
    const details = DETAIL_FIELDS.filter((key) => item.details?.[key]);
    const related = (item.related ?? []).map((id) => catalogue.interventionById.get(id)).filter((r): r is Intervention => !!r);
    const section = (titleKey: MessageKey, body: unknown) => html`${this.heading(2, this.t(titleKey), { className: 'detail-section-title' })}${body}`;
    return html`<dialog part="detail" aria-labelledby="detail-title" @cancel=${(event: Event) => this.onDialogCancel(event)} @close=${() => this.closeIntervention()}>
      <article class="detail" data-id=${item.id}>
        <div class="detail-header">
          ${this.heading(1, title, { id: 'detail-title', className: 'detail-title', focusable: true })}
          <button type="button" class="secondary" @click=${() => this.closeIntervention()}>${this.t('finder.close')}</button>
        </div>
        <ul class="meta">
          <li>${this.renderBadge(catalogue, item)}</li>
          <li class="tag">${this.t('finder.level')}: ${this.titleOf(catalogue.levels, item.level)}</li>
          ${item.factors.map((f) => html`<li class="tag">${factorTitle(catalogue, f, this.uiLang)}</li>`)}
          <li class="tag">${item.section ? this.t('finder.section', { section: item.section }) : this.t('finder.own-item')}</li>
        </ul>
        <p>${this.text(item.summary)}</p>
        <p class="phases">${this.t('finder.phases')}: ${item.phases.map((p) => this.titleOf(catalogue.phases, p)).join(', ')}. ${this.t('finder.detail.phases-note')}</p>
        ${details.length
          ? section(
              'finder.detail.study',
              html`<dl>
                ${details.map((key) => html`<dt>${this.t(`finder.detail.${key}`)}</dt><dd>${this.text(item.details![key]!)}</dd>`)}
              </dl>`,
            )
          : nothing}
        ${section(
          'finder.detail.sources',
          item.sources.length ? html`<ul>${item.sources.map((s) => html`<li>${s}</li>`)}</ul>` : html`<p>${this.t('finder.detail.no-sources')}</p>`,
        )}
        ${item.links.length
          ? section(
              'finder.detail.links',
              html`<ul>
                ${item.links.map((link) => html`<li>${renderExternalLink(link.url, link.label ? this.text(link.label) : link.url, this.t('link.external'))}</li>`)}
              </ul>`,
            )
          : nothing}
        ${related.length
          ? section(
              'finder.detail.related',
              html`<ul>
                ${related.map((r) => html`<li><button type="button" class="link-button" @click=${() => this.switchDetail(r.id)}>${this.text(r.title)}</button></li>`)}
              </ul>`,
            )
          : nothing}
        ${section(
          'finder.detail.about-evidence',
          html`<p><strong>${evidence ? this.text(evidence.title) : item.evidence}:</strong> ${evidence ? this.text(evidence.description) : ''}</p>
            ${catalogue.meta.about ? html`<p>${this.text(catalogue.meta.about)}</p>` : nothing}`,
        )}
        <div class="detail-actions">
          <button
            type="button"
            aria-pressed=${saved ? 'true' : 'false'}
            @click=${() => (saved ? this.removeFromShortlist(item.id) : this.addToShortlist(item.id))}
          >
            ${saved ? this.t('finder.remove-long', { title }) : this.t('finder.add-long', { title })}
          </button>
          <button type="button" class="secondary" @click=${() => this.print('detail')}>${this.t('finder.print')}</button>
        </div>
      </article>
    </dialog>`;
  }

  /** Escape: close through our own state so focus and URL follow. */
  private onDialogCancel(event: Event): void {
    event.preventDefault();
    this.closeIntervention();
  }

  private switchDetail(id: string): void {
    const opener = this.detailOpener;
    this.applyState({ ...this.view, open: id }, 'push');
    // Keep returning focus to the result the visitor first came from.
    this.detailOpener = opener;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.detail-title')?.focus());
  }
}

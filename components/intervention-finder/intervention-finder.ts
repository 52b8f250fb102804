import { html, nothing, type PropertyDeclarations } from 'lit';
import { EMPTY_STATE, catalogueOrigin, currentId, shortlistRows, shortlistToCsv, shortlistToJson, type CatalogueOrigin, type FinderState, type ShortlistRow } from '../../src/core/finder.js';
import { CSV_SEPARATORS } from '../../src/core/csv.js';
import { localize } from '../../src/core/i18n.js';
import type { Catalogue } from '../../src/core/catalogue.js';
import type { LocalizedText } from '../../src/core/schema.js';
import { AnnouncerController } from '../../src/elements/announcer.js';
import { AttributeProblemsController } from '../../src/elements/attributes.js';
import { retryableImport } from '../../src/elements/chunks.js';
import { LazyPartController } from '../../src/elements/lazy-part.js';
import { LioWidget } from '../../src/elements/lio-widget.js';
import { getWorkspace } from '../../src/elements/workspace.js';
import { baseStyles } from '../../src/elements/styles/base.js';
import { controlStyles } from '../../src/elements/styles/controls.js';
import { renderSkeleton } from '../../src/elements/views/skeleton.js';
import type { SearchResult } from '../../src/core/search/types.js';
import './events.js';
import { DetailPart } from './detail-part.js';
import { FinderStateController, type StateChange } from './finder-state.js';
import styles from './intervention-finder.styles.js';
import { finderMessages, finderPartMessages } from './messages/index.js';
import { countText, type FinderActions, type FinderView } from './views/context.js';
import { renderFacets, renderSearch } from './views/facets.js';
import { renderResults } from './views/results.js';
import { renderShortlist, renderShortlistButton } from './views/shortlist.js';

/** Quiet time before the result count is announced, so typing is not interrupted by every keystroke. */
const ANNOUNCE_DELAY = 600;

/** Export, print and the recommendations: a part loaded apart (shortlist-tools.ts), asked for again under a fresh URL after a failure. */
const loadTools = retryableImport(() => import('./shortlist-tools.js'), import.meta.url);

/**
 * Search and filter every intervention of the catalogue by level, factor, phase and strength of
 * evidence; read the details, sources and links; keep a shortlist and export or print it.
 *
 * Works alone (it loads the built-in catalogue) or inside `<lio-catalogue>`. The shortlist lives in
 * the page workspace, so other widgets (the maturity matrix) can use it; a factor picked in the
 * model diagram and the weakest factors of the quick scan filter the results.
 *
 * Change events fire for what the visitor did. A call from script (`setFilters`, `clearFilters`,
 * `openIntervention`, `closeIntervention`, `addToShortlist`, `removeFromShortlist`) changes the
 * finder without echoing an event back to the script that made it; read `filters`, `results` and
 * `shortlist` afterwards instead.
 *
 * @summary Faceted, evidence-aware search over the LIO interventions, with detail view, shortlist, deep links and export.
 * @tagname lio-intervention-finder
 *
 * @event {CustomEvent<LioFilterChangeDetail>} lio-filter-change - The visitor changed the search, filters or sort; `detail.state`, `detail.total`, `detail.ids`.
 * @event {CustomEvent<LioInterventionOpenDetail>} lio-intervention-open - The visitor opened an intervention in the detail view; `detail.id`, `detail.intervention`.
 * @event {CustomEvent<LioShortlistChangeDetail>} lio-shortlist-change - The visitor changed the shortlist; `detail.ids`, `detail.added` or `detail.removed`.
 * @event {CustomEvent<LioErrorDetail>} lio-error - Invalid preset attributes (`invalid-attribute`, with the valid ids), an invalid or unreachable catalogue, unavailable storage, wording overrides with unknown keys (`invalid-messages`, with the valid keys), or messages that failed to load (`messages-unavailable`).
 *
 * @csspart base - The whole finder.
 * @csspart search - The search field.
 * @csspart facets - The filter panel.
 * @csspart facet - One group of filters (a fieldset).
 * @csspart results - The list of results.
 * @csspart result - One result card.
 * @csspart badge - The evidence badge on a card.
 * @csspart detail - The detail dialog.
 * @csspart shortlist - The shortlist panel ("Mijn selectie"), shown below the search by its button.
 *
 * @cssproperty --lio-intervention-finder-facet-width - Width of the filter column on wide layouts (default 17em, in the widget's font size).
 * @cssproperty --lio-intervention-finder-mark-background - Background of highlighted search words.
 * @cssproperty --lio-intervention-finder-badge-proven - Colour of the "proven effective" badge.
 * @cssproperty --lio-intervention-finder-badge-mixed - Colour of the "mixed" and "no effect" badges.
 * @cssproperty --lio-intervention-finder-badge-other - Colour of the other evidence badges.
 */
export class LioInterventionFinder extends LioWidget {
  static override styles = [baseStyles, controlStyles, styles];

  static override properties: PropertyDeclarations = {
    level: { reflect: true },
    factors: { reflect: true },
    phases: { reflect: true },
    evidence: { reflect: true },
    syncUrl: { attribute: 'sync-url', type: Boolean },
    pageSize: { attribute: 'page-size', type: Number },
  };

  /** @internal Joined before the first render: the shortlist, the focus from the diagram and the scan are in its first results. */
  static override workspaceSource = getWorkspace;

  /** @internal The finder's own messages: one chunk per language. */
  static override messageLoaders = finderMessages;
  /** @internal The detail view's messages: one chunk per language, loaded with the detail part. */
  static override partMessageLoaders = finderPartMessages;

  /** Preset: only these levels (comma-separated ids, e.g. `task,organisation`). */
  level = '';

  /** Preset: only these factors (comma-separated factor ids). */
  factors = '';

  /** Preset: only these phases (comma-separated: unaware, selection, action, application, continuous). */
  phases = '';

  /** Preset: only these kinds of evidence (comma-separated: proven, mixed, not-effective, practice, expert-session). */
  evidence = '';

  /** Keep the search, filters, sort and open detail in the page URL (`lio-q`, `lio-level`, …), for sharing and the back button. */
  syncUrl = false;

  /** Results shown at first and added per "Show more": a whole number from 0 to 10000; 0 shows all. Another value shows the error view. */
  pageSize = 20;

  /** Whether the filters are shown on a narrow layout (where they collapse behind a button). */
  #facetsOpen = false;

  /** Whether the shortlist panel ("Mijn selectie") is shown below the search. */
  #shortlistOpen = false;

  readonly #state = new FinderStateController(this, {
    currentCatalogue: () => this.readyCatalogue,
    lang: () => this.localize.lang,
    focused: () => this.shared.state.focus,
    onUrlClosed: () => this.#detail.modal?.closed(),
    onTextReady: () => this.#textReady(),
    onTextFailed: () => this.#textFailed(),
  });
  /** A change whose result waits for the text half of the engine; `notify` when the visitor made one of them. */
  #waiting: { notify: boolean } | undefined;
  readonly #announcer = new AnnouncerController(this);
  readonly #detail = new DetailPart(this, {
    waiting: () => !!this.#state.view.open,
    onFailed: () => this.chunkFailed(),
    close: () => this.#act.close(),
    messages: () => this.localize.loadPartMessages(),
  });
  readonly #presets = new AttributeProblemsController(this, this.localize);
  /** Export, print and the recommendations: fetched when the browser is idle; a click before it is there waits for it. */
  readonly #tools = new LazyPartController(this, { load: loadTools, onFailed: () => this.chunkFailed() });

  /** Do `action` with the tools: at once when they are there (still inside the click), else once they arrive. */
  #withTools(action: (tools: Awaited<ReturnType<typeof loadTools>>) => void): void {
    if (this.#tools.part) action(this.#tools.part);
    else void this.#tools.run(action);
  }

  /** The current search, filters, sort and open detail. */
  get filters(): FinderState {
    return structuredClone(this.#state.view);
  }

  /** Ids of the current results, in the shown order (empty until the catalogue is loaded). The first search with text loads the text search first: read them after `await finder.updateComplete`, which waits for it. */
  get results(): string[] {
    return this.#state.resultIds;
  }

  /** Ids on the shortlist (shared with other widgets in the same workspace). */
  get shortlist(): string[] {
    return [...(this.shared.state.shortlist ?? [])];
  }

  /** Change search, filters, sort or the open detail from script; unknown ids are ignored, old ids of merged items followed. Fires no event. */
  setFilters(next: Partial<FinderState>): void {
    this.#change(next, false);
  }

  /** Clear the search and every filter the visitor set (presets stay). Fires no event. */
  clearFilters(): void {
    this.#clear(false);
  }

  /** Show one intervention in the detail view (an old id of a merged item shows the item that took it in). Fires no event. */
  openIntervention(id: string): void {
    this.#open(id, false);
  }

  /** Close the detail view; focus returns to where it was. Fires no event. */
  closeIntervention(): void {
    this.#close(false);
  }

  #clear(notify: boolean): void {
    this.#change({ ...EMPTY_STATE, sort: this.#state.view.sort, open: undefined }, notify);
  }

  #open(id: string, notify: boolean): void {
    if (this.#known(id)) this.#change({ open: id }, notify, 'push');
  }

  #close(notify: boolean): void {
    if (this.#state.view.open) this.#change({ open: undefined }, notify, 'push');
  }

  /** Add an intervention to the shortlist (an old id of a merged item adds the item that took it in). Fires no event. */
  addToShortlist(id: string): void {
    this.#shortlist(id, true, false);
  }

  /** Remove an intervention from the shortlist. Fires no event. */
  removeFromShortlist(id: string): void {
    this.#shortlist(id, false, false);
  }

  /** The one place the finder changes the shortlist; `notify` when the visitor did it. */
  #shortlist(old: string, add: boolean, notify: boolean): void {
    const id = this.#known(old) ?? old;
    const current = this.shortlist;
    if (add ? current.includes(id) || !this.#known(id) : !current.includes(id)) return;
    // An add or remove operation, not the whole list: two tabs editing at once both keep their change.
    if (add) this.shared.add('shortlist', id);
    else this.shared.remove('shortlist', id);
    if (!notify) return;
    this.emit('lio-shortlist-change', add ? { ids: this.shortlist, added: id } : { ids: this.shortlist, removed: id });
    // Say where the item went (or that it left), with the new count: the list itself is out of sight.
    const { lang, t } = this.localize;
    const known = this.readyCatalogue!.interventionById;
    const title = localize(known.get(id)!.title, lang);
    // The count the button shows (items of this catalogue), in words through the plural forms of "finder.count".
    const count = countText(this.localize, this.shortlist.filter((other) => known.has(other)).length);
    this.#announcer.announce(t(add ? 'finder.saved' : 'finder.removed', { title, list: t('finder.shortlist'), count }));
  }

  /**
   * The shortlist as CSV or JSON text (what the download buttons save). The CSV has a header row in
   * the finder's language and is separated by `;` in Dutch (as Dutch Excel expects) and `,` in English.
   */
  exportShortlist(format: 'csv' | 'json'): string {
    const catalogue = this.readyCatalogue;
    if (!catalogue) return '';
    if (format === 'json') return shortlistToJson(this.shortlist, catalogue);
    const { lang, t } = this.localize;
    const headers = Object.fromEntries(
      (['id', 'title', 'summary', 'level', 'factors', 'evidence', 'phases', 'section', 'sources', 'links'] as const).map((key) => [key, t(`finder.csv.${key}`)]),
    ) as Record<keyof ShortlistRow, string>;
    return shortlistToCsv(shortlistRows(this.shortlist, catalogue, lang), headers, CSV_SEPARATORS[lang]);
  }

  /** The current id of `id` (an old id gives the item it was merged into), if the catalogue has that item. */
  #known(id: string): string | undefined {
    const catalogue = this.readyCatalogue;
    id = catalogue ? currentId(catalogue, id) : id;
    return catalogue?.interventionById.has(id) ? id : undefined;
  }

  protected override willUpdate(): void {
    // A saved item that was merged into another stays saved: as its new home, in its place.
    const aliases = this.readyCatalogue?.aliases;
    if (aliases && this.shortlist.some((id) => aliases.has(id))) this.shared.rename('shortlist', aliases);
  }

  /** Apply a state change; tell the host only when the visitor made it (`notify`). */
  #change(patch: Partial<FinderState>, notify: boolean, history: 'replace' | 'push' = 'replace'): StateChange {
    // An old id (`setFilters({ open })`, `openIntervention`) opens the item it was merged into; an unknown one nothing.
    const next = { ...this.#state.view, ...patch, ...(patch.open && { open: this.#known(patch.open) }) };
    const opening = !!next.open && next.open !== this.#state.view.open;
    if (opening) {
      this.#detail.modal?.opening();
      // Also after a failed load: each item opened tries again.
      void this.#detail.load();
    }
    const change = this.#state.apply(next, history);
    if (change.result) this.#tell(change.result, notify);
    // Typed before the text half of the engine arrived: the event and the count follow with the result.
    else if (change.pending) this.#waiting = { notify: notify || !!this.#waiting?.notify };
    const opened = change.opened && this.readyCatalogue?.interventionById.get(change.opened);
    if (opened && notify) this.emit('lio-intervention-open', { id: opened.id, intervention: opened });
    if (change.closed) this.#detail.modal?.closed();
    return change;
  }

  /** A new result: tell the host when the visitor caused it, and announce the count. */
  #tell(result: SearchResult, notify: boolean): void {
    this.#waiting = undefined;
    if (notify) this.emit('lio-filter-change', { state: this.filters, total: result.total, ids: result.hits.map((h) => h.item.id) });
    this.#announcer.announce(countText(this.localize, result.total), ANNOUNCE_DELAY);
  }

  /** The text half of the engine arrived: the search that waited for it shows, and is told. */
  #textReady(): void {
    const catalogue = this.readyCatalogue;
    const result = this.#waiting && catalogue ? this.#state.search(catalogue) : undefined;
    if (result && !this.#state.pending) this.#tell(result, this.#waiting!.notify);
    this.requestUpdate();
  }

  /** The text half could not be loaded: a load on focus alone fails quietly (the next use tries again); a search waiting for it says so. */
  #textFailed(): void {
    if (this.#state.pending) this.chunkFailed();
    this.requestUpdate();
  }

  /** The error view's retry: load again what the visitor waits for. */
  #retryChunks(): void {
    if (this.#state.textFailed) this.#state.loadText();
    if (this.#detail.failed) void this.#detail.load();
    // The visitor then repeats what they asked for.
    if (this.#tools.failed) void this.#tools.run(() => undefined);
  }

  /** `updateComplete` also waits for a search that waits for the text half of the engine, and for the content of an open detail, so what shows is the state's. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    let loading;
    while ((loading = this.#state.textLoading ?? this.#tools.pending ?? (this.#state.view.open ? this.#detail.loading : undefined))) {
      await loading;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** What the visitor does: the same changes as the script API, and the host hears of them. */
  readonly #act: FinderActions = {
    search: (text) => {
      // Typing also tries again after a failed load.
      this.#state.loadText();
      this.#change({ text }, true);
    },
    prepareSearch: () => this.#state.loadText(),
    prepareDetail: () => this.#detail.load(),
    toggle: (facet, id, on) => {
      const current = this.#state.view[facet] as string[];
      this.#change({ [facet]: on ? [...current, id] : current.filter((other) => other !== id) }, true);
    },
    sort: (sort) => this.#change({ sort }, true),
    clearFilters: () => this.#clear(true),
    clearText: () => this.#change({ text: '' }, true),
    open: (id) => this.#open(id, true),
    close: () => this.#close(true),
    switchDetail: (id) => {
      this.#open(id, true);
      this.#detail.modal?.focusInitial();
    },
    add: (id) => this.#shortlist(id, true, true),
    remove: (id) => {
      // Removed from the open panel, its button goes: keep keyboard focus in the panel, on its title.
      const fromPanel = this.#shortlistOpen && this.renderRoot.querySelector('#shortlist')?.contains(this.shadowRoot!.activeElement);
      this.#shortlist(id, false, true);
      if (fromPanel) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#shortlist-title')?.focus());
    },
    showMore: (from) => {
      this.#state.showMore(from);
      // Keyboard users continue at the first new result.
      void this.updateComplete.then(() => this.renderRoot.querySelectorAll<HTMLElement>('.results .link-button')[from]?.focus());
    },
    recommend: () =>
      this.#withTools(({ recommend }) => {
        const scan = this.shared.state.scan;
        const ready = this.readyCatalogue;
        if (!scan || !ready) return;
        const pick = recommend(ready, { factors: scan.weakFactors, phase: scan.phase });
        this.#change({ factors: pick.factors, phases: pick.phase ? [pick.phase] : [], sort: 'evidence' }, true);
        this.#state.note = 'finder.recommend-note';
      }),
    download: (format) => this.#withTools(({ downloadFile, fileName, FILE_TYPES }) => downloadFile(this.renderRoot, fileName(this.localize.t('finder.shortlist'), format), this.exportShortlist(format), FILE_TYPES[format])),
    print: (target) => this.#withTools(({ printPart }) => printPart(this, target)),
    toggleFacets: () => {
      this.#facetsOpen = !this.#facetsOpen;
      this.requestUpdate();
    },
    toggleShortlist: () => {
      const closing = this.#shortlistOpen;
      this.#shortlistOpen = !closing;
      this.requestUpdate();
      // Closed from inside the panel (Close, Escape): focus goes back to "Mijn selectie".
      if (closing) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.shortlist-toggle')?.focus());
    },
  };

  protected override updated(): void {
    const catalogue = this.readyCatalogue;
    // The results show: fetch the detail view, and export and print, while the visitor reads them.
    if (catalogue) {
      this.#detail.preload();
      this.#tools.preload();
    }
  }

  /**
   * The site's own wording wins, then the catalogue's `meta.intro`, then a default that fits
   * where the items come from: only a catalogue of the report's items is "every intervention
   * of the TNO report"; with a fund's own items (marked on their cards) it is "this collection".
   */
  #intro(catalogue: Catalogue, origin: CatalogueOrigin): string {
    const { t } = this.localize;
    if (this.localize.overridden('finder.intro')) return t('finder.intro');
    if (catalogue.meta.intro) return localize(catalogue.meta.intro, this.localize.lang);
    return t(origin === 'report' ? 'finder.intro' : 'finder.intro-own');
  }

  protected override render() {
    return this.renderGate((loaded) => {
      const { lang, t } = this.localize;
      const presetProblems = this.#state.presetProblems(loaded);
      if (presetProblems.length) return this.#presets.render(presetProblems);
      const origin = catalogueOrigin(loaded);
      const view: FinderView = {
        catalogue: loaded,
        origin,
        lang,
        t,
        text: (value: LocalizedText) => localize(value, lang),
        heading: this.heading.bind(this),
        state: this.#state,
        shortlist: this.shortlist,
        facetsOpen: this.#facetsOpen,
        act: this.#act,
      };
      const result = this.#state.search(loaded);
      // A shared link with text, before the text half of the engine is there: still loading, or its error view.
      if (!result) {
        return this.#state.textFailed ? this.renderChunkError(() => this.#state.loadText()) : renderSkeleton(t('loading'), 6);
      }
      const textFailed = this.#state.pending && this.#state.textFailed;
      const open = this.#state.view.open ? loaded.interventionById.get(this.#state.view.open) : undefined;
      const detailFailed = !!open && this.#detail.failed;
      // The print copy of an open detail comes first, so print styles can hide the finder after it.
      return html`${open && this.#detail.printCopy(view, open)}<section class="finder surface" part="base" aria-labelledby="finder-title">
          ${this.heading(0, t('finder.title'), { id: 'finder-title', className: 'title' })}
          <p class="intro">${this.#intro(loaded, origin)}</p>
          ${this.shared.storageFailed ? html`<p class="notice" role="status">${t('error.storage-unavailable')}</p>` : nothing}
          ${loaded.interventions.length === 0
            ? html`<p class="empty-state" role="status">${t('finder.empty-catalogue')}</p>`
            : html`<div class="finder-bar">${renderSearch(view)} ${renderShortlistButton(view, this.#shortlistOpen)}</div>
                ${textFailed || detailFailed || this.#tools.failed ? this.renderChunkError(() => this.#retryChunks()) : nothing}
                ${renderShortlist(view, this.#shortlistOpen)}
                <div class="layout">
                  ${renderFacets(view, result)}
                  <div class="results-area" aria-busy=${(this.#state.pending && !textFailed) || (open && !this.#detail.views && !detailFailed) ? 'true' : nothing}>${renderResults(view, result, !!this.shared.state.scan?.weakFactors?.length)}</div>
                </div>`}
          ${this.#announcer.render()}
        </section>
        ${open && this.#detail.dialog(view, open)}`;
    }, 6);
  }
}

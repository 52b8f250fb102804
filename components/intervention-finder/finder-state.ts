import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Catalogue } from '../../src/core/catalogue.js';
import {
  EMPTY_STATE,
  FACETS,
  readStateFromParams,
  unknownIds,
  validIds,
  writeStateToParams,
  type FacetKey,
  type FinderState,
} from '../../src/core/finder.js';
import type { MessageKey } from './messages/index.js';
import { parseIdList, type Lang, type LevelId } from '../../src/core/ids.js';
import { problem, type Problem } from '../../src/core/problems.js';
import { checkInteger } from '../../src/elements/attributes.js';
import { FacetIndex, filterAndSort } from '../../src/core/search/facets.js';
import type { TextIndex } from '../../src/core/search/text-index.js';
import { SORT_ORDERS, type SearchResult } from '../../src/core/search/types.js';
import { retryableImport } from '../../src/elements/chunks.js';

/**
 * The text half of the search engine (tokenising, postings, typo and compound matching, scoring,
 * highlighting): a chunk of its own, loaded when the search field is first used or the state has
 * text. Filtering, counting and sorting need only the facet half, which comes with the finder.
 */
const loadTextSearch = retryableImport(() => import('../../src/core/search/text-search.js'), import.meta.url);
type TextSearch = Awaited<ReturnType<typeof loadTextSearch>>;

/** A level's factor list starts folded when it has more factors than this (and none is selected). */
const SHORT_FACTOR_LIST = 4;

/** Valid `page-size` values (0 shows all). */
const PAGE_SIZE_RANGE = { min: 0, max: 10_000 };

/** The attribute (and property) that presets each facet: `level` for levels, else the facet's own name. */
const presetAttribute = (facet: FacetKey) => (facet === 'levels' ? 'level' : facet);

/** The search, filters, sort and open detail in the page URL. */
const fromUrl = (catalogue: Catalogue) => readStateFromParams(new URLSearchParams(window.location.search), catalogue);

/** What the state needs from the finder element. */
export interface FinderStateHost extends ReactiveControllerHost, HTMLElement {
  level: string;
  factors: string;
  phases: string;
  evidence: string;
  pageSize: number;
  syncUrl: boolean;
}

/** Reads the element's context, which is protected on the element. */
export interface FinderStateContext {
  currentCatalogue(): Catalogue | undefined;
  lang(): Lang;
  /** The factor last picked in the workspace (the model diagram), if any. */
  /** The workspace's `focus`: a factor (with its level) or a level picked in the model diagram. */
  focused(): { level?: string; factor?: string } | undefined;
  /** The URL closed the detail view (back button). */
  onUrlClosed(): void;
  /** The text half of the engine arrived: a search that waited for it can run now. */
  onTextReady(): void;
  /** The text half of the engine could not be loaded. */
  onTextFailed(): void;
}

/** What one state change did, so the element can tell the host and move focus. */
export interface StateChange {
  /** Id of the intervention that became open. */
  opened: string | undefined;
  closed: boolean;
  /** The new search result, when the filters changed and the catalogue is there. */
  result?: SearchResult;
  /** The filters changed, but their result waits for the text half of the engine (`onTextReady`). */
  pending?: boolean;
}

/**
 * The finder's view state — search, filters, sort, open detail, how many results show, the note
 * above the results — with the presets from attributes, the deep link in the URL (`sync-url`) and
 * the search cache. Renders nothing and fires no events: the element decides what to tell whom.
 */
export class FinderStateController implements ReactiveController {
  view: FinderState = { ...EMPTY_STATE };
  /** How many results show (grows with "Show more"). */
  shown = 0;
  /** A note shown above the results (why the filters changed by themselves). */
  note: MessageKey | undefined;

  /** Per level: whether its factor list is open, and how many of its factors were selected at the last look. */
  private readonly groups = new Map<string, { open: boolean; selected: number }>();
  private searchIndex?: { catalogue: Catalogue; lang: Lang; index: FacetIndex };
  /** The text half of the engine once loaded, and its index for the current facet index. */
  private text?: TextSearch;
  private textIndex?: { facets: FacetIndex; index: TextIndex };
  /** The load of the text half while it runs (never rejects). */
  textLoading?: Promise<void>;
  /** The last load of the text half failed (cleared when it is tried again). */
  textFailed = false;
  /** The last search has text and waits for the text half: the previous result stays on show. */
  pending = false;
  private lastResult?: SearchResult;
  private searchKey = '';
  private urlRead = false;
  private listening = false;
  /** The workspace focus already acted on; `null` until the first look (an old pick is not replayed). */
  private seenFocus: string | undefined | null = null;
  private readonly onPopState = () => this.readUrl();

  constructor(
    private readonly host: FinderStateHost,
    private readonly context: FinderStateContext,
  ) {
    host.addController(this);
  }

  /** The ids of the last search result, in the shown order. */
  get resultIds(): string[] {
    return this.lastResult?.hits.map((hit) => hit.item.id) ?? [];
  }

  hostConnected(): void {
    this.listen();
  }

  hostDisconnected(): void {
    this.listen();
    this.urlRead = false;
  }

  hostUpdate(): void {
    this.listen();
    const catalogue = this.context.currentCatalogue();
    if (!catalogue) return;
    if (this.host.syncUrl && !this.urlRead) {
      this.urlRead = true;
      this.view = fromUrl(catalogue);
    }
    this.followWorkspace(catalogue);
    if (!this.shown) this.resetShown();
  }

  /** Show the first page of results again. */
  resetShown(): void {
    this.shown = this.host.pageSize || Number.POSITIVE_INFINITY;
  }

  /** Show one more page after the `from` results shown now. */
  showMore(from: number): void {
    this.shown = from + (this.host.pageSize || Number.POSITIVE_INFINITY);
    this.host.requestUpdate();
  }

  /**
   * Whether the factor list of `level` (its offered factors `ids`) is open: short lists, lists
   * with a selected factor and lists a factor preset chose start open. Then it keeps the visitor's choice, so unticking the last
   * factor does not fold the list away under the pointer; a factor newly selected by a link, the
   * script or the scan opens its list again.
   */
  groupOpen(level: string, ids: readonly string[]): boolean {
    const selected = ids.filter((id) => this.view.factors.includes(id)).length;
    const known = this.groups.get(level);
    // A factor preset offers only its own factors: every list it leaves is open.
    const open = known && selected <= known.selected ? known.open : ids.length <= SHORT_FACTOR_LIST || selected > 0 || !!known?.open || this.presetIds('factors').length > 0;
    this.groups.set(level, { open, selected });
    return open;
  }

  /** The visitor opened or closed the factor list of `level`. */
  setGroupOpen(level: string, open: boolean): void {
    const known = this.groups.get(level);
    if (known?.open === open) return;
    this.groups.set(level, { open, selected: known?.selected ?? 0 });
    this.host.requestUpdate();
  }

  /** The preset ids of one facet, from its attribute. */
  presetIds(facet: FacetKey): string[] {
    return parseIdList(this.host[presetAttribute(facet)]);
  }

  /** Attributes the finder cannot use: an invalid `page-size`, preset ids the catalogue does not know (with the valid ones). */
  presetProblems(catalogue: Catalogue): Problem[] {
    const pageSize = checkInteger(this.host, 'page-size', this.host.pageSize, PAGE_SIZE_RANGE);
    const presets = FACETS.flatMap((facet) => {
      const ids = this.presetIds(facet);
      const unknown = unknownIds(catalogue, facet, ids);
      if (!unknown.length) return [];
      const valid = validIds(catalogue, facet).join(', ');
      return [problem(presetAttribute(facet), 'invalid-value', `unknown id(s) ${unknown.join(', ')}; expected one of ${valid}`, { values: valid, value: ids.join(',') })];
    });
    return pageSize.ok ? presets : [pageSize.problem, ...presets];
  }

  /**
   * Apply a new state: keep only known ids, reset paging when the filters changed, sync the URL
   * (`push` for opening and closing the detail, so the back button closes it) and search.
   */
  apply(next: FinderState, history: 'replace' | 'push' = 'replace'): StateChange {
    const catalogue = this.context.currentCatalogue();
    const clean = {
      text: next.text ?? '',
      ...Object.fromEntries(FACETS.map((facet) => [facet, (next[facet] ?? []).filter((id) => !catalogue || validIds(catalogue, facet).includes(id))])),
      sort: SORT_ORDERS.includes(next.sort) ? next.sort : 'relevance',
      ...(next.open && catalogue?.interventionById.has(next.open) ? { open: next.open } : {}),
    } as FinderState;
    const filtersChanged = JSON.stringify({ ...clean, open: undefined }) !== JSON.stringify({ ...this.view, open: undefined });
    const opened = clean.open && clean.open !== this.view.open ? clean.open : undefined;
    const closed = !clean.open && !!this.view.open;
    this.view = clean;
    if (filtersChanged) {
      this.resetShown();
      this.note = undefined;
    }
    if (this.host.syncUrl) this.writeUrl(history);
    this.host.requestUpdate();
    const change: StateChange = { closed, opened };
    if (filtersChanged && catalogue) {
      const result = this.search(catalogue);
      if (this.pending) change.pending = true;
      else change.result = result;
    }
    return change;
  }

  /** Marks the matched words of a text, once the text half is there (only hits of a text search have words to mark). */
  get highlight(): TextSearch['highlight'] | undefined {
    return this.text?.highlight;
  }

  /** Load the text half of the engine, unless it is there or on its way; after a failure, try again. */
  loadText(): void {
    if (this.text || this.textLoading) return;
    this.textFailed = false;
    this.textLoading = loadTextSearch().then(
      (text) => {
        this.text = text;
        this.textLoading = undefined;
        this.context.onTextReady();
      },
      () => {
        this.textLoading = undefined;
        this.textFailed = true;
        this.context.onTextFailed();
      },
    );
  }

  /**
   * The effective query: the visitor's choice within each facet, or the preset when none. A query
   * with text before the text half is there starts loading it and gives the previous result
   * (`pending`; undefined when there is none yet, as on a shared link with `lio-q`).
   */
  search(catalogue: Catalogue): SearchResult | undefined {
    const query = {
      text: this.view.text,
      ...Object.fromEntries(FACETS.map((facet) => [facet, this.view[facet].length ? this.view[facet] : this.presetIds(facet)])),
      sort: this.view.sort,
    } as Omit<FinderState, 'open'>;
    const index = this.index(catalogue);
    // Only words need the text half; blank text filters nothing.
    const text = query.text.trim() ? this.textIndexFor(index, catalogue) : undefined;
    this.pending = !!query.text.trim() && !text;
    if (this.pending) {
      if (!this.textFailed) this.loadText();
      return this.lastResult;
    }
    // Renders that change nothing searched (the announcement, the disclosure) reuse the result.
    const key = JSON.stringify(query);
    if (this.lastResult && key === this.searchKey && this.searchIndex?.index === index) return this.lastResult;
    this.searchKey = key;
    this.lastResult = filterAndSort(index, query, text ? this.text!.matchText(text, query.text) : null);
    return this.lastResult;
  }

  /** The text index for the current facet index, built when first needed; undefined until the text half is loaded. */
  private textIndexFor(facets: FacetIndex, catalogue: Catalogue): TextIndex | undefined {
    if (!this.text) return undefined;
    if (this.textIndex?.facets !== facets) this.textIndex = { facets, index: new this.text.TextIndex(catalogue, facets.lang) };
    return this.textIndex.index;
  }

  private index(catalogue: Catalogue): FacetIndex {
    const lang = this.context.lang();
    if (this.searchIndex?.catalogue !== catalogue || this.searchIndex.lang !== lang) {
      this.searchIndex = { catalogue, lang, index: new FacetIndex(catalogue, lang) };
      this.lastResult = undefined;
    }
    return this.searchIndex.index;
  }

  private listen(): void {
    const wanted = this.host.syncUrl && this.host.isConnected;
    if (wanted === this.listening) return;
    this.listening = wanted;
    if (wanted) window.addEventListener('popstate', this.onPopState);
    else window.removeEventListener('popstate', this.onPopState);
  }

  /** A factor or level picked in the model diagram filters the results (once per pick). */
  private followWorkspace(catalogue: Catalogue): void {
    const { level, factor } = this.context.focused() ?? {};
    const key = factor ? `factor:${factor}` : level ? `level:${level}` : undefined;
    if (key === this.seenFocus) return;
    const first = this.seenFocus === null;
    this.seenFocus = key;
    if (!key || first) return;
    if (factor && catalogue.factorById.has(factor)) this.view = { ...this.view, levels: [], factors: [factor], open: undefined };
    else if (!factor && catalogue.levels.some((l) => l.id === level)) this.view = { ...this.view, levels: [level as LevelId], factors: [], open: undefined };
    else return;
    this.note = 'finder.focus-note';
    this.resetShown();
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
    const catalogue = this.context.currentCatalogue();
    if (!catalogue) return;
    const next = fromUrl(catalogue);
    const closing = !next.open && !!this.view.open;
    this.view = next;
    this.resetShown();
    this.host.requestUpdate();
    if (closing) this.context.onUrlClosed();
  }
}

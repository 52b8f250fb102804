import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Catalogue } from '../../src/core/catalogue.js';
import {
  EMPTY_STATE,
  FACETS,
  parseIdList,
  readStateFromParams,
  unknownIds,
  validIds,
  writeStateToParams,
  type FacetKey,
  type FinderState,
} from '../../src/core/finder.js';
import type { MessageKey } from './messages/index.js';
import type { Lang } from '../../src/core/ids.js';
import { problem, type Problem } from '../../src/core/problems.js';
import { checkInteger } from '../../src/elements/attributes.js';
import { SORT_ORDERS, buildSearchIndex, search, type SearchIndex, type SearchResult } from '../../src/core/search.js';

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
  focusedFactor(): string | undefined;
  /** The URL closed the detail view (back button). */
  onUrlClosed(): void;
}

/** What one state change did, so the element can tell the host and move focus. */
export interface StateChange {
  /** Id of the intervention that became open. */
  opened: string | undefined;
  closed: boolean;
  /** The new search result, when the filters changed and the catalogue is there. */
  result?: SearchResult;
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
  private searchIndex?: { catalogue: Catalogue; lang: Lang; index: SearchIndex };
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
      const unknown = unknownIds(catalogue, facet, this.presetIds(facet));
      if (!unknown.length) return [];
      const valid = validIds(catalogue, facet).join(', ');
      return [problem(presetAttribute(facet), 'invalid-value', `unknown id(s) ${unknown.join(', ')}; expected one of ${valid}`, { values: valid })];
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
    if (filtersChanged && catalogue) change.result = this.search(catalogue);
    return change;
  }

  /** The effective query: the visitor's choice within each facet, or the preset when none. */
  search(catalogue: Catalogue): SearchResult {
    const query = {
      text: this.view.text,
      ...Object.fromEntries(FACETS.map((facet) => [facet, this.view[facet].length ? this.view[facet] : this.presetIds(facet)])),
      sort: this.view.sort,
    } as Omit<FinderState, 'open'>;
    const index = this.index(catalogue);
    // Renders that change nothing searched (the announcement, the disclosure) reuse the result.
    const key = JSON.stringify(query);
    if (this.lastResult && key === this.searchKey && this.searchIndex?.index === index) return this.lastResult;
    this.searchKey = key;
    this.lastResult = search(index, query);
    return this.lastResult;
  }

  private index(catalogue: Catalogue): SearchIndex {
    const lang = this.context.lang();
    if (this.searchIndex?.catalogue !== catalogue || this.searchIndex.lang !== lang) {
      this.searchIndex = { catalogue, lang, index: buildSearchIndex(catalogue, lang) };
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

  /** A factor picked in the model diagram filters the results (once per pick). */
  private followWorkspace(catalogue: Catalogue): void {
    const factor = this.context.focusedFactor();
    if (factor === this.seenFocus) return;
    const first = this.seenFocus === null;
    this.seenFocus = factor;
    if (!factor || first || !catalogue.factorById.has(factor)) return;
    this.view = { ...this.view, factors: [factor], open: undefined };
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

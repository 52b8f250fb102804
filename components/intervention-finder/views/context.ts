import { html, nothing } from 'lit';
import type { Catalogue } from '../../../src/core/catalogue.js';
import { type CatalogueOrigin, type FacetKey } from '../../../src/core/finder.js';
import { entryTitle, factorTitle } from '../../../src/core/csv.js';
import type { MessageParams } from '../../../src/core/i18n.js';
import type { MessageKey } from '../messages/index.js';
import type { Lang } from '../../../src/core/ids.js';
import type { Intervention, LocalizedText } from '../../../src/core/schema.js';
import type { SortOrder } from '../../../src/core/search/types.js';
import type { HeadingOptions } from '../../../src/elements/heading.js';
import type { FinderStateController } from '../finder-state.js';

/** What the visitor can do; every one of these tells the host page through its change event. */
export interface FinderActions {
  search(text: string): void;
  /** The search field got focus: load what searching text needs, before the first key. */
  prepareSearch(): void;
  /** The pointer or focus reached a result: load the detail view, before it is opened. */
  prepareDetail(): void;
  toggle(facet: FacetKey, id: string, on: boolean): void;
  sort(order: SortOrder): void;
  clearFilters(): void;
  clearText(): void;
  open(id: string): void;
  close(): void;
  /** Show a related intervention in the open detail view. */
  switchDetail(id: string): void;
  add(id: string): void;
  remove(id: string): void;
  showMore(from: number): void;
  recommend(): void;
  download(format: 'csv' | 'json'): void;
  print(target: 'shortlist' | 'detail'): void;
  toggleFacets(): void;
  /** Show or hide the shortlist panel ("Mijn selectie") below the search. */
  toggleShortlist(): void;
}

/** Everything a view of the finder reads. Views render; they hold no state of their own. */
export interface FinderView {
  catalogue: Catalogue;
  /** Where the catalogue's items come from; items of a fund's own are marked only in an `extended` one. */
  origin: CatalogueOrigin;
  lang: Lang;
  t(key: MessageKey, params?: MessageParams): string;
  text(value: LocalizedText): string;
  heading(offset: number, content: unknown, options?: HeadingOptions): unknown;
  state: FinderStateController;
  shortlist: readonly string[];
  facetsOpen: boolean;
  act: FinderActions;
}

/** "1 resultaat" / "12 resultaten". */
export function countText(view: Pick<FinderView, 't'>, total: number): string {
  return view.t('finder.count', { count: total });
}

/**
 * The facts a card and the detail view share: the evidence badge (the kind of evidence in text,
 * not by colour only), the level and the factors as tags, then `last` as a tag.
 */
export function renderMeta(view: FinderView, item: Intervention, last: string) {
  const { catalogue, lang, t } = view;
  return html`<ul class="meta">
    <li><span class="badge" part="badge" data-evidence=${item.evidence}>${t('finder.evidence')}: ${entryTitle(catalogue.evidence, item.evidence, lang)}</span></li>
    <li class="tag">${t('finder.level')}: ${entryTitle(catalogue.levels, item.level, lang)}</li>
    ${item.factors.map((f) => html`<li class="tag">${factorTitle(catalogue, f, lang)}</li>`)}
    <li class="tag">${last}</li>
  </ul>`;
}

/** "Eigen aanbod van Voorbeeldfonds": an item that is not from the report, named after the catalogue's publisher when it gives one. */
export function ownItemText(view: FinderView): string {
  const publisher = view.catalogue.meta.publisher;
  return publisher ? view.t('finder.own-item-by', { publisher }) : view.t('finder.own-item');
}

/** "Fasen: …" */
export function phaseList(view: FinderView, item: Intervention) {
  return html`${view.t('finder.phases')}: ${item.phases.map((p) => entryTitle(view.catalogue.phases, p, view.lang)).join(', ')}`;
}

/** The add/remove toggle of an intervention on the shortlist. */
export function renderShortlistToggle(view: FinderView, item: Intervention, long: boolean) {
  const { t } = view;
  const saved = view.shortlist.includes(item.id);
  const title = view.text(item.title);
  const longLabel = saved ? t('finder.remove-long', { title }) : t('finder.add-long', { title });
  return html`<button
    type="button"
    class=${saved && !long ? 'secondary' : ''}
    aria-pressed=${saved ? 'true' : 'false'}
    aria-label=${long ? nothing : longLabel}
    @click=${() => (saved ? view.act.remove(item.id) : view.act.add(item.id))}
  >
    ${long ? longLabel : saved ? t('finder.remove') : t('finder.add')}
  </button>`;
}

import { html } from 'lit';
import type { Catalogue } from '../../../src/core/catalogue.js';
import { entryTitle, factorTitle, type FacetKey } from '../../../src/core/finder.js';
import type { MessageParams } from '../../../src/core/i18n.js';
import type { MessageKey } from '../messages/index.js';
import type { Lang } from '../../../src/core/ids.js';
import type { Intervention, LocalizedText } from '../../../src/core/schema.js';
import type { SortOrder } from '../../../src/core/search.js';
import type { HeadingOptions } from '../../../src/elements/heading.js';
import type { FinderStateController } from '../finder-state.js';

/** What the visitor can do; every one of these tells the host page through its change event. */
export interface FinderActions {
  search(text: string): void;
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
}

/** Everything a view of the finder reads. Views render; they hold no state of their own. */
export interface FinderView {
  catalogue: Catalogue;
  lang: Lang;
  t(key: MessageKey, params?: MessageParams): string;
  text(value: LocalizedText): string;
  heading(offset: number, content: unknown, options?: HeadingOptions): unknown;
  state: FinderStateController;
  shortlist: readonly string[];
  facetsOpen: boolean;
  act: FinderActions;
}

/** The title of an entry (level, phase, evidence kind) by id, in the view's language. */
export function titleOf(view: FinderView, list: readonly { id: string; title: LocalizedText }[], id: string): string {
  return entryTitle(list, id, view.lang);
}

/** "1 resultaat" / "12 resultaten". */
export function countText(view: Pick<FinderView, 't'>, total: number): string {
  return view.t('finder.count', { count: total });
}

/** The evidence badge: says the kind of evidence in text, not by colour only. */
export function renderBadge(view: FinderView, item: Intervention) {
  return html`<span class="badge" part="badge" data-evidence=${item.evidence}>${view.t('finder.evidence')}: ${titleOf(view, view.catalogue.evidence, item.evidence)}</span>`;
}

/** The factor tags of an intervention. */
export function renderFactorTags(view: FinderView, item: Intervention) {
  return item.factors.map((f) => html`<li class="tag">${factorTitle(view.catalogue, f, view.lang)}</li>`);
}

/** "Fasen: …" */
export function phaseList(view: FinderView, item: Intervention) {
  return html`${view.t('finder.phases')}: ${item.phases.map((p) => titleOf(view, view.catalogue.phases, p)).join(', ')}`;
}

/**
 * The whole engine behind the public `buildSearchIndex` and `search`: the facet half and the text
 * half together. (The finder builds the halves itself, the text half only once it is needed.)
 */
import type { Catalogue } from '../catalogue.js';
import type { Lang } from '../ids.js';
import { FacetIndex, filterAndSort } from './facets.js';
import { matchText } from './query.js';
import { TextIndex } from './text-index.js';
import type { SearchIndex, SearchQuery, SearchResult } from './types.js';

class Index extends FacetIndex {
  readonly text: TextIndex;

  constructor(catalogue: Catalogue, lang: Lang) {
    super(catalogue, lang);
    this.text = new TextIndex(catalogue, lang);
  }
}

/** Prepare a catalogue for searching in one language (texts are read with `localize`). */
export function buildSearchIndex(catalogue: Catalogue, lang: Lang): SearchIndex {
  return new Index(catalogue, lang);
}

/** Run a query: text match, facet filters, disjunctive facet counts, sorted hits. */
export function search(index: SearchIndex, query: SearchQuery): SearchResult {
  if (!(index instanceof Index)) throw new TypeError('search(): the index must come from buildSearchIndex()');
  return filterAndSort(index, query, matchText(index.text, query.text));
}

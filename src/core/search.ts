/**
 * The intervention finder's query engine: full text + facets. Pure: no DOM, no Lit.
 *
 *   const index = buildSearchIndex(catalogue, 'nl');   // once per catalogue and language
 *   const { hits, total, counts } = search(index, { text: 'werkdruk', levels: ['task'], sort: 'relevance' });
 *
 * Text: title, summary, study details, sources, link labels and the names of the item's factors,
 * in the index's language, weighted per field (title strongest). Per query word, best first:
 *   exact word > word prefix (`taakvar` → taakvariatie) > inside a longer word, for query words of
 *   5+ characters (Dutch compounds: `variatie` → taakvariatie) > typo, for 5+ characters
 *   (Damerau–Levenshtein distance 1, 2 from 9 characters; `feedbak` → feedback), also in a prefix
 *   (`vertrouwenspersoon` → vertrouwenspersonen).
 * Every query word must match; very common stop words are ignored when other words are present.
 * Only when no item matches every word do the items matching the most words come back (each
 * hit's `terms` then says which words it matched), rather than nothing.
 * Ranking is BM25F: per field weights and length normalisation, one "virtual term" per query word
 * whose weight sums its matches (each scaled by how it matched) and whose idf counts the items
 * any of them occurs in. Under relevance, items whose evidence is `not-effective` come after all
 * others (they stay findable, but an adviser sees what works first).
 *
 * Facets: OR within a facet, AND across facets; counts are disjunctive (each facet's counts
 * ignore that facet's own selection), with a zero entry for every value.
 *
 * Data layout, for 10,000 items: the vocabulary is sorted (prefix = binary search), indexed by
 * trigram (compound lookup: only the terms under the query's rarest trigram are checked) and
 * walked like a trie for typos (rows of the edit-distance matrix shared between neighbours,
 * whole subtrees skipped once too far off); postings are flat typed arrays (term → items,
 * weights), facet values small typed arrays per item, the title and level orders are sorted once
 * at build time, and per-query scratch arrays are reused. Indexes are not meant to be shared
 * across threads (a query borrows the index's scratch space while it runs).
 *
 * The engine lives in search/: the facet half (facets.ts: filters, counts, sorting) and the text
 * half (text-search.ts: normalize, text-index, query, highlight), which the finder loads only once
 * the search field is used; index.ts puts them together for `buildSearchIndex` and `search`. This
 * module is its public face.
 */
export { normalize } from './search/normalize.js';
export { buildSearchIndex, search } from './search/index.js';
export { highlight } from './search/highlight.js';
export * from './search/types.js';

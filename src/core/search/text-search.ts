/**
 * The text half of the engine as one module, which the finder loads as its own chunk the first
 * time the search field is used (or the state already has text): tokenising, the vocabulary and
 * postings, prefix, compound and typo matching, BM25F scoring and highlighting.
 */
export { TextIndex } from './text-index.js';
export { matchText } from './query.js';
export { highlight } from './highlight.js';

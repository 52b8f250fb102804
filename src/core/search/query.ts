/** Matching a query's text against the text index: the query's words, the items that match them and their BM25F scores. */
import type { TextMatch } from './facets.js';
import { K1, type TextIndex } from './text-index.js';
import { tokenize } from './normalize.js';

/** The query's words as the engine uses them: normalised, distinct, stop words dropped when other words remain. */
function queryTerms(index: TextIndex, text: string | undefined): string[] {
  if (!text) return [];
  const words = [...new Set(tokenize(text))];
  const content = words.filter((word) => !index.stopWords.has(word));
  return (content.length ? content : words).slice(0, 32);
}

/**
 * Items matching every query word, with their scores (BM25F summed over the query words). When no
 * item matches them all, the items matching the most of them, with a mask of the words each matched.
 */
function matchTerms(ix: TextIndex, terms: readonly string[]): { items: number[]; wordMasks: Uint32Array | null } {
  const { size: n, scores, matched } = ix; // matched: how many query words each item has matched so far
  scores.fill(0);
  ix.acc.fill(0);
  matched.fill(0);
  const expansions = terms.map((term) => ix.expand(term));
  let candidates: number[] = [];
  for (let q = 0; q < terms.length; q++) {
    candidates = scoreWord(ix, expansions[q], matched, q);
    for (const d of candidates) matched[d] = q + 1;
    if (candidates.length === 0) break;
  }
  if (candidates.length || terms.length === 1) return { items: candidates, wordMasks: null };

  // Relaxed pass: nobody matched every word (e.g. "werkdruk verminderen" where the text says
  // "verlichten"); rather than nothing, return the items that match the most words.
  scores.fill(0);
  const wordMasks = new Uint32Array(n);
  const words = new Uint8Array(n);
  let best = 0;
  for (let q = 0; q < terms.length; q++) {
    for (const d of scoreWord(ix, expansions[q], null, 0)) {
      wordMasks[d] |= 1 << q;
      if (++words[d] > best) best = words[d];
    }
  }
  const items: number[] = [];
  for (let d = 0; d < n; d++) if (best > 0 && words[d] === best) items.push(d);
  return { items, wordMasks };
}

/**
 * Add one query word's BM25 score to the items that match it (and, when `matched` is given, have
 * matched the `q` words before it); returns those items.
 * The word's weight in an item sums its matching terms, each scaled by how it matched; its idf
 * counts every item any of them occurs in.
 */
function scoreWord(ix: TextIndex, expansion: { ids: number[]; factors: number[] }, matched: Uint8Array | null, q: number): number[] {
  const { postStart, postItem, postWeight, seen, size, acc, scores } = ix;
  const { ids, factors } = expansion;
  const generation = ++ix.generation;
  let df = 0;
  const touched: number[] = [];
  for (let e = 0; e < ids.length; e++) {
    const t = ids[e];
    const factor = factors[e];
    for (let p = postStart[t], end = postStart[t + 1]; p < end; p++) {
      const d = postItem[p];
      if (seen[d] !== generation) {
        seen[d] = generation;
        df++;
      }
      if (matched && matched[d] !== q) continue;
      if (acc[d] === 0) touched.push(d);
      acc[d] += factor * postWeight[p];
    }
  }
  const idf = Math.log(1 + (size - df + 0.5) / (df + 0.5));
  for (let i = 0; i < touched.length; i++) {
    const d = touched[i];
    const a = acc[d];
    scores[d] += (idf * a * (K1 + 1)) / (a + K1);
    acc[d] = 0;
  }
  return touched;
}

/**
 * What `text` matches in `ix`, for `filterAndSort`; null when the text has no words (it then
 * filters nothing). The scores live in the index's scratch space until its next match.
 */
export function matchText(ix: TextIndex, text: string | undefined): TextMatch | null {
  const terms = queryTerms(ix, text);
  if (!terms.length) return null;
  return { terms, scores: ix.scores, ...matchTerms(ix, terms) };
}

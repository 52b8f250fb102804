/** Marking the words of a text that a query matched, for `<mark>`. */
import { APOSTROPHES, RAW_WORD, matcher, normalize, tokenize } from './normalize.js';


/**
 * Split `text` into segments, marking words that match one of `terms` (as returned in
 * SearchHit.terms) — case- and diacritics-insensitive, by word prefix, and also fuzzy matches the
 * engine accepted — so the UI can wrap matches in <mark>. Concatenating the segments' text gives
 * `text` back exactly.
 */
export function highlight(text: string, terms: readonly string[]): Array<{ text: string; match: boolean }> {
  const segments: Array<{ text: string; match: boolean }> = [];
  const matchers = [...new Set(terms.flatMap((term) => tokenize(term)))].map(matcher);
  let last = 0;
  for (const m of text.matchAll(RAW_WORD)) {
    const word = normalize(m[0]).replace(APOSTROPHES, '');
    if (!matchers.some((matches) => matches(word))) continue;
    const at = m.index;
    if (at > last) segments.push({ text: text.slice(last, at), match: false });
    segments.push({ text: m[0], match: true });
    last = at + m[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), match: false });
  return segments;
}


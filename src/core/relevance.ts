/** The relevance order of search hits, shared by the finder's search and the maturity matrix's catalogue search. */
import type { EvidenceId } from './ids.js';

/**
 * Sort search hits (item indexes) into relevance order, in place: an intervention studied and
 * found not to work after every other, however well its text matches (docs/decisions.md), then
 * the higher score, then the catalogue's order. The one rule for the finder's default sort and the
 * maturity matrix's catalogue search, kept apart from the recommendations (which the finder's
 * first load does not need) so that neither search loads the other's half of the engine for it.
 */
export function relevanceOrder(items: number[], evidenceOf: (item: number) => EvidenceId, scoreOf: (item: number) => number): number[] {
  const demoted = (item: number) => +(evidenceOf(item) === 'not-effective');
  return items.sort((a, b) => demoted(a) - demoted(b) || scoreOf(b) - scoreOf(a) || a - b);
}

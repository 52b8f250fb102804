/**
 * The quick scan's pure core (issue 10): scoring, recommendations for the improvement points,
 * result codes for the team view, team aggregation and the exports. No DOM, no Lit; the
 * `<lio-quick-scan>` element only renders and wires events. The rules are in docs/decisions.md.
 */
import type { Catalogue } from './catalogue.js';
import type { Intervention } from './schema.js';
import { recommend, type Recommendation } from './recommend.js';
import type { FactorScore, ScanScores } from './scan/score.js';

export * from './scan/score.js';
export * from './scan/code.js';
export * from './scan/team.js';
export * from './scan/export.js';

/** What to do about one improvement point. */
export interface ScanAdvice {
  /** The improvement point (weakest first, as in `ScanScores.improvements`). */
  factor: FactorScore;
  /** Interventions for this factor, strongest evidence first, then fit with the phase; never `not-effective`. */
  recommendations: Recommendation[];
  /** Interventions for this factor that research found not effective, in the catalogue's order (to say so, never to recommend). */
  notEffective: Intervention[];
}

/**
 * For each improvement point of `scores`, the interventions `recommend` picks: ranked by
 * strength of evidence, then by fit with `options.phase` (the phase the visitor gave), then the
 * catalogue's order; at most `options.limit` per factor.
 */
export function scanAdvice(catalogue: Catalogue, scores: Pick<ScanScores, 'improvements'>, options: { phase?: string | undefined; limit?: number } = {}): ScanAdvice[] {
  return scores.improvements.map((factor) => {
    const { items } = recommend(catalogue, { factors: [factor.id], phase: options.phase }, options);
    const notEffective = catalogue.byFactor.get(factor.id)?.filter((i) => i.evidence === 'not-effective') ?? [];
    return { factor, recommendations: items, notEffective };
  });
}

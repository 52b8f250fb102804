/**
 * Recommendations: which interventions address a set of factors (the weakest ones of a quick
 * scan, a factor picked in the model diagram), ranked by strength of evidence and then by fit
 * with the phase the organisation is in. Pure: no DOM, no Lit; the finder and the quick scan use
 * the same rules. An intervention whose evidence is `not-effective` is never recommended.
 */
import type { Catalogue } from './catalogue.js';
import { EVIDENCE_STRENGTH, PHASE_IDS, type PhaseId } from './ids.js';
import type { Intervention } from './schema.js';

/** What to recommend for: factor ids and, optionally, the phase the organisation is in. */
export interface RecommendRequest {
  factors: readonly string[];
  phase?: string | undefined;
}

/** One recommended intervention and why. */
export interface Recommendation {
  intervention: Intervention;
  /** The requested factors this intervention addresses, in the request's order. */
  factors: string[];
  /** True when the intervention fits the requested phase (false when no phase was asked for). */
  phaseFit: boolean;
}

/** The request as understood, and the ranked interventions. */
export interface RecommendResult {
  /** The requested factors the catalogue knows, without duplicates, in the request's order. */
  factors: string[];
  /** The requested phase, when it is a known phase of the catalogue. */
  phase?: PhaseId;
  /** Every intervention that addresses at least one of `factors`, best first; none `not-effective`. */
  items: Recommendation[];
}

/**
 * Pick the interventions for `request.factors` and rank them: strongest evidence first (the
 * order of `EVIDENCE_STRENGTH`, the same as the finder's "evidence" sort), then those that fit
 * `request.phase`, then the catalogue's order. Interventions found `not-effective` are left out. Unknown factor or phase ids are ignored, so a
 * stored scan result from an older catalogue still gives what it can. `limit` caps the items.
 */
export function recommend(catalogue: Catalogue, request: RecommendRequest, options: { limit?: number } = {}): RecommendResult {
  const factors = [...new Set(request.factors)].filter((id) => catalogue.factorById.has(id));
  const phase = PHASE_IDS.find((id) => id === request.phase && catalogue.phases.some((p) => p.id === id));
  const items: Recommendation[] = [];
  for (const intervention of catalogue.interventions) {
    const matched = factors.filter((id) => intervention.factors.includes(id));
    if (matched.length && intervention.evidence !== 'not-effective') items.push({ intervention, factors: matched, phaseFit: phase !== undefined && intervention.phases.includes(phase) });
  }
  // Sorting is stable: within equal evidence and fit, the catalogue's order stays.
  items.sort((a, b) => EVIDENCE_STRENGTH[a.intervention.evidence] - EVIDENCE_STRENGTH[b.intervention.evidence] || Number(b.phaseFit) - Number(a.phaseFit));
  const limit = options.limit !== undefined && options.limit >= 0 ? Math.floor(options.limit) : items.length;
  return {
    factors,
    ...(phase ? { phase } : {}),
    items: items.slice(0, limit),
  };
}

/**
 * The team's outcome in the shape of one respondent's (the workspace's `scan` slice), so the
 * widgets that follow the scan (the matrix's improvement rows, the finder, the model diagram)
 * follow the team's scan the same way. Pure: no DOM, no Lit.
 */
import type { PhaseId } from '../ids.js';
import { teamPhases } from '../plan/team.js';
import type { ScanQuestionSetLike } from './score.js';
import type { TeamSummary } from './team.js';

/** The team's outcome: what one respondent's scan gives, from the medians, plus the phases per respondent. */
export interface TeamOutcome {
  /** Factors whose median is below the improvement threshold, weakest first (ties: the catalogue's order). */
  weakFactors: string[];
  /** Factors whose median reaches the strength threshold, strongest first. */
  strengths: string[];
  /** Every scored factor's median. */
  scores: Record<string, number>;
  /** The phase most respondents gave; absent when nobody gave one or two phases tie. */
  phase?: PhaseId;
  team: {
    respondents: number;
    /** Respondents per phase, every phase of this version listed (0 when nobody chose it). */
    phases: Record<PhaseId, number>;
  };
}

/**
 * The outcome of `summary` (from `summarizeTeam`) under the question set's thresholds, the same
 * rule as one respondent's (mean ≥ strength, mean < improvement) applied to the medians.
 * `responses` are the ones summed up: the summary does not keep their phases.
 */
export function teamOutcome(summary: TeamSummary, set: Pick<ScanQuestionSetLike, 'thresholds'>, responses: ReadonlyArray<{ readonly phase?: string | null | undefined }>): TeamOutcome {
  const scored = summary.factors.flatMap((f) => (f.all ? [{ id: f.id, median: f.all.median }] : []));
  const { strength, improvement } = set.thresholds;
  // Stable sorts: equal medians keep the catalogue's factor order.
  const weakFactors = scored.filter((f) => f.median < improvement).sort((a, b) => a.median - b.median).map((f) => f.id);
  const strengths = scored.filter((f) => f.median >= strength).sort((a, b) => b.median - a.median).map((f) => f.id);
  const phases = teamPhases(responses);
  return {
    weakFactors,
    strengths,
    scores: Object.fromEntries(scored.map((f) => [f.id, f.median])),
    // A tie has no single answer: the slice's `phase` is one phase, so none is given then.
    ...(phases.most.length === 1 && { phase: phases.most[0]! }),
    team: { respondents: summary.respondents, phases: phases.counts },
  };
}

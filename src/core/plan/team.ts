/**
 * The team's phases for the heads of the grid's columns: how many respondents put their
 * organisation in each phase, so the team sees which phases matter most. Pure: no DOM, no Lit.
 */
import { PHASE_IDS, type PhaseId } from '../ids.js';

/** Respondents per phase. */
export interface PhaseCounts {
  /** Per phase, in the phase order. */
  counts: Record<PhaseId, number>;
  /** Every respondent counted, with or without a phase. */
  respondents: number;
  /** Respondents who gave no phase (or one this version does not know). */
  withoutPhase: number;
  /** The phase(s) most respondents gave, in the phase order; empty when nobody gave one. */
  most: PhaseId[];
}

/**
 * Count the phases of `responses`: decoded result codes (`ScanResponse`) or scan result JSON
 * (`ScanResultJson`, whose `phase` is `null` when not given); both have a `phase`. The team summary
 * (`summarizeTeam`) does not keep phases, so the element passes the responses it summed up.
 */
export function teamPhases(responses: ReadonlyArray<{ readonly phase?: string | null | undefined }>): PhaseCounts {
  const counts = Object.fromEntries(PHASE_IDS.map((id) => [id, 0])) as Record<PhaseId, number>;
  let withoutPhase = 0;
  for (const { phase } of responses) {
    if (PHASE_IDS.includes(phase as PhaseId)) counts[phase as PhaseId]++;
    else withoutPhase++;
  }
  const top = Math.max(...Object.values(counts));
  return { counts, respondents: responses.length, withoutPhase, most: top ? PHASE_IDS.filter((id) => counts[id] === top) : [] };
}

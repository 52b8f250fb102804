/**
 * A cell's suggestions from the catalogue, for the matrix's add dialog (a lazy part, so a module
 * apart from the grid in `gaps.ts`, which the first load draws). Pure: no DOM, no Lit.
 */
import type { Catalogue } from '../catalogue.js';
import type { LevelId, PhaseId } from '../ids.js';
import { recommend } from '../recommend.js';
import type { Intervention } from '../schema.js';
import { actionsInCell } from './plan.js';
import type { Plan } from './schema.js';

/**
 * What to suggest for an empty (or any) cell: the catalogue's interventions of the cell's level
 * whose indicative phases include the cell's phase, none already in the cell, ranked by `recommend`
 * (strongest evidence first, then the catalogue's order; never one found `not-effective`).
 * `limit` caps the list.
 */
export function cellSuggestions(catalogue: Catalogue, plan: Plan, cell: { level: LevelId; phase: PhaseId }, options: { limit?: number } = {}): Intervention[] {
  const present = new Set(actionsInCell(plan, cell).map((a) => a.intervention));
  // Asked for every factor, recommend ranks every intervention (each addresses one); the cell
  // keeps those of its level that fit its phase. One ranking for the finder, the scan and the matrix.
  const { items } = recommend(catalogue, { factors: [...catalogue.factorById.keys()], phase: cell.phase });
  const fitting = items.filter((r) => r.phaseFit && r.intervention.level === cell.level && !present.has(r.intervention.id)).map((r) => r.intervention);
  return options.limit !== undefined && options.limit >= 0 ? fitting.slice(0, Math.floor(options.limit)) : fitting;
}

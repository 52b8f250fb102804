/**
 * The grid of a plan: the catalogue's levels (rows) × phases (columns), each cell with its
 * actions and status counts, and the gaps (cells without actions). A cell's suggestions from the
 * catalogue are in `suggest.ts` (only the matrix's add dialog needs them). Pure: no DOM, no Lit.
 */
import type { Catalogue } from '../catalogue.js';
import type { Level, Phase } from '../schema.js';
import { actionsInCell, type PlanCellRef } from './plan.js';
import { ACTION_STATUSES, type ActionStatus } from './format.js';
import type { Plan, PlanAction } from './schema.js';

/** How many actions have each status. */
export type StatusCounts = Record<ActionStatus, number>;

/** One cell of the grid. */
export interface PlanCell extends PlanCellRef {
  /** Its actions, in the plan's order. */
  actions: PlanAction[];
  counts: StatusCounts;
  /** True when the cell has no action: a gap. */
  gap: boolean;
}

/** One row: a level and its cells, one per phase in the catalogue's phase order. */
export interface PlanRow {
  level: Level;
  cells: PlanCell[];
}

/** The whole grid. */
export interface PlanGrid {
  /** The levels shown, in the catalogue's order. */
  levels: Level[];
  phases: Phase[];
  rows: PlanRow[];
  /** The cells without actions, row by row. */
  gaps: PlanCell[];
  /** Status counts over the cells shown. */
  counts: StatusCounts;
  /** Actions in levels that are not shown (a `levels` subset): kept in the plan, counted apart. */
  hidden: PlanAction[];
}

/** The status counts of `actions`. */
export function statusCounts(actions: readonly PlanAction[]): StatusCounts {
  const counts = Object.fromEntries(ACTION_STATUSES.map((s) => [s, 0])) as StatusCounts;
  for (const action of actions) counts[action.status]++;
  return counts;
}

/**
 * The levels of `catalogue` named in `subset` (the element's `levels` attribute), in the
 * catalogue's order; every level when `subset` is absent or names no known level, so a typo in
 * the attribute never leaves an empty grid.
 */
export function shownLevels(catalogue: Catalogue, subset?: readonly string[]): Level[] {
  const picked = subset ? catalogue.levels.filter((level) => subset.includes(level.id)) : [];
  return picked.length ? picked : [...catalogue.levels];
}

/** The grid of `plan` over the catalogue's levels (or the `levels` subset) and phases. */
export function planGrid(catalogue: Catalogue, plan: Plan, options: { levels?: readonly string[] } = {}): PlanGrid {
  const levels = shownLevels(catalogue, options.levels);
  const phases = [...catalogue.phases];
  const rows = levels.map((level) => ({
    level,
    cells: phases.map((phase): PlanCell => {
      const actions = actionsInCell(plan, { level: level.id, phase: phase.id });
      return { level: level.id, phase: phase.id, actions, counts: statusCounts(actions), gap: actions.length === 0 };
    }),
  }));
  const shown = new Set<string>(levels.map((l) => l.id));
  const cells = rows.flatMap((row) => row.cells);
  return {
    levels,
    phases,
    rows,
    gaps: cells.filter((cell) => cell.gap),
    counts: statusCounts(cells.flatMap((cell) => cell.actions)),
    hidden: plan.actions.filter((a) => !shown.has(a.level)),
  };
}

/**
 * The plan's operations: pure and immutable (each returns a new plan and never changes the one it
 * is given), so the element can keep the previous plan for undo and compare by identity. Reading
 * lives here, in the matrix's first load; changing (adding, moving, editing, removing, undoing a
 * removal) in `edit.ts`, which only the matrix's editing part (a lazy part) imports, and new action
 * ids in `new-id.ts` (the editing part's and the import's).
 *
 * An action's place is its cell (`level`, `phase`) and, within the cell, its order in
 * `plan.actions`. A "position" below is always an index among the actions of one cell.
 */
import type { LevelId, PhaseId } from '../ids.js';
import { PLAN_FORMAT, PLAN_VERSION } from './format.js';
import type { Plan, PlanAction } from './schema.js';

/** One cell of the grid: a level and a phase. */
export interface PlanCellRef {
  level: LevelId;
  phase: PhaseId;
}

/** A plan without actions. */
export function emptyPlan(meta: { id?: string; title?: string } = {}): Plan {
  return { format: PLAN_FORMAT, version: PLAN_VERSION, ...(meta.id ? { id: meta.id } : {}), ...(meta.title ? { title: meta.title } : {}), actions: [] };
}

/** The key of a cell, `level/phase`, for maps and DOM ids. */
export const cellKey = (cell: PlanCellRef): string => `${cell.level}/${cell.phase}`;

/** Whether `action` is in `cell`. */
export const inCell = (action: PlanAction, cell: PlanCellRef): boolean => action.level === cell.level && action.phase === cell.phase;

/** The actions in one cell, in their order. */
export function actionsInCell(plan: Plan, cell: PlanCellRef): PlanAction[] {
  return plan.actions.filter((action) => inCell(action, cell));
}

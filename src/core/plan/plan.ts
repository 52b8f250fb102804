/**
 * The plan's operations: pure and immutable (each returns a new plan and never changes the one it
 * is given), so the element can keep the previous plan for undo and compare by identity. Reading,
 * removing and undoing live here, in the matrix's first load; adding, moving and editing in
 * `edit.ts`, which only the matrix's dialogs (a lazy part) import.
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

/** A removed action and where it was: enough for `restoreAction` to undo the removal. */
export interface RemovedAction {
  action: PlanAction;
  /** Its index in `plan.actions`. */
  index: number;
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

/**
 * An id no action of `plan` has. With `generate` (e.g. random ids in the browser), its first
 * unused answer; without, or when it keeps answering used ids, the next of `a1`, `a2`, … after
 * the highest in use: deterministic, so tests and two exports of one plan agree.
 */
export function newActionId(plan: Pick<Plan, 'actions'>, generate?: () => string): string {
  const used = new Set(plan.actions.map((a) => a.id));
  // A generator that keeps repeating itself must not hang the page.
  for (let tries = 0; generate && tries < 20; tries++) {
    const id = generate();
    if (!used.has(id)) return id;
  }
  let highest = 0;
  for (const id of used) {
    const n = /^a([1-9]\d{0,8})$/.exec(id)?.[1];
    if (n) highest = Math.max(highest, Number(n));
  }
  return `a${highest + 1}`;
}

/**
 * Remove an action. Returns the new plan and, for undo, the removed action and its index
 * (`removed` is undefined, and the plan the same, for an unknown id).
 */
export function removeAction(plan: Plan, id: string): { plan: Plan; removed?: RemovedAction } {
  const index = plan.actions.findIndex((a) => a.id === id);
  if (index === -1) return { plan };
  return { plan: { ...plan, actions: plan.actions.filter((_, i) => i !== index) }, removed: { action: plan.actions[index]!, index } };
}

/**
 * Undo a removal: put the action back at its index (or the end, when the plan has since become
 * shorter). Should its id have been given to a new action in the meantime, it gets a new one.
 */
export function restoreAction(plan: Plan, removed: RemovedAction, generateId?: () => string): Plan {
  const taken = plan.actions.some((a) => a.id === removed.action.id);
  const action = taken ? { ...removed.action, id: newActionId(plan, generateId) } : removed.action;
  const actions = [...plan.actions];
  actions.splice(Math.min(Math.max(0, removed.index), actions.length), 0, action);
  return { ...plan, actions };
}

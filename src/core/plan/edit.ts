/**
 * Changing a plan: adding, moving, editing and removing actions, and undoing a removal. Pure and
 * immutable, like the reading in `plan.ts`. A module of its own so that the maturity matrix's
 * first load (which only draws the plan) does not carry it; its editing part imports it.
 */
import { PLAN_LIMITS, type ActionStatus } from './format.js';
import { newActionId } from './new-id.js';
import { inCell, type PlanCellRef } from './plan.js';
import type { Plan, PlanAction } from './schema.js';

/** What a new action needs; `status` defaults to `planned`. Texts are trimmed, empty ones dropped. */
export interface NewAction extends PlanCellRef {
  status?: ActionStatus;
  intervention?: string;
  title?: string;
  owner?: string;
  note?: string;
}

/** The fields `editAction` changes; an empty text or `undefined` removes an optional field. */
export type ActionChanges = Partial<Pick<PlanAction, 'status' | 'intervention' | 'title' | 'owner' | 'note'>>;

/** A removed action and where it was: enough for `restoreAction` to undo the removal. */
export interface RemovedAction {
  action: PlanAction;
  /** Its index in `plan.actions`. */
  index: number;
}

/** Trimmed and cut to `max` characters; undefined when empty. */
function cleanText(value: string | undefined, max: number): string | undefined {
  const trimmed = value?.trim().slice(0, max).trim();
  return trimmed ? trimmed : undefined;
}

/**
 * The action in its canonical form: fields in a fixed order (the export's), texts trimmed and cut
 * to their limits, empty optional fields left out. Throws when it has neither an intervention nor
 * a title: the element asks for a title before it adds an own action.
 */
function cleanAction(action: PlanAction): PlanAction {
  const intervention = action.intervention || undefined;
  const title = cleanText(action.title, PLAN_LIMITS.title);
  const owner = cleanText(action.owner, PLAN_LIMITS.owner);
  const note = cleanText(action.note, PLAN_LIMITS.note);
  if (!intervention && !title) throw new TypeError('an own action needs a title');
  return {
    id: action.id,
    level: action.level,
    phase: action.phase,
    status: action.status,
    ...(intervention ? { intervention } : {}),
    ...(title ? { title } : {}),
    ...(owner ? { owner } : {}),
    ...(note ? { note } : {}),
  };
}

/** Where in `actions` an action of `cell` goes to stand at `position` within the cell (the cell's end when undefined or past it). */
function insertionIndex(actions: readonly PlanAction[], cell: PlanCellRef, position: number | undefined): number {
  let seen = 0;
  let after = -1;
  for (let i = 0; i < actions.length; i++) {
    if (!inCell(actions[i]!, cell)) continue;
    if (position !== undefined && seen === Math.max(0, Math.floor(position))) return i;
    seen++;
    after = i;
  }
  // Past the cell's last action; an empty cell's first action goes to the end of the list.
  return after === -1 ? actions.length : after + 1;
}

/**
 * Add an action to its cell, at `options.position` among the cell's actions (default: last). Its
 * id is `options.id` when that is unused, else `newActionId(plan, options.generateId)`.
 * Returns the new plan and the action as stored.
 */
export function addAction(plan: Plan, input: NewAction, options: { position?: number; id?: string; generateId?: () => string } = {}): { plan: Plan; action: PlanAction } {
  const free = options.id !== undefined && !plan.actions.some((a) => a.id === options.id);
  const action = cleanAction({ ...input, id: free ? options.id! : newActionId(plan, options.generateId), status: input.status ?? 'planned' });
  const actions = [...plan.actions];
  actions.splice(insertionIndex(actions, action, options.position), 0, action);
  return { plan: { ...plan, actions }, action };
}

/**
 * Move an action to another cell and/or position. `to.level` and `to.phase` default to the
 * action's own; `to.position` is its place among the target cell's other actions (default: last
 * when it changes cell, unchanged when it stays). An unknown id changes nothing (the same plan is returned).
 */
export function moveAction(plan: Plan, id: string, to: Partial<PlanCellRef> & { position?: number }): Plan {
  const from = plan.actions.findIndex((a) => a.id === id);
  if (from === -1) return plan;
  const action = plan.actions[from]!;
  const target: PlanCellRef = { level: to.level ?? action.level, phase: to.phase ?? action.phase };
  if (inCell(action, target) && to.position === undefined) return plan;
  const moved = { ...action, ...target };
  const rest = plan.actions.filter((_, i) => i !== from);
  rest.splice(insertionIndex(rest, target, to.position), 0, moved);
  return { ...plan, actions: rest };
}

/**
 * Change an action's status or texts (its cell changes with `moveAction`). A text set to `''` or
 * `undefined` is removed. Throws when the change would leave an action without an intervention
 * and without a title. An unknown id changes nothing (the same plan is returned).
 */
export function editAction(plan: Plan, id: string, changes: ActionChanges): Plan {
  const index = plan.actions.findIndex((a) => a.id === id);
  if (index === -1) return plan;
  const actions = [...plan.actions];
  actions[index] = cleanAction({ ...actions[index]!, ...changes, id, status: changes.status ?? actions[index]!.status });
  return { ...plan, actions };
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

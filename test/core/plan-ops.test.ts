import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addAction, editAction, moveAction, removeAction, restoreAction, type NewAction } from '../../src/core/plan/edit.js';
import { newActionId } from '../../src/core/plan/new-id.js';
import { actionsInCell, cellKey, emptyPlan } from '../../src/core/plan/plan.js';
import { Plan, type Plan as PlanType } from '../../src/core/plan/schema.js';

const TASK_ACTION = { level: 'task', phase: 'action' } as const;
const TASK_SELECTION = { level: 'task', phase: 'selection' } as const;

/** A plan built with addAction from `inputs`, ids a1, a2, … in order. */
function planOf(...inputs: NewAction[]): PlanType {
  let plan = emptyPlan();
  for (const input of inputs) plan = addAction(plan, input).plan;
  return plan;
}

/** Deep-frozen, so a test fails when an operation changes the plan it is given. */
function frozen(plan: PlanType): PlanType {
  for (const action of plan.actions) Object.freeze(action);
  Object.freeze(plan.actions);
  return Object.freeze(plan);
}

const ids = (plan: PlanType) => plan.actions.map((a) => a.id);

describe('plan: empty plan and cells', () => {
  it('an empty plan is a valid plan of the current format, with its id and title when given', () => {
    assert.deepEqual(emptyPlan(), { format: 'lio-plan', version: 1, actions: [] });
    assert.deepEqual(emptyPlan({ id: 'team-hr', title: 'Plan 2027' }), { format: 'lio-plan', version: 1, id: 'team-hr', title: 'Plan 2027', actions: [] });
    assert.ok(Plan.safeParse(emptyPlan({ id: 'team-hr' })).success);
    assert.equal(cellKey(TASK_ACTION), 'task/action');
  });

  it('actionsInCell lists only that cell, in the plan order', () => {
    const plan = planOf({ ...TASK_ACTION, title: 'One' }, { ...TASK_SELECTION, title: 'Two' }, { ...TASK_ACTION, title: 'Three' }, { level: 'employee', phase: 'action', title: 'Four' });
    assert.deepEqual(actionsInCell(plan, TASK_ACTION).map((a) => a.title), ['One', 'Three']);
    assert.deepEqual(actionsInCell(plan, { level: 'environment', phase: 'action' }), []);
  });
});

describe('plan: new action ids', () => {
  it('counts on from the highest a<n> in use, whatever other ids there are', () => {
    assert.equal(newActionId(emptyPlan()), 'a1');
    const plan = { actions: [{ id: 'a2' }, { id: 'a10' }, { id: 'team-a' }, { id: 'a07' }] } as unknown as PlanType;
    assert.equal(newActionId(plan), 'a11');
  });

  it('takes a generator\'s first unused id, and falls back to counting when it only repeats used ones', () => {
    const plan = planOf({ ...TASK_ACTION, title: 'One' });
    const answers = ['a1', 'x7', 'x8'];
    assert.equal(newActionId(plan, () => answers.shift()!), 'x7');
    let calls = 0;
    assert.equal(
      newActionId(plan, () => (calls++, 'a1')),
      'a2',
    );
    assert.equal(calls, 20);
  });
});

describe('plan: add', () => {
  it('adds a catalogue action and an own action, planned by default, texts trimmed, empty ones left out', () => {
    const start = frozen(emptyPlan());
    const first = addAction(start, { ...TASK_ACTION, intervention: 'job-crafting', owner: '  ', note: '' });
    assert.deepEqual(first.action, { id: 'a1', level: 'task', phase: 'action', status: 'planned', intervention: 'job-crafting' });
    const second = addAction(first.plan, { ...TASK_ACTION, title: '  Werkoverleg   over taken ', owner: ' HR ', status: 'running' });
    assert.deepEqual(second.action, { id: 'a2', level: 'task', phase: 'action', status: 'running', title: 'Werkoverleg   over taken', owner: 'HR' });
    assert.deepEqual(start.actions, []);
    assert.deepEqual(ids(second.plan), ['a1', 'a2']);
    assert.ok(Plan.safeParse(second.plan).success);
  });

  it('cuts texts to their limits, so the plan stays importable', () => {
    const { action } = addAction(emptyPlan(), { ...TASK_ACTION, title: 'x'.repeat(300), note: 'n'.repeat(3000), owner: 'o'.repeat(500) });
    assert.equal(action.title!.length, 200);
    assert.equal(action.note!.length, 2000);
    assert.equal(action.owner!.length, 120);
  });

  it('refuses an own action without a title', () => {
    assert.throws(() => addAction(emptyPlan(), { ...TASK_ACTION }), /needs a title/);
    assert.throws(() => addAction(emptyPlan(), { ...TASK_ACTION, title: '   ' }), /needs a title/);
  });

  it('puts the action at a position within its cell, and at the cell\'s end by default', () => {
    let plan = planOf({ ...TASK_ACTION, title: 'A' }, { ...TASK_SELECTION, title: 'B' }, { ...TASK_ACTION, title: 'C' });
    plan = addAction(plan, { ...TASK_ACTION, title: 'D' }, { position: 1 }).plan;
    assert.deepEqual(actionsInCell(plan, TASK_ACTION).map((a) => a.title), ['A', 'D', 'C']);
    plan = addAction(plan, { ...TASK_ACTION, title: 'E' }, { position: 0 }).plan;
    plan = addAction(plan, { ...TASK_ACTION, title: 'F' }).plan;
    plan = addAction(plan, { ...TASK_ACTION, title: 'G' }, { position: 99 }).plan;
    assert.deepEqual(actionsInCell(plan, TASK_ACTION).map((a) => a.title), ['E', 'A', 'D', 'C', 'F', 'G']);
    assert.deepEqual(actionsInCell(plan, TASK_SELECTION).map((a) => a.title), ['B']);
  });

  it('keeps a given id when it is free, and makes a new one when it is taken', () => {
    const one = addAction(emptyPlan(), { ...TASK_ACTION, title: 'A' }, { id: 'kick-off' });
    assert.equal(one.action.id, 'kick-off');
    const two = addAction(one.plan, { ...TASK_ACTION, title: 'B' }, { id: 'kick-off' });
    assert.equal(two.action.id, 'a1');
    const three = addAction(two.plan, { ...TASK_ACTION, title: 'C' }, { generateId: () => 'r-1' });
    assert.equal(three.action.id, 'r-1');
  });
});

describe('plan: move', () => {
  const plan = frozen(planOf({ ...TASK_ACTION, title: 'A' }, { ...TASK_ACTION, title: 'B' }, { ...TASK_SELECTION, title: 'C' }, { ...TASK_ACTION, title: 'D' }));

  it('moves to another cell, at its end by default or at a position', () => {
    const moved = moveAction(plan, 'a1', { phase: 'selection' });
    assert.deepEqual(actionsInCell(moved, TASK_SELECTION).map((a) => a.title), ['C', 'A']);
    assert.deepEqual(actionsInCell(moved, TASK_ACTION).map((a) => a.title), ['B', 'D']);
    const first = moveAction(plan, 'a4', { phase: 'selection', position: 0 });
    assert.deepEqual(actionsInCell(first, TASK_SELECTION).map((a) => a.title), ['D', 'C']);
    const otherLevel = moveAction(plan, 'a2', { level: 'organisation', phase: 'continuous' });
    assert.deepEqual(actionsInCell(otherLevel, { level: 'organisation', phase: 'continuous' }).map((a) => a.id), ['a2']);
    assert.equal(plan.actions[0]!.phase, 'action');
  });

  it('moves within a cell: up, down, to the first and the last place', () => {
    const titles = (p: PlanType) => actionsInCell(p, TASK_ACTION).map((a) => a.title);
    assert.deepEqual(titles(moveAction(plan, 'a4', { position: 0 })), ['D', 'A', 'B']);
    assert.deepEqual(titles(moveAction(plan, 'a1', { position: 1 })), ['B', 'A', 'D']);
    assert.deepEqual(titles(moveAction(plan, 'a1', { position: 2 })), ['B', 'D', 'A']);
    assert.deepEqual(titles(moveAction(plan, 'a2', { position: -3 })), ['B', 'A', 'D']);
  });

  it('returns the same plan for an unknown id or a move to where it already is', () => {
    assert.equal(moveAction(plan, 'nope', { phase: 'selection' }), plan);
    assert.equal(moveAction(plan, 'a1', { level: 'task', phase: 'action' }), plan);
  });
});

describe('plan: edit', () => {
  const plan = frozen(planOf({ ...TASK_ACTION, intervention: 'job-crafting', owner: 'HR' }, { ...TASK_ACTION, title: 'Eigen actie', note: 'Eerst met het MT' }));

  it('changes status and texts, and removes a text set empty', () => {
    const edited = editAction(plan, 'a1', { status: 'done', owner: '', note: ' Loopt via de OR ' });
    assert.deepEqual(edited.actions[0], { id: 'a1', level: 'task', phase: 'action', status: 'done', intervention: 'job-crafting', note: 'Loopt via de OR' });
    assert.deepEqual(edited.actions[1], plan.actions[1]);
    const cleared = editAction(plan, 'a2', { note: undefined, title: 'Nieuwe titel' });
    assert.deepEqual(cleared.actions[1], { id: 'a2', level: 'task', phase: 'action', status: 'planned', title: 'Nieuwe titel' });
  });

  it('refuses to leave an own action without a title, and changes nothing for an unknown id', () => {
    assert.throws(() => editAction(plan, 'a2', { title: ' ' }), /needs a title/);
    assert.throws(() => editAction(plan, 'a1', { intervention: '' }), /needs a title/);
    assert.equal(editAction(plan, 'nope', { status: 'done' }), plan);
  });
});

describe('plan: remove and undo', () => {
  const plan = frozen(planOf({ ...TASK_ACTION, title: 'A' }, { ...TASK_SELECTION, title: 'B' }, { ...TASK_ACTION, title: 'C' }));

  it('removes an action and gives back what undo needs; restoring puts it back in its place', () => {
    // C joined A's cell, so it stands before B in the list.
    assert.deepEqual(ids(plan), ['a1', 'a3', 'a2']);
    const { plan: without, removed } = removeAction(plan, 'a3');
    assert.deepEqual(ids(without), ['a1', 'a2']);
    assert.deepEqual(removed, { action: plan.actions[1], index: 1 });
    assert.deepEqual(restoreAction(without, removed!), plan);
  });

  it('removing an unknown id changes nothing', () => {
    const result = removeAction(plan, 'nope');
    assert.equal(result.plan, plan);
    assert.equal(result.removed, undefined);
  });

  it('restores at the end when the plan got shorter, with a new id when its id was given away', () => {
    const { plan: without, removed } = removeAction(plan, 'a3');
    const reused = addAction(without, { ...TASK_ACTION, title: 'New' });
    assert.equal(reused.action.id, 'a3');
    const shorter = removeAction(removeAction(reused.plan, 'a1').plan, 'a2').plan;
    assert.deepEqual(ids(shorter), ['a3']);
    const restored = restoreAction(shorter, removed!);
    assert.deepEqual(ids(restored), ['a3', 'a4']);
    assert.deepEqual(restored.actions[1], { ...removed!.action, id: 'a4' });
    assert.equal(restoreAction(shorter, removed!, () => 'undone').actions[1]!.id, 'undone');
    // Past the end of a plan that lost actions since: at its end.
    assert.deepEqual(restoreAction(emptyPlan(), { ...removed!, index: 5 }).actions, [removed!.action]);
    assert.deepEqual(ids(restoreAction(reused.plan, { ...removed!, action: { ...removed!.action, id: 'z' }, index: 7 })), ['a1', 'a3', 'a2', 'z']);
  });
});

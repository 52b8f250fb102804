import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeProblem } from '../../src/core/i18n.js';
import { planToJson } from '../../src/core/plan/export.js';
import { mergePlans, normaliseTitle, parsePlan, readPlan } from '../../src/core/plan/import.js';
import { addAction, type NewAction } from '../../src/core/plan/edit.js';
import { emptyPlan } from '../../src/core/plan/plan.js';
import type { Plan, PlanAction } from '../../src/core/plan/schema.js';
import type { Problem } from '../../src/core/problems.js';
import { defaultJson, load } from '../fixtures/catalogues.js';

const catalogue = load(defaultJson);

function planOf(...inputs: NewAction[]): Plan {
  let plan = emptyPlan();
  for (const input of inputs) plan = addAction(plan, input).plan;
  return plan;
}

const action = (fields: Partial<PlanAction> & { id: string }): PlanAction => ({ level: 'task', phase: 'action', status: 'planned', ...fields }) as PlanAction;
const file = (actions: unknown[], extra: Record<string, unknown> = {}) => JSON.stringify({ format: 'lio-plan', version: 1, ...extra, actions });

/** The problems of a text that must not be read, as `path code` lines. */
function problemsOf(text: string): string[] {
  const result = parsePlan(text, catalogue);
  assert.equal(result.ok, false, 'a bad file gives no plan');
  return (result as { problems: Problem[] }).problems.map((p) => `${p.path} ${p.code}`);
}

describe('plan import: good files', () => {
  it('reads back what planToJson writes', () => {
    const plan = planOf(
      { level: 'task', phase: 'action', intervention: 'job-crafting', owner: 'HR', status: 'running' },
      { level: 'environment', phase: 'continuous', title: 'Netwerk met het ROC', note: 'Regel 1\nregel 2' },
    );
    const full = { ...plan, id: 'team-zorg', title: 'Plan 2027', updated: '2026-11-30T09:00:00Z' };
    const result = parsePlan(planToJson(full), catalogue);
    assert.ok(result.ok);
    assert.deepEqual(result.value, full);
  });

  it('reads an old intervention id as the id it goes by now, trims texts and drops $schema', () => {
    const text = file([action({ id: 'a1', intervention: 'workload-conversation-guide', title: '  Oude titel ' })], { $schema: './plan.schema.json' });
    const result = parsePlan(text, catalogue);
    assert.ok(result.ok);
    assert.deepEqual(result.value, { format: 'lio-plan', version: 1, actions: [action({ id: 'a1', intervention: 'workload-conversation', title: 'Oude titel' })] });
  });
});

describe('plan import: bad files give problems and no plan', () => {
  it('not JSON, not an object', () => {
    assert.deepEqual(problemsOf('{"format": "lio-plan",'), [' invalid-json']);
    assert.deepEqual(problemsOf('[]'), [' invalid-type']);
    assert.deepEqual(problemsOf('null'), [' invalid-type']);
  });

  it('another file\'s format (a scan result, a catalogue) is named and not read further', () => {
    const scan = parsePlan(JSON.stringify({ format: 'lio-scan-result', version: 1, actions: 7 }), catalogue);
    assert.ok(!scan.ok);
    assert.deepEqual(scan.problems, [{ path: 'format', code: 'invalid-value', message: 'expected lio-plan (this is "lio-scan-result")', params: { values: 'lio-plan' } }]);
    assert.equal(describeProblem(scan.problems[0]!, 'nl'), 'verwacht een van: lio-plan');
    assert.deepEqual(problemsOf(JSON.stringify(defaultJson)), ['format invalid-value']);
  });

  it('an unknown version is refused before its fields are read', () => {
    assert.deepEqual(problemsOf(JSON.stringify({ format: 'lio-plan', version: 2, actions: 'something new' })), ['version invalid-value']);
    assert.deepEqual(problemsOf(JSON.stringify({ format: 'lio-plan', actions: [] })), ['version invalid-value']);
  });

  it('invalid actions, each problem with its path, in file order', () => {
    const text = file(
      [
        action({ id: 'a1', status: 'started' as never, intervention: 'job-crafting' }),
        { id: 'a2', level: 'task', phase: 'someday', status: 'planned', title: 'X', colour: 'red' },
        action({ id: 'a3' }),
        action({ id: 'Not An Id', title: 'x'.repeat(201) }),
        action({ id: 'a5', title: 'Y', owner: '   ' }),
      ],
      { updated: 'yesterday' },
    );
    assert.deepEqual(problemsOf(text), [
      'updated invalid-format',
      'actions[0].status invalid-value',
      'actions[1].phase invalid-value',
      'actions[1] unknown-field',
      'actions[2].title invalid-type',
      'actions[3].id invalid-format',
      'actions[3].title too-long',
      'actions[4].owner too-small',
    ]);
  });

  it('ids used twice and interventions the catalogue does not know, with the nearest id', () => {
    const text = file([action({ id: 'a1', intervention: 'job-crafting' }), action({ id: 'a1', intervention: 'job-craftin' }), action({ id: 'a3', intervention: 'zzzz-nothing-like-it' })]);
    const result = parsePlan(text, catalogue);
    assert.ok(!result.ok);
    assert.deepEqual(
      result.problems.map((p) => [p.path, p.code, p.params]),
      [
        ['actions[1].id', 'duplicate-id', { id: 'a1' }],
        ['actions[1].intervention', 'unknown-related', { id: 'job-craftin', suggestion: 'job-crafting' }],
        ['actions[2].intervention', 'unknown-related', { id: 'zzzz-nothing-like-it' }],
      ],
    );
    assert.equal(result.problems[1]!.message, 'unknown intervention "job-craftin" (did you mean "job-crafting"?)');
    assert.equal(describeProblem(result.problems[1]!, 'nl'), 'onbekende interventie "job-craftin" (bedoelde u "job-crafting"?)');
  });

  it('the catalogue in use decides: an item a fund removed is unknown', () => {
    const fund = load({ schemaVersion: 1, extends: 'default', remove: ['job-crafting'] }, catalogue);
    const text = file([action({ id: 'a1', intervention: 'job-crafting' })]);
    assert.ok(parsePlan(text, catalogue).ok);
    const result = parsePlan(text, fund);
    assert.ok(!result.ok);
    assert.deepEqual(result.problems.map((p) => `${p.path} ${p.code}`), ['actions[0].intervention unknown-related']);
  });

  it('limits: too many actions, too long texts; worded in Dutch too', () => {
    const many = Array.from({ length: 1001 }, (_, i) => action({ id: `a${i + 1}`, title: 'T' }));
    const result = parsePlan(file(many), catalogue);
    assert.ok(!result.ok);
    assert.deepEqual(result.problems.map((p) => `${p.path} ${p.code}`), ['actions too-many']);
    assert.equal(describeProblem(result.problems[0]!, 'nl'), 'mag hoogstens 1000 onderdelen hebben');
    const long = parsePlan(file([action({ id: 'a1', title: 'T', note: 'n'.repeat(2001) })], { title: 't'.repeat(201) }), catalogue);
    assert.ok(!long.ok);
    assert.deepEqual(long.problems.map((p) => [p.path, describeProblem(p, 'nl'), p.message]), [
      ['title', 'mag hoogstens 200 tekens lang zijn', 'must be at most 200 characters'],
      ['actions[0].note', 'mag hoogstens 2000 tekens lang zijn', 'must be at most 2000 characters'],
    ]);
  });

  it('a missing title and a bad date are worded in both languages', () => {
    const result = parsePlan(file([action({ id: 'a1' })], { updated: '30-11-2026' }), catalogue);
    assert.ok(!result.ok);
    assert.deepEqual(result.problems.map((p) => [describeProblem(p, 'en'), describeProblem(p, 'nl')]), [
      ['expected a date and time such as 2026-11-30T09:00:00Z', 'verwacht een datum en tijd zoals 2026-11-30T09:00:00Z'],
      ['is required (text) for an action without an intervention', 'verwacht type text'],
    ]);
  });

  it('a file with thousands of mistakes gives a capped list', () => {
    const bad = Array.from({ length: 600 }, (_, i) => ({ id: `a${i}`, level: 'nowhere', phase: 'action', status: 'maybe', title: 'T' }));
    const result = parsePlan(JSON.stringify({ format: 'lio-plan', version: 1, actions: bad }), catalogue);
    assert.ok(!result.ok);
    assert.equal(result.problems.length, 1001);
    assert.equal(result.problems.at(-1)!.code, 'too-many-problems');
    assert.deepEqual(result.problems.at(-1)!.params, { count: 200 });
    assert.equal(result.problems[0]!.path, 'actions[0].level');
  });

  it('readPlan takes a parsed value the same way', () => {
    assert.ok(readPlan({ format: 'lio-plan', version: 1, actions: [] }, catalogue).ok);
    assert.ok(!readPlan('lio-plan', catalogue).ok);
  });
});

describe('plan merge', () => {
  const base = planOf(
    { level: 'task', phase: 'action', intervention: 'job-crafting', status: 'running', note: 'Start in Q1' },
    { level: 'task', phase: 'action', title: 'Werkoverleg over taken' },
    { level: 'employee', phase: 'unaware', title: 'Gesprek over loopbaan', owner: 'HR' },
  );
  const other = {
    ...emptyPlan({ id: 'team-b' }),
    actions: [
      action({ id: 'a1', intervention: 'job-crafting', status: 'done', owner: 'Team B', note: 'Loopt al' }),
      action({ id: 'a2', title: '  werkoverleg   OVER taken ', status: 'planned', note: 'Maandelijks' }),
      action({ id: 'a3', phase: 'selection', intervention: 'job-crafting' }),
      action({ id: 'b1', level: 'employee', phase: 'unaware', title: 'Gesprek over loopbaan', status: 'running' }),
      action({ id: 'b2', title: 'Iets nieuws' }),
      action({ id: 'b3', title: 'Iets  nieuws' }),
    ],
  } satisfies Plan;

  it('keeps the same catalogue item and the same own title in the same cell once, the status furthest along', () => {
    const { plan, added, merged } = mergePlans(base, other);
    assert.deepEqual(merged, [
      { id: 'a1', from: 'a1' },
      { id: 'a2', from: 'a2' },
      { id: 'a3', from: 'b1' },
      // Two incoming actions that are the same are merged too.
      { id: 'b2', from: 'b3' },
    ]);
    assert.deepEqual(added, [
      { id: 'a4', from: 'a3' },
      { id: 'b2', from: 'b2' },
    ]);
    assert.equal(plan.actions.length, 5);
    const byId = new Map(plan.actions.map((a) => [a.id, a]));
    // Base's texts stay; the owner comes in where base had none; both notes are kept.
    assert.deepEqual(byId.get('a1'), action({ id: 'a1', intervention: 'job-crafting', status: 'done', owner: 'Team B', note: 'Start in Q1\n\nLoopt al' }));
    assert.deepEqual(byId.get('a2'), action({ id: 'a2', title: 'Werkoverleg over taken', note: 'Maandelijks' }));
    assert.deepEqual(byId.get('a3'), action({ id: 'a3', level: 'employee', phase: 'unaware', title: 'Gesprek over loopbaan', owner: 'HR', status: 'running' }));
    assert.deepEqual(byId.get('a4'), action({ id: 'a4', phase: 'selection', intervention: 'job-crafting' }));
    assert.equal(plan.id, undefined, "the plan's own fields are base's");
  });

  it('never lowers a status, and keeps ids unique', () => {
    const { plan } = mergePlans(other, base);
    assert.equal(plan.actions.find((a) => a.intervention === 'job-crafting' && a.phase === 'action')!.status, 'done');
    assert.equal(new Set(plan.actions.map((a) => a.id)).size, plan.actions.length);
    assert.equal(plan.id, 'team-b');
  });

  it('is idempotent: merging a plan into itself changes nothing', () => {
    const { plan, added, merged } = mergePlans(base, base);
    assert.deepEqual(plan, base);
    assert.deepEqual(added, []);
    assert.equal(merged.length, 3);
  });

  it('a note that does not fit with the other stays base\'s; a note already there is not repeated', () => {
    const long = planOf({ level: 'task', phase: 'action', intervention: 'job-crafting', note: 'x'.repeat(1990) });
    const withNote = planOf({ level: 'task', phase: 'action', intervention: 'job-crafting', note: 'Een tweede notitie' });
    assert.equal(mergePlans(long, withNote).plan.actions[0]!.note, 'x'.repeat(1990));
    const same = planOf({ level: 'task', phase: 'action', intervention: 'job-crafting', note: 'Start in Q1' });
    assert.equal(mergePlans(base, same).plan.actions[0]!.note, 'Start in Q1');
  });

  it('takes an id generator for renamed actions, and the merged plan is a valid plan', () => {
    const { plan, added } = mergePlans(base, other, { generateId: () => 'from-b' });
    assert.deepEqual(added[0], { id: 'from-b', from: 'a3' });
    assert.ok(parsePlan(planToJson(plan), catalogue).ok);
  });

  it('normalises titles for comparing', () => {
    assert.equal(normaliseTitle('  Werkoverleg\tOVER  taken '), 'werkoverleg over taken');
    // NFKC: a ligature and a full-width letter compare as their plain forms.
    assert.equal(normaliseTitle('ﬁets Ａ'), 'fiets a');
  });
});

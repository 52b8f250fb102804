import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPlan } from '../../src/core/plan/check.js';
import { addAction } from '../../src/core/plan/edit.js';
import { emptyPlan } from '../../src/core/plan/plan.js';
import { Plan } from '../../src/core/plan/schema.js';

const good = {
  $schema: './plan.schema.json',
  format: 'lio-plan',
  version: 1,
  id: 'team-zorg',
  title: '  Plan 2027 ',
  updated: '2026-11-30T09:00:00Z',
  actions: [
    { id: 'a1', level: 'task', phase: 'action', status: 'running', intervention: 'job-crafting', owner: ' HR ', note: 'Eerst team A' },
    { id: 'a2', level: 'environment', phase: 'continuous', status: 'done', title: 'Netwerk met het ROC' },
    { id: 'a3', level: 'employee', phase: 'unaware', status: 'planned', intervention: 'job-crafting', title: 'Fallback title' },
  ],
};

type Json = Record<string, unknown>;
const withPlan = (changes: Json) => ({ ...good, ...changes });
const withAction = (changes: Json, index = 0) => ({ ...good, actions: good.actions.map((a, i) => (i === index ? { ...a, ...changes } : a)) });
const without = (key: string) => Object.fromEntries(Object.entries(good).filter(([k]) => k !== key));
const withoutInAction = (key: string, index = 0) => ({ ...good, actions: good.actions.map((a, i) => (i === index ? Object.fromEntries(Object.entries(a).filter(([k]) => k !== key)) : a)) });
const many = (n: number) => ({ ...good, actions: Array.from({ length: n }, (_, i) => ({ id: `a${i + 1}`, level: 'task', phase: 'action', status: 'planned', title: 'T' })) });

/** Each sample with what it tries; the schema decides whether it is a plan. */
const SAMPLES: Array<[string, unknown]> = [
  ['the good plan', good],
  ['an empty plan', emptyPlan()],
  ['a plan made by the operations', addAction(emptyPlan({ id: 'p' }), { level: 'task', phase: 'action', title: 'x'.repeat(500), note: ' n ' }).plan],
  ['not an object', 'lio-plan'],
  ['null', null],
  ['an array', [good]],
  ['another format', withPlan({ format: 'lio-scan-result' })],
  ['another version', withPlan({ version: 2 })],
  ['version as text', withPlan({ version: '1' })],
  ['no format', without('format')],
  ['no actions', without('actions')],
  ['actions not a list', withPlan({ actions: {} })],
  ['an unknown field', withPlan({ colour: 'red' })],
  ['$schema not text', withPlan({ $schema: 3 })],
  ['a bad plan id', withPlan({ id: 'Team Zorg' })],
  ['a plan id too long', withPlan({ id: 'a'.repeat(65) })],
  ['a plan id of 64', withPlan({ id: 'a'.repeat(64) })],
  ['an empty title', withPlan({ title: '   ' })],
  ['a title of 200 after trimming', withPlan({ title: `  ${'t'.repeat(200)}  ` })],
  ['a title of 201', withPlan({ title: 't'.repeat(201) })],
  ['a title not text', withPlan({ title: 7 })],
  ['a date with fractions', withPlan({ updated: '2026-11-30T09:00:00.123Z' })],
  ['a date with an offset', withPlan({ updated: '2026-11-30T09:00:00+01:00' })],
  ['a date without time zone', withPlan({ updated: '2026-11-30T09:00:00' })],
  ['a date only', withPlan({ updated: '2026-11-30' })],
  ['the 29th of February in a leap year', withPlan({ updated: '2028-02-29T00:00:00Z' })],
  ['the 29th of February in another year', withPlan({ updated: '2026-02-29T00:00:00Z' })],
  ['the 31st of April', withPlan({ updated: '2026-04-31T00:00:00Z' })],
  ['month 13', withPlan({ updated: '2026-13-01T00:00:00Z' })],
  ['hour 24', withPlan({ updated: '2026-11-30T24:00:00Z' })],
  ['1000 actions', many(1000)],
  ['1001 actions', many(1001)],
  ['an action not an object', withPlan({ actions: ['a1'] })],
  ['an unknown level', withAction({ level: 'team' })],
  ['an unknown phase', withAction({ phase: 'someday' })],
  ['an unknown status', withAction({ status: 'started' })],
  ['no status', withoutInAction('status')],
  ['no id', withoutInAction('id')],
  ['a bad action id', withAction({ id: 'A 1' })],
  ['an unknown action field', withAction({ colour: 'red' })],
  ['an intervention id that is no id', withAction({ intervention: 'Job Crafting' })],
  ['an own action without a title', withoutInAction('title', 1)],
  ['an own action with an empty title', withAction({ title: '  ' }, 1)],
  ['a catalogue action with an empty owner', withAction({ owner: '' })],
  ['an owner of 121', withAction({ owner: 'o'.repeat(121) })],
  ['a note of 2000', withAction({ note: 'n'.repeat(2000) })],
  ['a note of 2001', withAction({ note: 'n'.repeat(2001) })],
  ['a note not text', withAction({ note: ['n'] })],
];

describe('plan check for the workspace (no zod)', () => {
  for (const [name, sample] of SAMPLES) {
    it(`agrees with the schema: ${name}`, () => {
      const parsed = Plan.safeParse(sample);
      const expected = parsed.success ? (({ $schema: _, ...rest }) => rest)(parsed.data) : undefined;
      assert.deepEqual(checkPlan(sample), expected);
    });
  }

  it('the samples cover both answers', () => {
    const accepted = SAMPLES.filter(([, sample]) => Plan.safeParse(sample).success).length;
    assert.ok(accepted >= 8 && SAMPLES.length - accepted >= 30, `${accepted} of ${SAMPLES.length}`);
  });

  it('also refuses action ids used twice, which the operations rely on', () => {
    const twice = withAction({ id: 'a2' });
    assert.ok(Plan.safeParse(twice).success);
    assert.equal(checkPlan(twice), undefined);
  });

  it('returns a copy, never the value it was given', () => {
    const checked = checkPlan(good)!;
    assert.notEqual(checked.actions[1], good.actions[1]);
    checked.actions[1]!.title = 'changed';
    assert.equal(good.actions[1]!.title, 'Netwerk met het ROC');
  });
});

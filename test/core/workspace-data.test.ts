import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import '../../components/maturity-matrix/plan-slice.js';
import { compareStamps, defineSlice, migrateV1, WorkspaceData, type SliceData } from '../../src/elements/workspace-data.js';
import { replaceSlices } from '../../src/elements/workspace-replace.js';

declare module '../../src/elements/workspace-data.js' {
  interface WorkspaceSlices {
    'test-answers': { answers: number[] };
  }
}

/** A replica whose clock is a fixed time, like two tabs acting within the same millisecond. */
const replica = (id: string, time = () => 1_000) => new WorkspaceData(id, time);

/** Exchange deltas both ways, in the given order, as BroadcastChannel would deliver them. */
function deliver(to: WorkspaceData, ...deltas: (Record<string, SliceData> | string)[]) {
  for (const delta of deltas) {
    assert.notEqual(typeof delta, 'string', String(delta));
    assert.deepEqual(to.merge(delta, 'channel').problems, []);
  }
}

describe('workspace data', () => {
  it('keeps both ids added in two tabs in the same millisecond, in the same order in both', () => {
    const a = replica('tab-a');
    const b = replica('tab-b');
    const fromA = a.toggle('shortlist', ['job-crafting'], true);
    const fromB = b.toggle('shortlist', ['intrapreneurship'], true);
    deliver(a, fromB);
    deliver(b, fromA);
    assert.deepEqual(a.state.shortlist, ['job-crafting', 'intrapreneurship']);
    assert.deepEqual(b.state.shortlist, a.state.shortlist);
    assert.deepEqual(b.toJSON(), a.toJSON());
  });

  it('merges in any order and any number of times (storage re-reads, repeated messages)', () => {
    let t = 1_000;
    const a = replica('a', () => t++);
    const b = replica('b', () => t++);
    const deltas = [a.toggle('shortlist', ['x', 'y'], true), b.toggle('shortlist', ['z'], true), a.toggle('shortlist', ['x'], false), b.set('focus', { factor: 'feedback' })];
    const forward = replica('c');
    const backward = replica('d');
    deliver(forward, ...deltas, ...deltas);
    deliver(backward, ...[...deltas].reverse());
    assert.deepEqual(forward.state, backward.state);
    assert.deepEqual(forward.state.shortlist, ['y', 'z']);
    assert.deepEqual(forward.state.focus, { factor: 'feedback' });
  });

  it('lets the later of a remove and a re-add win, and keeps an added id in its place', () => {
    let t = 1_000;
    const a = replica('a', () => t++);
    a.toggle('shortlist', ['x', 'y'], true);
    assert.deepEqual(a.toggle('shortlist', ['x'], true), {}, 'adding an id already there changes nothing');
    assert.deepEqual(a.state.shortlist, ['x', 'y']);
    a.toggle('shortlist', ['x'], false);
    a.toggle('shortlist', ['x'], true);
    assert.deepEqual(a.state.shortlist, ['y', 'x']);
  });

  it('settles concurrent value changes on the later stamp, the same in every replica', () => {
    const a = replica('a');
    const b = replica('b');
    const fromA = a.set('focus', { factor: 'feedback' });
    const fromB = b.set('focus', { level: 'task' });
    deliver(a, fromB);
    deliver(b, fromA);
    assert.deepEqual(a.state.focus, { level: 'task' }, 'same millisecond: the higher replica id wins');
    assert.deepEqual(b.state.focus, a.state.focus);
  });

  it('stamps after everything it has seen, even when its own clock is years behind', () => {
    const ahead = replica('ahead', () => Date.UTC(2040, 0));
    const behind = replica('behind', () => 1_000);
    deliver(behind, ahead.set('focus', { factor: 'a' }), ahead.toggle('shortlist', ['x'], true));
    deliver(behind, behind.set('focus', { factor: 'b' }), behind.toggle('shortlist', ['x'], false));
    assert.deepEqual(behind.state.focus, { factor: 'b' });
    assert.deepEqual(behind.state.shortlist, []);
    assert.deepEqual(behind.merge({ focus: { v: 1, e: { '': [1e308, 'z', {}] } } }, 'channel').problems, [{ slice: 'focus', reason: 'a bad entry' }]);
  });

  it('drops bad slices with a reason and keeps the good ones', () => {
    const data = replica('r');
    const good = replica('g').toggle('shortlist', ['job-crafting'], true) as Record<string, SliceData>;
    const { problems } = data.merge(
      {
        ...good,
        focus: { v: 1, e: { '': [1, 'x', { factor: 5 }] } },
        scan: { v: 1, e: { '': ['yesterday', 'x', { weakFactors: [] }] } },
        plan: { v: 2, e: { cells: [1, 'x', {}] } },
      },
      'storage',
    );
    assert.deepEqual(
      problems.map((p) => p.slice),
      ['focus', 'scan', 'plan'],
    );
    assert.deepEqual(data.state, { shortlist: ['job-crafting'] });
    assert.deepEqual(data.merge(5, 'channel').problems, [{ slice: '*', reason: 'not an object' }]);
    assert.deepEqual(data.merge({ shortlist: { v: 1, e: { '': [1, 'x', 1] } } }, 'channel').problems, [{ slice: 'shortlist', reason: 'a bad item ""' }]);
    assert.deepEqual(data.merge({ shortlist: { v: 1, e: { a: [1] } } }, 'channel').problems, [{ slice: 'shortlist', reason: 'a bad entry' }]);
    assert.deepEqual(data.merge(JSON.parse('{"shortlist":{"v":1,"e":{"__proto__":[1,"x",1]}}}'), 'storage').problems, [{ slice: 'shortlist', reason: 'a bad entry' }]);
    assert.match(data.merge({ focus: { v: 2, e: {} } }, 'storage').problems[0]!.reason, /format version 2/);
    assert.deepEqual(data.state, { shortlist: ['job-crafting'] });
  });

  it('replaces a list through adds and removes, so it merges with a concurrent add', () => {
    const a = replica('a');
    const b = replica('b');
    deliver(b, a.toggle('shortlist', ['x', 'y'], true));
    const fromA = a.set('shortlist', ['y', 'z']);
    const fromB = b.toggle('shortlist', ['w'], true);
    deliver(a, fromB);
    deliver(b, fromA);
    assert.deepEqual(a.state.shortlist, b.state.shortlist);
    assert.deepEqual([...a.state.shortlist!].sort(), ['w', 'y', 'z']);
  });

  it('applies nothing of a list replacement that holds a bad id, and sends nothing when nothing changes', () => {
    const data = replica('r');
    data.toggle('shortlist', ['x', 'y'], true);
    assert.equal(typeof data.set('shortlist', ['z', '']), 'string');
    assert.deepEqual(data.state.shortlist, ['x', 'y']);
    assert.deepEqual(data.set('shortlist', ['x', 'y']), {});
  });

  it('refuses invalid values from code with a reason instead of storing them', () => {
    const data = replica('r');
    assert.equal(typeof data.set('scan', { weakFactors: 'feedback' } as never), 'string');
    assert.equal(typeof data.set('shortlist', [5] as never), 'string');
    assert.equal(typeof data.set('nothing' as 'focus', {}), 'string');
    assert.equal(typeof data.toggle('focus' as 'shortlist', ['x'], true), 'string');
    assert.equal(typeof data.toggle('shortlist', [''], true), 'string');
    assert.deepEqual(data.state, {});
  });

  it('keeps the extra keys of a scan result, checks the plans, and freezes what widgets read', () => {
    const data = replica('r');
    data.set('scan', { weakFactors: ['feedback'], phase: 'action', scores: { feedback: 2 } });
    const plan = { format: 'lio-plan', version: 1, actions: [{ id: 'a1', level: 'task', phase: 'action', status: 'planned', intervention: 'job-crafting' }] } as const;
    data.set('plan', { default: plan });
    assert.deepEqual(data.state.scan, { weakFactors: ['feedback'], phase: 'action', scores: { feedback: 2 } });
    assert.deepEqual(data.state.plan, { default: plan });
    assert.equal(typeof data.set('plan', [plan] as never), 'string');
    assert.throws(() => (data.state.plan!.default!.actions as unknown[]).push('x'), TypeError);
    assert.throws(() => ((data.state as Record<string, unknown>).plan = {}), TypeError);
  });

  it('keeps the plans per plan-id: a bad plan is dropped alone, and the first version of the slice not at all read', () => {
    const data = replica('r');
    const good = { format: 'lio-plan', version: 1, title: ' Team A ', actions: [{ id: 'a1', level: 'task', phase: 'action', status: 'done', title: ' Own ' }] };
    const twice = { format: 'lio-plan', version: 1, actions: [good.actions[0], good.actions[0]] };
    // Written as JSON text: an object literal's `__proto__` would set a prototype, not a key.
    const plans = `{"team-a":${JSON.stringify(good)},"team-b":${JSON.stringify(twice)},"__proto__":${JSON.stringify(good)},"other":{"cells":{}}}`;
    const stored = JSON.parse(`{"plan":{"v":2,"e":{"":[1,"x",${plans}]}}}`) as unknown;
    assert.deepEqual(data.merge(stored, 'storage').problems, []);
    assert.deepEqual(data.state.plan, { 'team-a': { format: 'lio-plan', version: 1, title: 'Team A', actions: [{ id: 'a1', level: 'task', phase: 'action', status: 'done', title: 'Own' }] } });
    const old = replica('o');
    const problems = old.merge({ plan: { v: 1, e: { '': [1, 'x', { cells: { 'feedback/task': ['job-crafting'] } }] } } }, 'storage').problems;
    assert.deepEqual(problems, [{ slice: 'plan', reason: 'format version 1' }]);
    assert.deepEqual(old.state, {});
  });

  it('keeps data of a slice defined later, unseen, and checks it once the slice is defined', () => {
    const data = replica('r');
    const stored = { 'test-answers': { v: 1, e: { '': [1, 'x', { answers: [1, 2] }] } } };
    assert.deepEqual(data.merge(stored, 'storage').problems, []);
    assert.deepEqual(data.state, {});
    assert.deepEqual(data.toJSON(), stored, 'passed on to storage and other tabs untouched');
    defineSlice('test-answers', { check: (v) => (v && typeof v === 'object' && Array.isArray((v as { answers?: unknown }).answers) ? (v as { answers: number[] }) : undefined) });
    assert.deepEqual(data.adopt(), { changed: true, problems: [] });
    assert.deepEqual(data.state['test-answers'], { answers: [1, 2] });
  });

  it('replaces several slices at once (a restored journey): lists, values, clears, and a slice not defined here kept unseen', () => {
    let t = 1_000;
    const data = replica('r', () => t++);
    data.toggle('shortlist', ['old-a', 'old-b'], true);
    data.set('focus', { factor: 'feedback' });
    const other = replica('o', () => t++);
    const plan = { format: 'lio-plan', version: 1, actions: [] };
    const delta = replaceSlices(data, { shortlist: ['new-a', 'old-b'], focus: undefined, scan: { weakFactors: ['autonomy'] }, 'not-here': { any: 1 } }, { 'not-here': 3 });
    assert.notEqual(typeof delta, 'string', String(delta));
    assert.deepEqual(data.state.shortlist, ['old-b', 'new-a']);
    assert.equal(data.state.focus, undefined);
    assert.deepEqual(data.state.scan, { weakFactors: ['autonomy'] });
    assert.equal((data.toJSON()['not-here'] as SliceData).v, 3, 'stamped with the version given');
    assert.equal('not-here' in data.state, false, 'unseen until defined');
    deliver(other, data.toJSON());
    assert.deepEqual(other.state, data.state, 'another tab follows');
    assert.equal(typeof replaceSlices(data, { plan }, {}), 'object', 'the plan slice is defined here');
  });

  it('replaces nothing when one value is refused, or a slice is neither defined nor given a version', () => {
    const data = replica('r');
    data.toggle('shortlist', ['keep'], true);
    assert.equal(replaceSlices(data, { shortlist: ['a'], scan: { weakFactors: 'x' } }, {}), 'an invalid "scan"');
    assert.equal(replaceSlices(data, { shortlist: ['a'], nowhere: 1 }, {}), 'no slice "nowhere" is defined and no version was given');
    assert.deepEqual(data.state.shortlist, ['keep']);
    assert.equal(data.state.scan, undefined);
  });

  it('migrates the first format: valid slices kept, older than any later change, bad ones named', () => {
    const { slices, problems } = migrateV1({ shortlist: ['a', 'b'], focus: { factor: 7 }, scan: { weakFactors: ['x'] }, unknown: 1 });
    assert.deepEqual(problems.map((p) => p.slice), ['focus']);
    const data = replica('r');
    data.toggle('shortlist', ['c'], true);
    data.merge(slices, 'storage');
    assert.deepEqual(data.state.shortlist, ['a', 'b', 'c']);
    assert.deepEqual(data.state.scan, { weakFactors: ['x'] });
    assert.deepEqual(migrateV1({ shortlist: 5 }).problems, [{ slice: 'shortlist', reason: 'not a list of ids' }]);
    assert.deepEqual(migrateV1('x').problems, [{ slice: '*', reason: 'not an object' }]);
  });

  it('orders stamps by time, then replica id', () => {
    assert.ok(compareStamps([1, 'b'], [2, 'a']) < 0);
    assert.ok(compareStamps([2, 'b'], [2, 'a']) > 0);
    assert.equal(compareStamps([2, 'a'], [2, 'a']), 0);
  });
});

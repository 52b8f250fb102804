import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TeamSummary } from '../../src/core/scan/team.js';
import { teamOutcome } from '../../src/core/scan/team-outcome.js';

const set = { thresholds: { strength: 4, improvement: 3 } };
const stats = (median: number) => ({ respondents: 3, median, min: median, max: median });
/** A summary with these medians per factor (undefined: nobody scored it). */
const summary = (medians: Array<[string, number | undefined]>, respondents = 3): TeamSummary => ({
  respondents,
  factors: medians.map(([id, median]) => ({ id, level: 'task', all: median === undefined ? undefined : stats(median), roles: {} })),
  roles: [],
  unattributed: respondents,
  differences: [],
});

describe('teamOutcome', () => {
  it('applies the thresholds to the medians: weakest and strongest first, equal medians in the given order', () => {
    const out = teamOutcome(
      summary([
        ['a', 2.5],
        ['b', 1],
        ['c', 3],
        ['d', 4],
        ['e', 4.5],
        ['f', 2.5],
        ['g', undefined],
      ]),
      set,
      [{ phase: 'action' }, { phase: 'action' }, { phase: 'selection' }],
    );
    assert.deepEqual(out.weakFactors, ['b', 'a', 'f']);
    assert.deepEqual(out.strengths, ['e', 'd']);
    assert.deepEqual(out.scores, { a: 2.5, b: 1, c: 3, d: 4, e: 4.5, f: 2.5 });
    assert.equal(out.phase, 'action');
    assert.deepEqual(out.team, { respondents: 3, phases: { unaware: 0, selection: 1, action: 2, application: 0, continuous: 0 } });
  });

  it('gives no phase for a tie or when nobody gave one, and counts respondents without a phase', () => {
    const tie = teamOutcome(summary([['a', 3]], 2), set, [{ phase: 'action' }, { phase: 'unaware' }]);
    assert.equal('phase' in tie, false);
    assert.deepEqual(tie.team.phases, { unaware: 1, selection: 0, action: 1, application: 0, continuous: 0 });
    const none = teamOutcome(summary([['a', 3]], 2), set, [{ phase: undefined }, { phase: 'not-a-phase' }]);
    assert.equal('phase' in none, false);
    assert.equal(none.team.respondents, 2);
    assert.deepEqual(Object.values(none.team.phases), [0, 0, 0, 0, 0]);
  });
});

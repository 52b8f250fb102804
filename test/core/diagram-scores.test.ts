import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readDiagramScores, scoreStep, scoreSteps } from '../../src/core/diagram/scores.js';

describe('model diagram scores', () => {
  it('reads the workspace slice: scores by factor, strengths and weak factors', () => {
    const read = readDiagramScores({ phase: 'action', weakFactors: ['b'], strengths: ['a'], scores: { a: 4.5, b: 1.75, c: null, d: 7, e: 'x' } })!;
    assert.deepEqual([...read.scores], [['a', 4.5], ['b', 1.75]]);
    assert.deepEqual([...read.strengths], ['a']);
    assert.deepEqual([...read.improvements], ['b']);
    assert.equal(read.phase, 'action');
  });

  it("reads the quick scan's result object (lio-scan-complete)", () => {
    const read = readDiagramScores({ factors: [{ id: 'a', score: 3 }, { id: 'b', score: null }, null], strengths: [], improvements: ['a', 5] })!;
    assert.deepEqual([...read.scores], [['a', 3]]);
    assert.deepEqual([...read.improvements], ['a']);
    assert.equal(read.phase, undefined);
  });

  it('anything without a score is no scores at all', () => {
    for (const value of [undefined, null, 5, 'x', {}, { scores: {} }, { factors: [] }, { scores: { a: 0 } }]) assert.equal(readDiagramScores(value), undefined, JSON.stringify(value));
  });

  it('cuts 1–5 into five equal steps, each upper bound in the next step and 5 in the last', () => {
    assert.deepEqual([1, 1.79, 1.8, 2.6, 3.39, 3.4, 4.2, 4.99, 5].map(scoreStep), [0, 0, 1, 2, 2, 3, 4, 4, 4]);
    const steps = scoreSteps();
    assert.equal(steps.length, 5);
    assert.deepEqual(steps[0], [1, 1.8]);
    assert.ok(Math.abs(steps[4]![1] - 5) < 1e-9);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readDiagramScores, scoreStep, scoreSteps, type DiagramScanInput } from '../../src/core/diagram/scores.js';
import type { ScanResultJson } from '../../src/core/scan.js';

// The model diagram's `scanResult` takes the quick scan's result object as it is (checked by the compiler).
export const resultIsInput = (result: ScanResultJson): DiagramScanInput => result;

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

  it('cuts 1–5 into five equal steps of the score as shown (one decimal), 5 in the last', () => {
    // 1.75 is shown as "1,8", so it takes 1,8's colour; 1.74 is shown as "1,7".
    assert.deepEqual([1, 1.74, 1.75, 1.8, 2.5, 2.6, 3.34, 3.35, 4.2, 4.99, 5].map(scoreStep), [0, 0, 1, 1, 1, 2, 2, 3, 4, 4, 4]);
    assert.deepEqual(scoreSteps(), [[1, 1.7], [1.8, 2.5], [2.6, 3.3], [3.4, 4.1], [4.2, 5]]);
    // Every score shown with one decimal falls in the step whose legend range holds it.
    for (let tenths = 10; tenths <= 50; tenths++) {
      const [from, to] = scoreSteps()[scoreStep(tenths / 10)]!;
      assert.ok(tenths / 10 >= from && tenths / 10 <= to, `${tenths / 10} in ${from}–${to}`);
    }
  });
});

/**
 * The quick scan's DOM-free helpers: reading codes out of pasted text and files, and checking the
 * saved progress that comes back from storage or another tab (which may be stale or tampered with).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkProgress } from '../../components/quick-scan/progress-slice.js';
import { splitCodes } from '../../components/quick-scan/team-codes.js';

describe('splitCodes', () => {
  it('splits on line breaks, spaces, commas and semicolons, and drops empty pieces', () => {
    assert.deepEqual(splitCodes(' lio1.AAA\n\nlio1.BBB, lio1.CCC;lio1.DDD \t'), ['lio1.AAA', 'lio1.BBB', 'lio1.CCC', 'lio1.DDD']);
    assert.deepEqual(splitCodes('   '), []);
  });

  it('reads a shared link as its code, decoded', () => {
    assert.deepEqual(splitCodes('https://intranet.example/scan#lio-scan=lio1.A%2DB'), ['lio1.A-B']);
  });

  it('reads a result JSON file as its code, and a JSON list as its items', () => {
    assert.deepEqual(splitCodes(JSON.stringify({ format: 'lio-scan-result', code: 'lio1.XYZ' })), ['lio1.XYZ']);
    assert.deepEqual(splitCodes(JSON.stringify(['lio1.A', { code: 'lio1.B' }])), ['lio1.A', 'lio1.B']);
  });

  it('keeps what is not a code, so the team view can name it', () => {
    assert.deepEqual(splitCodes('hello lio1.A'), ['hello', 'lio1.A']);
    assert.deepEqual(splitCodes('{not json'), ['{not', 'json']);
    assert.deepEqual(splitCodes('[1]'), ['1']);
  });
});

describe('checkProgress', () => {
  const good = { set: 'abcd', answers: { a: 1, b: 'dont-know' }, role: 'hr', phase: 'action', stage: 'check', step: 2, team: ['lio1.A'] };

  it('keeps valid progress as it is', () => {
    assert.deepEqual(checkProgress(good), good);
  });

  it('drops invalid answers, codes and fields, and keeps the rest', () => {
    const checked = checkProgress({ ...good, answers: { a: 7, b: 3, c: '2', __proto__: 1 }, role: 5, team: ['lio1.A', 3, ''], step: -1 });
    assert.deepEqual(checked, { set: 'abcd', answers: { b: 3 }, phase: 'action', stage: 'check', step: 0, team: ['lio1.A'] });
  });

  it('rejects what is not progress at all', () => {
    for (const bad of [null, 'x', [], { ...good, stage: 'done' }, { ...good, set: '' }, { ...good, answers: [] }]) assert.equal(checkProgress(bad), undefined);
  });

  it('parsed JSON with a "__proto__" answer sets no prototype', () => {
    const checked = checkProgress(JSON.parse('{"set":"s","stage":"questions","step":0,"answers":{"__proto__":{"x":1},"a":2}}'))!;
    assert.deepEqual(Object.keys(checked.answers), ['a']);
    assert.equal(Object.getPrototypeOf(checked.answers), Object.prototype);
  });
});

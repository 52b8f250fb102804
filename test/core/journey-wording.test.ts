/**
 * The Dutch wording of what reading a journey reports arrives with the reading code itself: this
 * file imports nothing else (each test file runs in a process of its own), as the share element's
 * lazily loaded part does on a page whose first load carries only the first-load wording.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeProblem } from '../../src/core/i18n.js';
import { readJourney } from '../../src/core/journey/read.js';
import type { Problem } from '../../src/core/problems.js';

test('a journey file with a value of the wrong type is explained in Dutch', () => {
  const result = readJourney({ format: 'lio-journey', version: 1, created: '2026-11-30T09:00:00Z', workspace: 5, slices: {} });
  assert.equal(result.ok, false);
  const problem = (result as { problems: Problem[] }).problems.find((p) => p.path === 'workspace')!;
  assert.equal(problem.code, 'invalid-type');
  assert.match(describeProblem(problem, 'nl'), /^verwacht type /);
  assert.match(describeProblem(problem, 'en'), /expected/);
});

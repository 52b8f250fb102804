import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Catalogue } from '../../src/core/catalogue.js';
import { EVIDENCE_STRENGTH, LEVEL_IDS, PHASE_IDS } from '../../src/core/ids.js';
import { planGrid, shownLevels, statusCounts } from '../../src/core/plan/gaps.js';
import { cellSuggestions } from '../../src/core/plan/suggest.js';
import { addAction, type NewAction } from '../../src/core/plan/edit.js';
import { emptyPlan } from '../../src/core/plan/plan.js';
import type { Plan } from '../../src/core/plan/schema.js';
import { recommend } from '../../src/core/recommend.js';
import { defaultJson, load } from '../fixtures/catalogues.js';

const catalogue = load(defaultJson);

function planOf(...inputs: NewAction[]): Plan {
  let plan = emptyPlan();
  for (const input of inputs) plan = addAction(plan, input).plan;
  return plan;
}

/** A catalogue of the default's levels and phases with a few task items chosen to test ranking and filtering. */
function tiny(): Catalogue {
  const item = (id: string, evidence: string, phases: string[], level = 'task', factors = ['task-variety']) => ({
    id,
    title: { nl: id },
    summary: { nl: id },
    level,
    factors,
    phases,
    evidence,
    sources: [],
    links: [],
  });
  return load({
    ...defaultJson,
    aliases: {},
    interventions: [
      item('practice-first', 'practice', ['action']),
      item('proven-later', 'proven', ['action', 'selection']),
      item('expert', 'expert-session', ['action']),
      item('mixed', 'mixed', ['action']),
      item('proven-other-phase', 'proven', ['selection']),
      item('did-not-work', 'not-effective', ['action']),
      // A task item about a factor of another level: it still belongs in the task row.
      item('task-about-leader', 'practice', ['action'], 'task', ['leader-support']),
      item('leader-item', 'proven', ['action'], 'colleagues-and-leader', ['task-variety']),
    ],
  });
}

describe('plan grid', () => {
  it('counts statuses', () => {
    const plan = planOf({ level: 'task', phase: 'action', title: 'A' }, { level: 'task', phase: 'action', title: 'B', status: 'done' }, { level: 'task', phase: 'unaware', title: 'C', status: 'done' });
    assert.deepEqual(statusCounts(plan.actions), { planned: 1, running: 0, done: 2 });
    assert.deepEqual(statusCounts([]), { planned: 0, running: 0, done: 0 });
  });

  it('an empty plan is 25 gaps: five levels by five phases in the catalogue order', () => {
    const grid = planGrid(catalogue, emptyPlan());
    assert.deepEqual(grid.levels.map((l) => l.id), [...LEVEL_IDS]);
    assert.deepEqual(grid.phases.map((p) => p.id), [...PHASE_IDS]);
    assert.equal(grid.rows.length, 5);
    assert.ok(grid.rows.every((row) => row.cells.map((c) => c.phase).join() === PHASE_IDS.join()));
    assert.equal(grid.gaps.length, 25);
    assert.deepEqual(grid.counts, { planned: 0, running: 0, done: 0 });
  });

  it('a filled cell is no gap and has its actions and counts', () => {
    const plan = planOf(
      { level: 'task', phase: 'action', intervention: 'job-crafting', status: 'running' },
      { level: 'task', phase: 'action', title: 'Eigen', status: 'done' },
      { level: 'environment', phase: 'continuous', title: 'Netwerk' },
    );
    const grid = planGrid(catalogue, plan);
    const cell = grid.rows.find((r) => r.level.id === 'task')!.cells.find((c) => c.phase === 'action')!;
    assert.equal(cell.gap, false);
    assert.deepEqual(cell.actions.map((a) => a.id), ['a1', 'a2']);
    assert.deepEqual(cell.counts, { planned: 0, running: 1, done: 1 });
    assert.equal(grid.gaps.length, 23);
    assert.ok(!grid.gaps.some((g) => (g.level === 'task' && g.phase === 'action') || (g.level === 'environment' && g.phase === 'continuous')));
    assert.deepEqual(grid.counts, { planned: 1, running: 1, done: 1 });
    assert.deepEqual(grid.hidden, []);
  });

  it('a levels subset shows those rows in the catalogue order and counts the other actions apart', () => {
    const plan = planOf({ level: 'task', phase: 'action', title: 'A' }, { level: 'environment', phase: 'action', title: 'B' });
    const grid = planGrid(catalogue, plan, { levels: ['organisation', 'task', 'no-such-level'] });
    assert.deepEqual(grid.levels.map((l) => l.id), ['task', 'organisation']);
    assert.equal(grid.gaps.length, 9);
    assert.deepEqual(grid.hidden.map((a) => a.title), ['B']);
    assert.deepEqual(grid.counts, { planned: 1, running: 0, done: 0 });
  });

  it('a subset without a known level shows every level, never an empty grid', () => {
    assert.equal(shownLevels(catalogue, ['typo']).length, 5);
    assert.equal(shownLevels(catalogue, []).length, 5);
    assert.equal(shownLevels(catalogue).length, 5);
  });
});

describe('cell suggestions', () => {
  it('the level\'s items that fit the phase, strongest evidence first, then catalogue order; never not-effective', () => {
    const ids = cellSuggestions(tiny(), emptyPlan(), { level: 'task', phase: 'action' }).map((i) => i.id);
    assert.deepEqual(ids, ['proven-later', 'mixed', 'practice-first', 'task-about-leader', 'expert']);
  });

  it('leaves out what the cell already has, and nothing of other cells', () => {
    const plan = planOf({ level: 'task', phase: 'action', intervention: 'mixed' }, { level: 'task', phase: 'selection', intervention: 'proven-later' });
    const ids = cellSuggestions(tiny(), plan, { level: 'task', phase: 'action' }).map((i) => i.id);
    assert.deepEqual(ids, ['proven-later', 'practice-first', 'task-about-leader', 'expert']);
    assert.deepEqual(cellSuggestions(tiny(), plan, { level: 'task', phase: 'selection' }).map((i) => i.id), ['proven-other-phase']);
  });

  it('honours a limit, and an empty list where nothing fits', () => {
    assert.deepEqual(cellSuggestions(tiny(), emptyPlan(), { level: 'task', phase: 'action' }, { limit: 2 }).map((i) => i.id), ['proven-later', 'mixed']);
    assert.deepEqual(cellSuggestions(tiny(), emptyPlan(), { level: 'employee', phase: 'action' }), []);
  });

  it('on the built-in catalogue: every suggestion fits the cell, in non-weakening evidence order', () => {
    for (const level of LEVEL_IDS) {
      for (const phase of PHASE_IDS) {
        const items = cellSuggestions(catalogue, emptyPlan(), { level, phase });
        const expected = catalogue.interventions.filter((i) => i.level === level && i.phases.includes(phase) && i.evidence !== 'not-effective');
        assert.equal(items.length, expected.length, `${level}/${phase}`);
        const strengths = items.map((i) => EVIDENCE_STRENGTH[i.evidence]);
        assert.deepEqual(strengths, [...strengths].sort((a, b) => a - b), `${level}/${phase}`);
      }
    }
    assert.ok(cellSuggestions(catalogue, emptyPlan(), { level: 'task', phase: 'action' }).length > 10);
  });

  it("keeps recommend's order, so the finder, the scan and the matrix rank alike", () => {
    const cell = { level: 'colleagues-and-leader', phase: 'application' } as const;
    const factors = catalogue.levels.find((l) => l.id === cell.level)!.factors.map((f) => f.id);
    const ranked = recommend(catalogue, { factors, phase: cell.phase }).items.filter((r) => r.phaseFit && r.intervention.level === cell.level);
    const suggested = cellSuggestions(catalogue, emptyPlan(), cell).map((i) => i.id);
    // In the built-in catalogue every item addresses a factor of its own level (the tiny catalogue above has one that does not).
    assert.ok(ranked.length > 5);
    assert.deepEqual(suggested, ranked.map((r) => r.intervention.id));
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Catalogue } from '../../src/core/catalogue.js';
import { EVIDENCE_STRENGTH } from '../../src/core/ids.js';
import { recommend } from '../../src/core/recommend.js';
import { buildSearchIndex, search } from '../../src/core/search.js';
import { defaultJson, load } from '../fixtures/catalogues.js';

const catalogue = load(defaultJson);

/** A small extension whose order and evidence are chosen to exercise every tie-break. */
function tiny(): Catalogue {
  const item = (id: string, evidence: string, phases: string[], factors: string[]) => ({
    id,
    title: { nl: id },
    summary: { nl: id },
    level: 'task',
    factors,
    phases,
    evidence,
    sources: [],
    links: [],
  });
  const base = { ...defaultJson, interventions: [] as unknown[], aliases: {} };
  const factorA = 'task-variety';
  const factorB = 'job-autonomy';
  base.interventions = [
    item('practice-fit', 'practice', ['action'], [factorA]),
    item('proven-nofit', 'proven', ['selection'], [factorA]),
    item('proven-fit', 'proven', ['action'], [factorB]),
    item('mixed-both', 'mixed', ['action'], [factorB, factorA]),
    item('unrelated', 'proven', ['action'], ['feedback']),
    item('did-not-work', 'not-effective', ['action'], [factorA]),
  ];
  return load(base);
}

describe('recommend', () => {
  it('ranks by strength of evidence, then phase fit, then catalogue order', () => {
    const result = recommend(tiny(), { factors: ['task-variety', 'job-autonomy'], phase: 'action' });
    assert.deepEqual(
      result.items.map((r) => r.intervention.id),
      ['proven-fit', 'proven-nofit', 'mixed-both', 'practice-fit'],
    );
    assert.deepEqual(result.items.map((r) => r.phaseFit), [true, false, true, true]);
    assert.deepEqual(result.items.find((r) => r.intervention.id === 'mixed-both')!.factors, ['task-variety', 'job-autonomy']);
    assert.equal(result.phase, 'action');
  });

  it('never recommends a not-effective intervention, even with a phase fit and no limit', () => {
    for (const phase of [undefined, 'action']) {
      const result = recommend(tiny(), { factors: ['task-variety'], phase });
      assert.deepEqual(result.items.map((r) => r.intervention.id), ['proven-nofit', 'mixed-both', 'practice-fit']);
    }
  });

  it('without a phase keeps evidence first and catalogue order within it', () => {
    const result = recommend(tiny(), { factors: ['task-variety', 'job-autonomy'] });
    assert.deepEqual(
      result.items.map((r) => r.intervention.id),
      ['proven-nofit', 'proven-fit', 'mixed-both', 'practice-fit'],
    );
    assert.ok(result.items.every((r) => !r.phaseFit));
    assert.equal(result.phase, undefined);
  });

  it('ignores unknown factors and phases, and duplicates, and honours a limit', () => {
    const result = recommend(catalogue, { factors: ['feedback', 'no-such-factor', 'feedback'], phase: 'someday' }, { limit: 3 });
    assert.deepEqual(result.factors, ['feedback']);
    assert.equal(result.phase, undefined);
    assert.equal(result.items.length, 3);
    assert.deepEqual(recommend(catalogue, { factors: ['no-such-factor'] }).items, []);
    assert.deepEqual(recommend(catalogue, { factors: [] }).items, []);
  });

  it('every pick addresses a requested factor, and the order never weakens', () => {
    const factors = ['feedback', 'colleague-support', 'leader-support'];
    const { items } = recommend(catalogue, { factors, phase: 'action' });
    assert.ok(items.length > 3);
    for (const { intervention } of items) assert.ok(intervention.factors.some((f) => factors.includes(f)), intervention.id);
    const strengths = items.map((r) => EVIDENCE_STRENGTH[r.intervention.evidence]);
    assert.deepEqual(strengths, [...strengths].sort((a, b) => a - b));
    const addressing = catalogue.interventions.filter((i) => i.factors.some((f) => factors.includes(f)));
    assert.ok(addressing.some((i) => i.evidence === 'not-effective'));
    assert.equal(items.length, addressing.filter((i) => i.evidence !== 'not-effective').length);
  });

  it("agrees with the finder's evidence sort for the phase-fitting picks", () => {
    const factors = ['feedback', 'colleague-support'];
    const picks = recommend(catalogue, { factors, phase: 'action' });
    const shown = search(buildSearchIndex(catalogue, 'nl'), { factors: picks.factors, phases: [picks.phase!], sort: 'evidence' });
    assert.deepEqual(
      picks.items.filter((r) => r.phaseFit).map((r) => r.intervention.id),
      shown.hits.filter((hit) => hit.item.evidence !== 'not-effective').map((hit) => hit.item.id),
    );
  });
});

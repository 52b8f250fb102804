/**
 * `<lio-model-diagram>` with the rest of the page: the quick scan's scores over the chips (from
 * the workspace the quick scan writes, from a real quick scan on the page, or from the
 * `scanResult` property, which wins), counts, and "Toon in de zoeker" filtering a finder on the
 * same page or linking to the finder's page.
 */
import { expect } from '@open-wc/testing';
import { resetMouse } from '@web/test-runner-commands';
import '../../components/intervention-finder/lio-intervention-finder.js';
import type { LioInterventionFinder } from '../../components/intervention-finder/intervention-finder.js';
import type { LioModelDiagram } from '../../components/model-diagram/model-diagram.js';
import { getWorkspace } from '../../src/elements/workspace.js';
import { expectAccessible } from './helpers/axe.js';
import { waitFor } from './helpers/frame.js';
import { $, $$, clickAt, drawnProblems, item, mountDiagram, rawCatalogue, text, ws } from './helpers/model-diagram.js';
import { resultsOf } from './helpers/quick-scan.js';

afterEach(() => resetMouse());

/** Scores as the quick scan writes them into the workspace's `scan` slice; task-variety and mobility not scored. */
function scanSlice(factors: string[]) {
  const scores: Record<string, number> = Object.fromEntries(factors.filter((id) => id !== 'task-variety' && id !== 'mobility').map((id) => [id, 3]));
  Object.assign(scores, { 'trust-and-safety': 4.5, motivation: 4, 'challenging-tasks': 3.5, 'demands-control-balance': 2, 'leader-support': 1.5 });
  return { weakFactors: ['leader-support', 'demands-control-balance'], strengths: ['trust-and-safety', 'motivation'], scores, phase: 'action', scanId: 'default' };
}

/** A chip's note line(s) as drawn. */
const note = (el: LioModelDiagram, id: string) => [...item(el, id).querySelectorAll('tspan.note')].map((t) => t.textContent).join(' ');
const scoreClass = (el: LioModelDiagram, id: string) => [...item(el, id).classList].find((c) => c.startsWith('score-') || c === 'unscored') ?? '';

describe('model diagram: the quick scan\'s scores', () => {
  it('shows the workspace\'s scan once the quick scan wrote it: notes, colour steps, unscored dashed, the legend', async () => {
    const catalogue = await rawCatalogue();
    const factors = catalogue.levels.flatMap((l) => l.factors.map((f) => f.id));
    const workspace = ws();
    const el = await mountDiagram({ attrs: { workspace, 'show-scores': '' } });
    // No scan yet: no notes, no colours, no legend.
    expect($(el, '[part="legend"]')).to.equal(null);
    expect($$(el, 'tspan.note')).to.have.length(0);
    expect($$(el, 'g.factor').some((g) => scoreClass(el, g.dataset.id!))).to.equal(false);

    getWorkspace(workspace).set('scan', scanSlice(factors));
    await waitFor(() => !!$(el, '[part="legend"]'), 'the scores to appear');
    await el.updateComplete;
    expect(note(el, 'trust-and-safety')).to.equal('4,5 · sterk punt');
    expect(note(el, 'motivation')).to.equal('4,0 · sterk punt');
    expect(note(el, 'leader-support')).to.equal('1,5 · verbeterpunt');
    expect(note(el, 'demands-control-balance')).to.equal('2,0 · verbeterpunt');
    expect(note(el, 'feedback')).to.equal('3,0');
    expect(note(el, 'task-variety')).to.equal('niet gescoord');
    expect(note(el, 'mobility')).to.equal('niet gescoord');
    // Five equal steps from 1 to 5: 1,5 → 1; 2,0 → 2; 3,0 → 3; 3,5 and 4,0 → 4; 4,5 → 5.
    const steps = Object.fromEntries(['leader-support', 'demands-control-balance', 'feedback', 'challenging-tasks', 'motivation', 'trust-and-safety', 'task-variety', 'mobility'].map((id) => [id, scoreClass(el, id)]));
    expect(steps).to.deep.equal({
      'leader-support': 'score-1',
      'demands-control-balance': 'score-2',
      feedback: 'score-3',
      'challenging-tasks': 'score-4',
      motivation: 'score-4',
      'trust-and-safety': 'score-5',
      'task-variety': 'unscored',
      mobility: 'unscored',
    });
    // Each step a fill of its own; not scored: a dashed border, scored: a solid one.
    const fill = (id: string) => getComputedStyle(item(el, id).querySelector('rect.chip')!).fill;
    expect(new Set(['leader-support', 'demands-control-balance', 'feedback', 'motivation', 'trust-and-safety'].map(fill)).size).to.equal(5);
    const dashes = (id: string) => getComputedStyle(item(el, id).querySelector('rect.chip')!).strokeDasharray;
    expect(dashes('task-variety')).to.not.equal('none');
    expect(dashes('feedback')).to.equal('none');
    // The name and the note together are the chip's accessible name.
    expect(item(el, 'trust-and-safety').getAttribute('aria-label')).to.equal(`${catalogue.levels[2]!.factors[0]!.title.nl}, 4,5 · sterk punt`);
    const legend = $(el, '[part="legend"]')!;
    expect(text(legend.querySelector('.legend-title'))).to.equal('Score uit de quick scan, van 1 (helemaal oneens) tot 5 (helemaal eens)');
    expect([...legend.querySelectorAll('li')].map(text)).to.deep.equal(['1,0–1,7', '1,8–2,5', '2,6–3,3', '3,4–4,1', '4,2–5,0', 'niet gescoord']);
    // The notes take room of their own: still nothing overlaps.
    expect(drawnProblems(el)).to.deep.equal([]);
    await expectAccessible(el, 'with scores');

    // A pick shows the score in the panel too.
    await clickAt(item(el, 'leader-support').querySelector('rect.chip')!);
    await waitFor(() => !!$(el, '[part="panel"]'), 'the panel');
    expect(text($(el, '.panel-note'))).to.equal('1,5 · verbeterpunt');
    await expectAccessible(el, 'with scores, a pick');

    // The list view shows the same notes and classes.
    await clickAt($(el, '.bar button')!);
    await waitFor(() => !!$(el, '[part="list"]'), 'the list');
    expect(text($(el, '[data-list-id="trust-and-safety"] .note'))).to.equal('4,5 · sterk punt');
    expect($(el, '[data-list-id="mobility"]')!.classList.contains('unscored')).to.equal(true);
    await expectAccessible(el, 'with scores, the list');
  });

  it('the scanResult property wins over the workspace; without show-scores nothing is shown', async () => {
    const catalogue = await rawCatalogue();
    const workspace = ws();
    getWorkspace(workspace).set('scan', scanSlice(catalogue.levels.flatMap((l) => l.factors.map((f) => f.id))));
    const plain = await mountDiagram({ attrs: { workspace } });
    expect($(plain, '[part="legend"]')).to.equal(null);
    expect($$(plain, 'tspan.note')).to.have.length(0);

    // The object of lio-scan-complete: factors with a score each, strengths and improvements.
    const result = { factors: [{ id: 'trust-and-safety', score: 2.2 }, { id: 'feedback', score: 4.8 }], strengths: ['feedback'], improvements: ['trust-and-safety'] };
    const el = await mountDiagram({ attrs: { workspace, 'show-scores': '' }, props: { scanResult: result } });
    expect(note(el, 'trust-and-safety')).to.equal('2,2 · verbeterpunt');
    expect(note(el, 'feedback')).to.equal('4,8 · sterk punt');
    expect(note(el, 'leader-support'), 'the workspace\'s score is not used').to.equal('niet gescoord');
    expect(scoreClass(el, 'trust-and-safety')).to.equal('score-2');
    expect(scoreClass(el, 'feedback')).to.equal('score-5');
    expect($(el, '[part="legend"]')).to.not.equal(null);
    await expectAccessible(el, 'scores from the property');
    // Cleared, the workspace's scan shows again.
    el.scanResult = undefined;
    await el.updateComplete;
    await waitFor(() => note(el, 'leader-support') === '1,5 · verbeterpunt', 'the workspace\'s scores');
  });

  it('a real quick scan on the same page colours the diagram; show-counts adds the number of interventions', async () => {
    const catalogue = await rawCatalogue();
    let diagram: LioModelDiagram | undefined;
    const { detail } = await resultsOf({
      before: (workspace) => {
        diagram = document.createElement('lio-model-diagram');
        for (const [name, value] of Object.entries({ workspace, persist: 'none', 'show-scores': '', 'show-counts': '' })) diagram.setAttribute(name, value);
        return [diagram];
      },
    });
    const el = diagram!;
    await waitFor(() => !!$(el, '[part="legend"]'), 'the scan\'s scores in the diagram');
    await el.updateComplete;
    const count = (id: string) => catalogue.interventions.filter((i) => i.factors.includes(id)).length;
    const nl = (value: number) => value.toFixed(1).replace('.', ',');
    for (const factor of detail.factors) {
      const mark = detail.strengths.includes(factor.id) ? ' · sterk punt' : detail.improvements.includes(factor.id) ? ' · verbeterpunt' : '';
      const score = factor.score === null ? 'niet gescoord' : `${nl(factor.score)}${mark}`;
      const n = count(factor.id);
      expect(note(el, factor.id), factor.id).to.equal(`${score} · ${n} ${n === 1 ? 'interventie' : 'interventies'}`);
    }
    expect(note(el, 'task-variety')).to.match(/^niet gescoord · \d+ interventies?$/);
    expect(drawnProblems(el)).to.deep.equal([]);
    await expectAccessible(el, 'after a real quick scan');
  });
});

describe('model diagram: "Toon in de zoeker"', () => {
  it('filters a finder on the same page to the picked factor', async () => {
    const catalogue = await rawCatalogue();
    let finder: LioInterventionFinder | undefined;
    const el = await mountDiagram({
      before: (workspace) => {
        finder = document.createElement('lio-intervention-finder');
        finder.setAttribute('workspace', workspace);
        finder.setAttribute('persist', 'none');
        return [finder];
      },
    });
    await waitFor(() => finder!.results.length > 0 && !!finder!.shadowRoot?.querySelector('[part="results"]'), 'the finder\'s results');
    expect(finder!.results.length).to.equal(catalogue.interventions.length);
    await clickAt(item(el, 'task-variety').querySelector('rect.chip')!);
    await waitFor(() => !!$(el, '[part="panel"]'), 'the panel');
    const show = $$<HTMLButtonElement>(el, '.panel-actions button').find((b) => text(b) === 'Toon in de zoeker')!;
    await clickAt(show);
    const expected = catalogue.interventions.filter((i) => i.factors.includes('task-variety')).map((i) => i.id);
    await waitFor(() => finder!.results.length === expected.length, 'the finder to filter');
    await finder!.updateComplete;
    expect(finder!.results).to.have.members(expected);
    const shown = [...finder!.shadowRoot!.querySelectorAll<HTMLElement>('[part="result"]')].map((card) => card.dataset.id!);
    expect(shown.length).to.be.above(0);
    for (const id of shown) expect(catalogue.interventions.find((i) => i.id === id)!.factors, id).to.include('task-variety');
    await waitFor(() => text($(el, '[role="status"]')).startsWith('De zoeker toont nu de interventies voor'), 'the announcement');
    await expectAccessible(el, 'after "Toon in de zoeker"');
  });

  it('with finder-url: links to the finder\'s page for the factor, the level and each best-supported intervention', async () => {
    const el = await mountDiagram({ attrs: { 'finder-url': '/zoeker.html?bron=model' } });
    await clickAt(item(el, 'feedback').querySelector('rect.chip')!);
    await waitFor(() => !!$(el, '[part="panel"]'), 'the panel');
    const link = $<HTMLAnchorElement>(el, '.panel-actions a')!;
    expect(text(link)).to.equal('Toon in de zoeker');
    expect(link.href).to.equal(new URL('/zoeker.html?bron=model&lio-factor=feedback', location.href).href);
    const opens = $$<HTMLAnchorElement>(el, '.best a');
    expect(opens.length).to.be.above(0);
    for (const a of opens) expect(new URL(a.href).searchParams.get('lio-open')).to.be.a('string').and.not.equal('');
    await expectAccessible(el, 'links to the finder');
    await clickAt(item(el, 'task').querySelector(':scope > rect.band')!, [0.01, 0.99]);
    await waitFor(() => el.selected === 'task', 'the level');
    expect($<HTMLAnchorElement>(el, '.panel-actions a')!.href).to.equal(new URL('/zoeker.html?bron=model&lio-level=task', location.href).href);
  });
});

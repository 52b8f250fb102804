/**
 * `<lio-maturity-matrix>` as a visitor sees it: the empty grid with its gaps in words, a filled
 * plan, the rows a quick scan marks, read-only, `levels` (a subset, and an invalid one), 320 px
 * (the list per level, nothing cut), dark, English, and storage refused. Every state gets an axe check.
 */
import { expect } from '@open-wc/testing';
import { expectAccessible } from './helpers/axe.js';
import { $, $$, cell, mountMatrix, planOf, rawCatalogue, text, titlesIn } from './helpers/maturity-matrix.js';

const PLAN = planOf([
  { id: 'a1', level: 'task', phase: 'action', intervention: 'job-crafting', status: 'running', owner: 'HR' },
  { id: 'a2', level: 'task', phase: 'action', title: 'Werkoverleg over taken', status: 'done', note: 'Elke maand' },
  { id: 'a3', level: 'organisation', phase: 'unaware', title: 'Visie op leren' },
]);

describe('maturity matrix: the grid', () => {
  it('shows an empty plan as a table of 5 levels × 5 phases with their titles, every cell a gap in words', async () => {
    const catalogue = await rawCatalogue();
    const { el, changes } = await mountMatrix();
    const table = $<HTMLTableElement>(el, 'table[part="grid"]')!;
    expect(table?.localName, 'a real table').to.equal('table');
    const heads = [...table.querySelectorAll('thead th[scope="col"]')].slice(1);
    expect(heads.map((th) => text(th.querySelector('.head-title')))).to.deep.equal(catalogue.phases.map((p) => p.title.nl));
    const rows = [...table.querySelectorAll('tbody th[scope="row"]')];
    expect(rows.map((th) => text(th.querySelector('.head-title')))).to.deep.equal(catalogue.levels.map((l) => l.title.nl));
    // Descriptions are there, folded.
    expect(text(heads[0]!.querySelector('details'))).to.contain(catalogue.phases[0]!.description.nl);
    expect(text(rows[0]!.querySelector('details'))).to.contain(catalogue.levels[0]!.description.nl);
    expect($$(el, '[part="cell"]')).to.have.length(25);
    expect($$(el, '[part="gap"]').map(text)).to.deep.equal(Array(25).fill('nog geen acties'));
    expect(text($(el, '[part="toolbar"]'))).to.contain('0 acties · 25 cellen zonder acties');
    expect($$(el, 'button.add')).to.have.length(25);
    expect(changes).to.deep.equal([]);
    await expectAccessible(el, 'the empty grid');
  });

  it('lists each cell\'s actions with kind, status and owner in words, and the status counts', async () => {
    const catalogue = await rawCatalogue();
    const { el } = await mountMatrix({ plan: PLAN });
    const jobCrafting = catalogue.interventions.find((i) => i.id === 'job-crafting')!;
    expect(titlesIn(el, 'task', 'action')).to.deep.equal([jobCrafting.title.nl, 'Werkoverleg over taken']);
    const [first, second] = [...cell(el, 'task', 'action').querySelectorAll('[part="action"]')];
    expect(text(first!.querySelector('.action-meta'))).to.equal('uit de catalogus · loopt · Eigenaar: HR');
    expect(text(second!.querySelector('.action-meta'))).to.equal('eigen actie · klaar');
    expect(text(second!.querySelector('.action-note'))).to.equal('Notitie: Elke maand');
    expect(text(cell(el, 'task', 'action').querySelector('.counts'))).to.equal('2 acties: 0 gepland, 1 loopt, 1 klaar');
    expect(cell(el, 'task', 'action').querySelector('[part="gap"]')).to.equal(null);
    expect($$(el, '[part="gap"]')).to.have.length(23);
    expect(text($(el, '[part="toolbar"]'))).to.contain('3 acties · 23 cellen zonder acties');
    await expectAccessible(el, 'a filled grid');
  });

  it('marks the rows of the levels with improvement points from the scan in the workspace, in words', async () => {
    const catalogue = await rawCatalogue();
    const weak = ['feedback', catalogue.levels.find((l) => l.id === 'organisation')!.factors[0]!.id];
    const levelOf = (factor: string) => catalogue.levels.find((l) => l.factors.some((f) => f.id === factor))!.id;
    const { el } = await mountMatrix({ scan: { weakFactors: weak } });
    const marked = $$(el, 'tbody tr').filter((tr) => text(tr.querySelector('th')).includes('verbeterpunt uit de scan'));
    expect(marked.map((tr) => tr.dataset.level).sort()).to.deep.equal([...new Set(weak.map(levelOf))].sort());
    await expectAccessible(el, 'rows marked by a scan');
  });

  it('shows own texts as text, never as HTML', async () => {
    const hostile = '<img src=x onerror="window.__matrixXss=1">';
    const { el } = await mountMatrix({ plan: planOf([{ id: 'a1', level: 'task', phase: 'action', title: hostile, owner: '<b>x</b>', note: '<script>1</script>' }]) });
    const action = cell(el, 'task', 'action').querySelector('[part="action"]')!;
    expect(text(action.querySelector('.action-title'))).to.equal(hostile);
    expect(action.querySelector('img, b, script')).to.equal(null);
    expect((window as unknown as Record<string, unknown>).__matrixXss).to.equal(undefined);
  });

  it('read-only (editable="false"): the plan without a control to change it (downloads and print stay)', async () => {
    const { el } = await mountMatrix({ plan: PLAN, attrs: { editable: 'false' } });
    expect(titlesIn(el, 'task', 'action')).to.have.length(2);
    expect($$(el, 'button, input, select, textarea').filter((c) => !c.closest('.io-buttons'))).to.deep.equal([]);
    expect($$(el, '[part="gap"]')).to.have.length(23);
    await expectAccessible(el, 'read-only');
  });

  it('levels="task organisation": only those rows, in the catalogue\'s order', async () => {
    const { el, errors } = await mountMatrix({ plan: PLAN, attrs: { levels: 'organisation task' } });
    expect($$(el, 'tbody tr').map((tr) => tr.dataset.level)).to.deep.equal(['task', 'organisation']);
    expect($$(el, '[part="cell"]')).to.have.length(10);
    expect(errors).to.deep.equal([]);
    await expectAccessible(el, 'a subset of levels');
  });

  it('an unknown level in levels: the error view naming the valid ids, and lio-error invalid-attribute', async () => {
    const { el, errors } = await mountMatrix({ attrs: { levels: 'task team' } });
    expect($(el, '[part="grid"]')).to.equal(null);
    const message = text($(el, '[part="error"]'));
    expect(message).to.contain('Ongeldige waarde "team" voor levels');
    for (const id of ['employee', 'task', 'colleagues-and-leader', 'organisation', 'environment']) expect(message).to.contain(id);
    expect(errors.map((e) => e.code)).to.deep.equal(['invalid-attribute']);
    expect(errors[0]!.problems[0]!.path).to.equal('levels');
    await expectAccessible(el, 'invalid levels');
  });

  it('at 320 px: a list per level with the phases inside, every action and control inside the width', async () => {
    const catalogue = await rawCatalogue();
    const { el } = await mountMatrix({ plan: PLAN, width: 320 });
    expect($(el, 'table')).to.equal(null);
    const blocks = $$(el, '.list .level-block');
    expect(blocks.map((b) => b.dataset.level)).to.deep.equal(catalogue.levels.map((l) => l.id));
    expect(blocks.map((b) => text(b.querySelector('.level-title')))).to.deep.equal(catalogue.levels.map((l) => l.title.nl));
    expect([...blocks[1]!.querySelectorAll('.phase-title')].map(text)).to.deep.equal(catalogue.phases.map((p) => p.title.nl));
    expect($$(el, '[part="cell"]')).to.have.length(25);
    expect(titlesIn(el, 'task', 'action')).to.have.length(2);
    const box = el.getBoundingClientRect();
    expect(box.width).to.be.at.most(320);
    for (const node of $$(el, '[part="action"], [part="action"] button, button.add, [part="gap"], .level-title, .phase-title')) {
      const rect = node.getBoundingClientRect();
      expect(rect.left >= box.left - 0.5 && rect.right <= box.right + 0.5, `${text(node)} inside 320 px`).to.equal(true);
    }
    const section = $(el, 'section.matrix')!;
    expect(section.scrollWidth).to.be.at.most(section.clientWidth + 1);
    await expectAccessible(el, '320 px');
  });

  it('dark theme and English: the same grid in English words, accessible', async () => {
    const catalogue = await rawCatalogue();
    const { el } = await mountMatrix({ plan: PLAN, attrs: { theme: 'dark', lang: 'en' } });
    expect(text($(el, 'h2'))).to.equal('Action plan by level and phase');
    expect([...$(el, 'thead')!.querySelectorAll('.head-title')].map(text)).to.deep.equal(catalogue.phases.map((p) => p.title.en));
    expect($$(el, '[part="gap"]').map(text)).to.include('no actions yet');
    expect(text(cell(el, 'task', 'action').querySelector('.counts'))).to.equal('2 actions: 0 planned, 1 running, 1 done');
    expect(text(cell(el, 'task', 'action').querySelector('[part="action"] .action-title'))).to.equal(catalogue.interventions.find((i) => i.id === 'job-crafting')!.title.en);
    expect(getComputedStyle($(el, 'section.matrix')!).backgroundColor).to.not.equal('rgb(255, 255, 255)');
    expect($$(el, 'button.add').every((b) => text(b).startsWith('Add an action'))).to.equal(true);
    await expectAccessible(el, 'dark, English');
  });
});

/**
 * Filling `<lio-maturity-matrix>` with the keyboard alone (real key presses on the focused
 * control): add from the cell's suggestions, from the workspace's shortlist and as an own action;
 * edit, move, remove and undo, with focus on what changed after every step and `lio-plan-change`
 * for each. Then a finder on the same page, and storage refused. Every state gets an axe check.
 */
import { expect } from '@open-wc/testing';
import '../../components/intervention-finder/lio-intervention-finder.js';
import type { LioInterventionFinder } from '../../components/intervention-finder/intervention-finder.js';
import { getWorkspace } from '../../src/elements/workspace.js';
import { expectAccessible } from './helpers/axe.js';
import { waitFor } from './helpers/frame.js';
import { $, $$, button, cell, focused, mountMatrix, openDialog, planOf, press, pressOn, rawCatalogue, text, titlesIn, type } from './helpers/maturity-matrix.js';

/** The action's list item in the matrix. */
const actionEl = (root: Element, id: string) => $(root, `[part="action"][data-action="${id}"]`)!;
/** The add button of a cell. */
const addButton = (root: Element, level: string, phase: string) => $<HTMLButtonElement>(root, `button[data-add="${level}/${phase}"]`)!;
const announced = (root: Element) => text($(root, '[role="status"][aria-live="polite"]'));

describe('maturity matrix: keyboard only', () => {
  it('adds from the suggestions, ranked by the catalogue: focus to the new action, announced, lio-plan-change', async () => {
    const catalogue = await rawCatalogue();
    const { el, changes } = await mountMatrix();
    await pressOn(el, addButton(el, 'task', 'action'));
    const dialog = await openDialog(el);
    expect(focused(el)?.id).to.equal('dialog-title');
    const suggested = [...dialog.querySelectorAll<HTMLElement>('[part="suggestion"]')];
    expect(suggested.length).to.be.within(1, 8);
    for (const item of suggested) {
      const intervention = catalogue.interventions.find((i) => i.id === item.dataset.id)!;
      expect(intervention.level).to.equal('task');
      expect(intervention.phases).to.include('action');
      expect(text(item)).to.contain(intervention.title.nl);
    }
    await expectAccessible(el, 'the add dialog');
    const first = suggested[0]!.dataset.id!;
    // Tab from the title past the catalogue search field to the first suggestion's button, and press it.
    await press(el, 'Tab');
    expect(focused(el)?.id).to.equal('catalogue-search');
    await press(el, 'Tab');
    expect(focused(el)).to.equal(suggested[0]!.querySelector('button'));
    await press(el, 'Enter');
    await waitFor(() => !$(el, 'dialog'), 'the dialog to close');
    await el.updateComplete;
    const added = el.plan.actions[0]!;
    expect(added).to.include({ level: 'task', phase: 'action', intervention: first, status: 'planned' });
    expect(focused(el)).to.equal(actionEl(el, added.id));
    expect(changes).to.deep.equal([{ kind: 'add', actionId: added.id }]);
    const title = catalogue.interventions.find((i) => i.id === first)!.title.nl;
    await waitFor(() => announced(el).startsWith(`${title} toegevoegd aan`), 'the announcement');
    expect(cell(el, 'task', 'action').querySelector('[part="gap"]')).to.equal(null);
    // The added one is no longer suggested for that cell.
    await pressOn(el, addButton(el, 'task', 'action'));
    expect([...(await openDialog(el)).querySelectorAll<HTMLElement>('[part="suggestion"]')].map((s) => s.dataset.id)).to.not.include(first);
    await press(el, 'Escape');
    expect(focused(el)).to.equal(addButton(el, 'task', 'action'));
  });

  it('adds an own action (a title is required, said in words), edits it, moves it, removes it and undoes that', async () => {
    const { el, changes } = await mountMatrix();
    await pressOn(el, addButton(el, 'employee', 'selection'));
    const dialog = await openDialog(el);
    // Sent without a title: the field says why and takes focus; nothing is added.
    await pressOn(el, button(dialog, 'Eigen actie toevoegen'));
    const title = $<HTMLInputElement>(el, '#own-title')!;
    expect(title.getAttribute('aria-invalid')).to.equal('true');
    expect(text($(el, '#own-title-error'))).to.equal('Geef de actie een titel.');
    expect(focused(el)).to.equal(title);
    expect(el.plan.actions).to.deep.equal([]);
    await expectAccessible(el, 'the own action form with its error');
    await type(el, 'Loopbaangesprekken');
    await press(el, 'Tab');
    expect(focused(el)?.id).to.equal('own-owner');
    await type(el, 'Teamleider');
    // A native select: its keys are the browser's own; the value is what matters here.
    $<HTMLSelectElement>(el, '#own-status')!.value = 'running';
    await pressOn(el, button(dialog, 'Eigen actie toevoegen'));
    await waitFor(() => !$(el, 'dialog'), 'the dialog to close');
    await el.updateComplete;
    const own = el.plan.actions[0]!;
    expect(own).to.deep.include({ level: 'employee', phase: 'selection', title: 'Loopbaangesprekken', owner: 'Teamleider' });
    expect(focused(el)).to.equal(actionEl(el, own.id));
    expect(own.status).to.equal('running');
    expect(text(actionEl(el, own.id).querySelector('.action-meta'))).to.equal('eigen actie · loopt · Eigenaar: Teamleider');

    // Edit: status to done, a note.
    await pressOn(el, actionEl(el, own.id).querySelector<HTMLButtonElement>('[data-do="edit"]')!);
    await openDialog(el);
    expect(text($(el, '#dialog-title'))).to.equal('Actie bewerken: Loopbaangesprekken');
    const status = $<HTMLSelectElement>(el, '#edit-status')!;
    status.focus();
    status.value = 'done';
    $<HTMLTextAreaElement>(el, '#edit-note')!.focus();
    await type(el, 'September');
    await expectAccessible(el, 'the edit dialog');
    await pressOn(el, button($(el, 'dialog')!, 'Opslaan'));
    await waitFor(() => !$(el, 'dialog'), 'the dialog to close');
    await el.updateComplete;
    expect(el.plan.actions[0]).to.deep.include({ status: 'done', note: 'September', title: 'Loopbaangesprekken' });
    expect(focused(el)).to.equal(actionEl(el, own.id));
    expect(text(actionEl(el, own.id))).to.contain('klaar');

    // Move to organisation × continuous.
    await pressOn(el, actionEl(el, own.id).querySelector<HTMLButtonElement>('[data-do="move"]')!);
    await openDialog(el);
    $<HTMLSelectElement>(el, '#move-level')!.value = 'organisation';
    $<HTMLSelectElement>(el, '#move-phase')!.value = 'continuous';
    await expectAccessible(el, 'the move dialog');
    await pressOn(el, button($(el, 'dialog')!, 'Verplaatsen'));
    await waitFor(() => !$(el, 'dialog'), 'the dialog to close');
    await el.updateComplete;
    expect(titlesIn(el, 'employee', 'selection')).to.deep.equal([]);
    expect(titlesIn(el, 'organisation', 'continuous')).to.deep.equal(['Loopbaangesprekken']);
    expect(focused(el)).to.equal(actionEl(el, own.id));
    await waitFor(() => announced(el).startsWith('Loopbaangesprekken verplaatst naar'), 'the announcement');

    // Remove: focus stays in the cell (its add button), undo appears and puts it back.
    await pressOn(el, actionEl(el, own.id).querySelector<HTMLButtonElement>('[data-do="remove"]')!);
    expect(el.plan.actions).to.deep.equal([]);
    expect(focused(el)).to.equal(addButton(el, 'organisation', 'continuous'));
    await waitFor(() => announced(el).startsWith('Loopbaangesprekken verwijderd.'), 'the announcement');
    await expectAccessible(el, 'after a removal');
    await pressOn(el, $<HTMLButtonElement>(el, '[part="toolbar"] button.undo')!);
    expect(titlesIn(el, 'organisation', 'continuous')).to.deep.equal(['Loopbaangesprekken']);
    expect(el.plan.actions[0]).to.deep.include({ id: own.id, status: 'done', note: 'September' });
    expect(focused(el)).to.equal(actionEl(el, own.id));
    expect($(el, 'button.undo')).to.equal(null);
    expect(changes.map((c) => c.kind)).to.deep.equal(['add', 'edit', 'move', 'remove', 'restore']);
    expect(changes.every((c) => c.actionId === own.id)).to.equal(true);
  });

  it('removing one of several keeps focus on the action that took its place', async () => {
    const plan = planOf([
      { id: 'a1', level: 'task', phase: 'action', title: 'Een' },
      { id: 'a2', level: 'task', phase: 'action', title: 'Twee' },
    ]);
    const { el } = await mountMatrix({ plan });
    await pressOn(el, actionEl(el, 'a1').querySelector<HTMLButtonElement>('[data-do="remove"]')!);
    expect(titlesIn(el, 'task', 'action')).to.deep.equal(['Twee']);
    expect(focused(el)).to.equal(actionEl(el, 'a2'));
  });

  it('an action removed in another tab while its edit dialog is open: the dialog closes and focus stays in the widget', async () => {
    const plan = planOf([{ id: 'a1', level: 'task', phase: 'action', title: 'Een' }]);
    const { el, changes } = await mountMatrix({ plan });
    await pressOn(el, actionEl(el, 'a1').querySelector<HTMLButtonElement>('[data-do="edit"]')!);
    await openDialog(el);
    getWorkspace(el.workspace).set('plan', { default: planOf([]) });
    await waitFor(() => !$(el, 'dialog'), 'the dialog to close');
    await el.updateComplete;
    await waitFor(() => focused(el)?.id === 'matrix-title', 'focus on the title');
    expect(changes).to.deep.equal([]);
  });
});

describe('maturity matrix: the shortlist', () => {
  it('offers the workspace\'s saved interventions of the cell\'s level, and adds one with the keyboard', async () => {
    const catalogue = await rawCatalogue();
    const onTask = catalogue.interventions.filter((i) => i.level === 'task');
    const fits = onTask.find((i) => i.phases.includes('application'))!;
    const other = catalogue.interventions.find((i) => i.level !== 'task')!;
    const { el, changes } = await mountMatrix({ shortlist: [other.id, fits.id] });
    await pressOn(el, addButton(el, 'task', 'application'));
    const dialog = await openDialog(el);
    const offered = [...dialog.querySelectorAll<HTMLElement>('.shortlist .offer')];
    expect(offered.map((o) => o.dataset.id)).to.deep.equal([fits.id]);
    await pressOn(el, offered[0]!.querySelector('button')!);
    await waitFor(() => !$(el, 'dialog'), 'the dialog to close');
    await el.updateComplete;
    expect(el.plan.actions[0]).to.deep.include({ level: 'task', phase: 'application', intervention: fits.id });
    expect(changes.map((c) => c.kind)).to.deep.equal(['add']);
    expect(focused(el)?.dataset.action).to.equal(el.plan.actions[0]!.id);
  });

  it('an intervention saved in a finder on the same page shows as addable', async () => {
    let finder: LioInterventionFinder | undefined;
    const { el } = await mountMatrix({
      before: (workspace) => {
        finder = document.createElement('lio-intervention-finder');
        finder.setAttribute('workspace', workspace);
        finder.setAttribute('persist', 'none');
        finder.setAttribute('page-size', '5');
        return [finder];
      },
    });
    await waitFor(() => !!finder!.shadowRoot?.querySelector('[part="result"] .card-actions button'), 'the finder\'s results');
    const card = finder!.shadowRoot!.querySelector<HTMLElement>('[part="result"]')!;
    const id = card.dataset.id!;
    const level = (await rawCatalogue()).interventions.find((i) => i.id === id)!.level;
    card.querySelector<HTMLButtonElement>('.card-actions button')!.click();
    await waitFor(() => (getWorkspace(el.workspace).snapshot.shortlist ?? []).includes(id), 'the finder to save it');
    await el.updateComplete;
    await pressOn(el, addButton(el, level, 'selection'));
    const dialog = await openDialog(el);
    expect([...dialog.querySelectorAll<HTMLElement>('.shortlist .offer')].map((o) => o.dataset.id)).to.include(id);
    await expectAccessible(el, 'the add dialog with a saved intervention');
  });
});

describe('maturity matrix: storage', () => {
  it('saves the plan per plan-id in the workspace, and another matrix with the same plan-id shows it', async () => {
    const { el } = await mountMatrix({ attrs: { 'plan-id': 'team-a' } });
    await pressOn(el, addButton(el, 'task', 'action'));
    await pressOn(el, (await openDialog(el)).querySelector<HTMLButtonElement>('[part="suggestion"] button')!);
    await waitFor(() => !$(el, 'dialog'), 'the dialog to close');
    const stored = getWorkspace(el.workspace).snapshot.plan!;
    expect(Object.keys(stored)).to.deep.equal(['team-a']);
    expect(stored['team-a']).to.deep.include({ format: 'lio-plan', version: 1, id: 'team-a' });
    expect(stored['team-a']!.actions).to.have.length(1);
    const { el: twin, changes } = await mountMatrix({ attrs: { workspace: el.workspace, 'plan-id': 'team-a' } });
    expect(titlesIn(twin, 'task', 'action')).to.have.length(1);
    const { el: other } = await mountMatrix({ attrs: { workspace: el.workspace, 'plan-id': 'team-b' } });
    expect($$(other, '[part="action"]')).to.have.length(0);
    expect(changes).to.deep.equal([]);
  });

  it('with persist="local" keeps the plan in storage, read back on the next visit; with persist="none" stores nothing', async () => {
    const storageKey = (name: string) => `lio-widgets:workspace@2:${name}`;
    const { el } = await mountMatrix({ attrs: { persist: 'local' } });
    await pressOn(el, addButton(el, 'task', 'action'));
    await pressOn(el, (await openDialog(el)).querySelector<HTMLButtonElement>('[part="suggestion"] button')!);
    await waitFor(() => (localStorage.getItem(storageKey(el.workspace)) ?? '').includes('"plan"'), 'the plan to be stored');
    const stored = localStorage.getItem(storageKey(el.workspace))!;
    expect((JSON.parse(stored) as Record<string, { v: number }>).plan!.v).to.equal(2);
    // The next visit: a fresh workspace name holding what was stored.
    const next = `${el.workspace}-next`;
    localStorage.setItem(storageKey(next), stored);
    const { el: again } = await mountMatrix({ attrs: { workspace: next, persist: 'local' } });
    expect(titlesIn(again, 'task', 'action')).to.deep.equal(titlesIn(el, 'task', 'action'));
    localStorage.removeItem(storageKey(el.workspace));
    localStorage.removeItem(storageKey(next));
    const { el: private_ } = await mountMatrix();
    await pressOn(private_, addButton(private_, 'task', 'action'));
    await pressOn(private_, (await openDialog(private_)).querySelector<HTMLButtonElement>('[part="suggestion"] button')!);
    expect(private_.plan.actions).to.have.length(1);
    expect(localStorage.getItem(storageKey(private_.workspace))).to.equal(null);
  });

  it('still works, and says the plan will not be kept, when the browser refuses storage', async () => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    try {
      const { el, errors } = await mountMatrix({ attrs: { persist: 'local' } });
      await pressOn(el, addButton(el, 'task', 'action'));
      await pressOn(el, (await openDialog(el)).querySelector<HTMLButtonElement>('[part="suggestion"] button')!);
      await waitFor(() => !$(el, 'dialog'), 'the dialog to close');
      await el.updateComplete;
      expect(text($(el, '.notice'))).to.equal('Uw plan kan in deze browser niet worden bewaard; het blijft staan zolang deze pagina open is.');
      expect(titlesIn(el, 'task', 'action')).to.have.length(1);
      expect(errors.map((e) => e.code)).to.deep.equal(['storage-unavailable']);
      await expectAccessible(el, 'storage refused');
    } finally {
      Storage.prototype.setItem = original;
    }
  });
});

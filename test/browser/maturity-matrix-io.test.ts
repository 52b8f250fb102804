/**
 * The maturity matrix's files: the JSON and CSV downloads (their content as saved), a JSON export
 * imported again (the same plan), a file merged into a plan or put in its place through the dialog
 * with the keyboard alone, bad files shown with their problems while the plan stays, and the
 * read-only view without import. Choosing a file in the browser's own picker cannot be scripted:
 * the tests hand the file to the hidden file input as the picker would. Every state gets axe.
 */
import { expect } from '@open-wc/testing';
import type { LioMaturityMatrix } from '../../components/maturity-matrix/maturity-matrix.js';
import type { Plan } from '../../src/core/plan/schema.js';
import { expectAccessible } from './helpers/axe.js';
import { captureDownload } from './helpers/download.js';
import { waitFor } from './helpers/frame.js';
import { $, $$, button, focused, mountMatrix, openDialog, planOf, press, pressOn, rawCatalogue, text, titlesIn } from './helpers/maturity-matrix.js';

const ioButton = (el: Element, what: string) => $<HTMLButtonElement>(el, `button[data-io="${what}"]`);
const announced = (el: Element) => text($(el, '[role="status"][aria-live="polite"]'));
const alertBox = (el: Element) => $(el, '.import-error[role="alert"]');
/** A CSV line as `toCsv` writes it: every cell quoted, quotes doubled. */
const row = (separator: string, cells: string[]) => cells.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(separator);

/** Hand `content` to the import's file input, as the browser's file picker would. */
async function chooseFile(el: LioMaturityMatrix, content: string, name = 'plan.json'): Promise<void> {
  const input = $<HTMLInputElement>(el, 'input[type="file"]')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** A plan with a catalogue action (running, with owner) and an own action with a note, in two cells. */
async function twoActions(): Promise<Plan> {
  const catalogue = await rawCatalogue();
  const crafting = catalogue.interventions.find((i) => i.id === 'job-crafting')!;
  return planOf([
    { id: 'a1', level: 'task', phase: crafting.phases[0] as never, intervention: 'job-crafting', status: 'running', owner: 'Team; "HR"' },
    { id: 'a2', level: 'employee', phase: 'selection', title: 'Loopbaangesprekken', note: 'Twee keer per jaar,\nmet de leidinggevende.' },
  ]);
}

describe('maturity matrix: export, import and print', () => {
  it('downloads the plan as JSON in the plan format, named after the plan-id', async () => {
    const plan = await twoActions();
    const { el } = await mountMatrix({ plan, attrs: { 'plan-id': 'team-a' } });
    const file = await captureDownload(() => pressOn(el, ioButton(el, 'json')!));
    expect(file.name).to.equal('actieplan-team-a.json');
    const json = JSON.parse(file.text) as Plan;
    expect(Object.keys(json).slice(0, 3)).to.deep.equal(['format', 'version', 'id']);
    expect(json).to.include({ format: 'lio-plan', version: 1, id: 'team-a' });
    expect(json.updated).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(json.actions).to.deep.equal(plan.actions);
    await expectAccessible(el, 'the toolbar with its file buttons');
  });

  it('downloads the plan as CSV with Dutch headers, titles and words (";" separated), and in English with ","', async () => {
    const catalogue = await rawCatalogue();
    const plan = await twoActions();
    const crafting = catalogue.interventions.find((i) => i.id === 'job-crafting')!;
    const level = (id: string) => catalogue.levels.find((l) => l.id === id)!.title;
    const phase = (id: string) => catalogue.phases.find((p) => p.id === id)!.title;
    const { el } = await mountMatrix({ plan, attrs: { 'plan-id': 'team-a' } });
    const file = await captureDownload(() => pressOn(el, ioButton(el, 'csv')!));
    expect(file.name).to.equal('actieplan-team-a.csv');
    const lines = file.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).to.equal(row(';', ['Niveau', 'Fase', 'Actie', 'Soort', 'Status', 'Eigenaar', 'Notitie', 'Interventie-id']));
    // Grid order: the employee level comes before the task level in the catalogue.
    expect(catalogue.levels.findIndex((l) => l.id === 'employee')).to.be.below(catalogue.levels.findIndex((l) => l.id === 'task'));
    expect(lines[1]).to.equal(row(';', [level('employee').nl, phase('selection').nl, 'Loopbaangesprekken', 'eigen actie', 'gepland', '', 'Twee keer per jaar,\nmet de leidinggevende.', '']));
    expect(lines[2]).to.equal(row(';', [level('task').nl, phase(crafting.phases[0]!).nl, crafting.title.nl, 'uit de catalogus', 'loopt', 'Team; "HR"', '', 'job-crafting']));
    expect(lines.slice(3)).to.deep.equal(['']);
    const english = await mountMatrix({ plan, attrs: { lang: 'en' } });
    const enFile = await captureDownload(() => pressOn(english.el, ioButton(english.el, 'csv')!));
    expect(enFile.name).to.equal('action-plan-default.csv');
    const enLines = enFile.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(enLines[0]).to.equal(row(',', ['Level', 'Phase', 'Action', 'Kind', 'Status', 'Owner', 'Note', 'Intervention id']));
    expect(enLines[2]).to.equal(row(',', [level('task').en, phase(crafting.phases[0]!).en, crafting.title.en, 'from the catalogue', 'running', 'Team; "HR"', '', 'job-crafting']));
  });

  it('"Plan importeren" opens the file picker; an exported plan imported into an empty one is the same plan', async () => {
    const plan = await twoActions();
    const source = await mountMatrix({ plan });
    const file = await captureDownload(() => pressOn(source.el, ioButton(source.el, 'json')!));
    const { el, changes } = await mountMatrix();
    // The button stands for the hidden file input: pressing it asks that input for the picker.
    const input = $<HTMLInputElement>(el, 'input[type="file"]')!;
    let opened = 0;
    input.click = () => void opened++;
    await pressOn(el, ioButton(el, 'import')!);
    expect(opened).to.equal(1);
    await chooseFile(el, file.text);
    await waitFor(() => el.plan.actions.length === 2, 'the plan to load');
    expect(el.plan.actions).to.deep.equal(plan.actions);
    expect(titlesIn(el, 'employee', 'selection')).to.deep.equal(['Loopbaangesprekken']);
    expect(changes).to.deep.equal([{ kind: 'import' }]);
    await waitFor(() => announced(el) === 'Plan geïmporteerd: 2 acties.', 'the announcement');
    expect($(el, 'dialog')).to.equal(null);
    await expectAccessible(el, 'after an import');
  });

  it('merges a file into a plan with actions through the dialog, keyboard only, and says what was added and merged', async () => {
    const base = await twoActions();
    const incoming = planOf([
      { id: 'a1', level: 'task', phase: base.actions[0]!.phase, intervention: 'job-crafting', status: 'done', note: 'Gestart in maart.' },
      { id: 'b2', level: 'organisation', phase: 'action', title: 'Kennisdeling op vrijdag', owner: 'Directie' },
    ]);
    const { el, changes } = await mountMatrix({ plan: base });
    const opener = ioButton(el, 'import')!;
    opener.focus();
    await chooseFile(el, JSON.stringify(incoming), 'team-b.json');
    const dialog = await openDialog(el);
    expect(focused(el)?.id).to.equal('import-dialog-title');
    expect(text(dialog.querySelector('#import-dialog-title'))).to.equal('Plan importeren: team-b.json');
    expect(text(dialog.querySelector('#import-dialog-text'))).to.equal('Het bestand bevat 2 acties; uw plan heeft al 2 acties.');
    expect(el.plan.actions).to.deep.equal(base.actions);
    await expectAccessible(el, 'the merge-or-replace dialog');
    await press(el, 'Tab');
    expect(focused(el)).to.equal(button(dialog, 'Samenvoegen'));
    await press(el, 'Enter');
    await waitFor(() => !$(el, 'dialog'), 'the dialog to close');
    await waitFor(() => el.plan.actions.length === 3, 'the merge');
    const [first, second, third] = el.plan.actions;
    expect(first).to.deep.include({ id: 'a1', intervention: 'job-crafting', status: 'done', owner: 'Team; "HR"', note: 'Gestart in maart.' });
    expect(second).to.deep.equal(base.actions[1]);
    expect(third).to.deep.include({ id: 'b2', level: 'organisation', phase: 'action', title: 'Kennisdeling op vrijdag', owner: 'Directie' });
    expect(titlesIn(el, 'organisation', 'action')).to.deep.equal(['Kennisdeling op vrijdag']);
    expect(changes).to.deep.equal([{ kind: 'merge' }]);
    await waitFor(() => announced(el) === 'Plannen samengevoegd: 1 actie toegevoegd, 1 actie samengevoegd met een actie die er al was.', 'the announcement');
    await waitFor(() => focused(el) === opener, 'focus back on "Plan importeren"');
    await expectAccessible(el, 'after a merge');
  });

  it('replaces the plan with the file\'s through the dialog; Escape cancels and keeps the plan', async () => {
    const base = await twoActions();
    const incoming = planOf([{ id: 'x1', level: 'organisation', phase: 'unaware', title: 'Visie op leren' }]);
    const { el, changes } = await mountMatrix({ plan: base });
    await chooseFile(el, JSON.stringify(incoming));
    await openDialog(el);
    await press(el, 'Escape');
    await waitFor(() => !$(el, 'dialog'), 'the dialog to close');
    expect(el.plan.actions).to.deep.equal(base.actions);
    expect(changes).to.deep.equal([]);
    await chooseFile(el, JSON.stringify(incoming));
    const dialog = await openDialog(el);
    await press(el, 'Tab');
    await press(el, 'Tab');
    expect(focused(el)).to.equal(button(dialog, 'Vervangen'));
    await press(el, 'Enter');
    await waitFor(() => el.plan.actions.length === 1, 'the replacement');
    expect(el.plan.actions).to.deep.equal(incoming.actions);
    expect(changes).to.deep.equal([{ kind: 'import' }]);
    await waitFor(() => announced(el) === 'Plan geïmporteerd: 1 actie.', 'the announcement');
  });

  it('a bad file (not JSON, another format, unknown interventions) shows its problems with their paths and lio-error, and keeps the plan', async () => {
    const base = await twoActions();
    const { el, errors, changes } = await mountMatrix({ plan: base });
    const cases: Array<{ content: string; problems: string[] }> = [
      { content: '{"format": "lio-plan",', problems: ['JSON'] },
      { content: JSON.stringify({ format: 'lio-scan-result', version: 1, actions: [] }), problems: ['format: '] },
      {
        content: JSON.stringify({ format: 'lio-plan', version: 1, actions: [{ id: 'q1', level: 'task', phase: 'action', status: 'bezig', intervention: 'job-craftin' }] }),
        problems: ['actions[0].status: ', 'actions[0].intervention: '],
      },
    ];
    for (const [i, { content, problems }] of cases.entries()) {
      await chooseFile(el, content, `fout-${i}.json`);
      await waitFor(() => errors.length === i + 1, `lio-error for case ${i}`);
      await el.updateComplete;
      const box = alertBox(el)!;
      expect(text(box.querySelector('.import-error-message'))).to.equal(`Het bestand fout-${i}.json is geen actieplan dat hier gelezen kan worden. Uw plan is niet veranderd.`);
      const items = [...box.querySelectorAll('.import-problems li')].map(text);
      expect(items.length, items.join(' | ')).to.equal(problems.length);
      problems.forEach((start, n) => expect(items[n]).to.contain(start));
      expect(errors[i]!.code).to.equal('invalid-plan');
      expect(errors[i]!.problems.length).to.equal(problems.length);
      expect(el.plan.actions).to.deep.equal(base.actions);
      expect($(el, 'dialog')).to.equal(null);
      await expectAccessible(el, `the import error ${i}`);
    }
    // The last problems in Dutch: the unknown intervention with the nearest id.
    const last = [...alertBox(el)!.querySelectorAll('.import-problems li')].map(text);
    expect(last[1]).to.match(/job-craftin.*job-crafting/);
    expect(last[1]).to.not.contain('unknown intervention');
    expect(changes).to.deep.equal([]);
    await pressOn(el, button(alertBox(el)!, 'Melding sluiten'));
    expect(alertBox(el)).to.equal(null);
  });

  it('a file dropped on the toolbar is imported; a file over 4 MB is refused unread', async () => {
    const { el, errors, changes } = await mountMatrix();
    const incoming = planOf([{ id: 'd1', level: 'task', phase: 'action', intervention: 'job-crafting' }]);
    const transfer = new DataTransfer();
    transfer.items.add(new File([JSON.stringify(incoming)], 'gesleept.json', { type: 'application/json' }));
    const toolbar = $(el, '[part="toolbar"]')!;
    const over = new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer });
    toolbar.dispatchEvent(over);
    expect(over.defaultPrevented, 'the toolbar accepts a drop').to.equal(true);
    toolbar.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    await waitFor(() => el.plan.actions.length === 1, 'the dropped plan');
    expect(el.plan.actions).to.deep.equal(incoming.actions);
    expect(changes).to.deep.equal([{ kind: 'import' }]);
    await chooseFile(el, ' '.repeat(4 * 1024 * 1024 + 1), 'groot.json');
    await waitFor(() => errors.length === 1, 'lio-error');
    await el.updateComplete;
    expect(text(alertBox(el)!.querySelector('.import-error-message'))).to.equal('Het bestand groot.json is te groot voor een actieplan (meer dan 4 MB). Uw plan is niet veranderd.');
    expect(errors[0]).to.deep.include({ code: 'invalid-plan', problems: [] });
    expect(el.plan.actions).to.deep.equal(incoming.actions);
  });

  it('read-only (editable="false"): downloads and print stay, import goes', async () => {
    const { el } = await mountMatrix({ plan: await twoActions(), attrs: { editable: 'false' } });
    expect($$(el, '.io-buttons button').map(text)).to.deep.equal(['JSON downloaden', 'CSV downloaden', 'Afdrukken']);
    expect($(el, 'input[type="file"]')).to.equal(null);
    const file = await captureDownload(() => pressOn(el, ioButton(el, 'json')!));
    expect((JSON.parse(file.text) as Plan).actions.length).to.equal(2);
    await expectAccessible(el, 'read-only with its file buttons');
  });

  it('"Afdrukken" prints the plan (window.print) and shows the table even when narrow; the action list is for print only', async () => {
    const { el } = await mountMatrix({ plan: await twoActions(), width: 320 });
    expect($(el, '.list')).to.not.equal(null);
    expect($(el, '.print-list')).to.equal(null);
    const print = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      await pressOn(el, ioButton(el, 'print')!);
      await waitFor(() => printed === 1, 'window.print');
      expect(el.dataset['printing']).to.equal('plan');
      expect($(el, 'table.grid')).to.not.equal(null);
      expect([...$(el, '.print-list')!.querySelectorAll('tbody tr')].map((tr) => tr.children.length)).to.deep.equal([7, 7]);
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      await waitFor(() => !!$(el, '.list'), 'the list again');
      expect($(el, '.print-list')).to.equal(null);
      expect(el.dataset['printing']).to.equal(undefined);
      // The browser's own print command renders the same.
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      expect($(el, 'table.grid')).to.not.equal(null);
      expect($(el, '.print-list')).to.not.equal(null);
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
    } finally {
      window.print = print;
    }
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import type { LioQuickScan } from '../../components/quick-scan/quick-scan.js';
import type { LioErrorDetail } from '../../src/elements/events.js';
import { expectAccessible } from './helpers/axe.js';
import { waitFor } from './helpers/frame.js';
import { $, $$, answer, clickToCheck, focusOnHeading, press, radio, scan, shownIds, showResults, text, ws } from './helpers/quick-scan.js';

const storageKey = (name: string) => `lio-widgets:workspace@2:${name}`;
const progressText = (el: LioQuickScan) => text($(el, '[part="progress"] .progress-text'));
const TASK = ['task-variety-1', 'challenging-tasks-1', 'challenging-tasks-2', 'minimal-division-of-labour-1', 'job-autonomy-1', 'demands-control-balance-1', 'demands-control-balance-2', 'doing-reflecting-balance-1'];
const ORGANISATION = ['long-term-vision-1', 'long-term-vision-2', 'transparency-1', 'formal-and-informal-learning-1', 'formal-and-informal-learning-2', 'supporting-technology-1'];

/** A scan made by hand (attributes set before it connects), with every event it fires recorded from the start. */
async function scanWith(attributes: Record<string, string>, catalogue?: unknown) {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('lio-quick-scan');
  for (const [name, value] of Object.entries({ workspace: ws(), persist: 'none', ...attributes })) el.setAttribute(name, value);
  if (catalogue) el.catalogue = catalogue as never;
  const events: CustomEvent[] = [];
  for (const name of ['lio-error', 'lio-scan-start', 'lio-scan-reset']) el.addEventListener(name, (e) => events.push(e as CustomEvent));
  wrapper.append(el);
  await waitFor(() => !!$(el, '[part="intro"]') || !!$(el, '[part="error"]') || !!$(el, '[part="progress"]'), 'the scan to render');
  await el.updateComplete;
  return { el, events, errors: () => events.filter((e) => e.type === 'lio-error').map((e) => e.detail as LioErrorDetail) };
}

const defaultCatalogue = async () => (await (await fetch('/catalogue/default.json')).json()) as Record<string, unknown>;

describe('<lio-quick-scan> setup', () => {
  it('offers to go on after a reload, returns to the same step, and starts again on request', async () => {
    const name = ws();
    const first = await scan(html`<div><lio-quick-scan workspace=${name} persist="local" scan-id="survey"></lio-quick-scan></div>`);
    await press(first, 'button.start');
    await answer(first, 'personal-traits-1', 4);
    await answer(first, 'motivation-1', 'dont-know');
    await press(first, 'button.next');
    await answer(first, 'job-autonomy-1', 2);
    first.remove();
    // What a reload finds: the stored workspace, read by a fresh workspace (a new name holding the same data).
    const stored = localStorage.getItem(storageKey(name))!;
    expect(stored).to.contain('job-autonomy-1');
    const reloaded = ws();
    localStorage.setItem(storageKey(reloaded), stored);

    for (const workspace of [name, reloaded]) {
      const again = await scan(html`<div><lio-quick-scan workspace=${workspace} persist="local" scan-id="survey"></lio-quick-scan></div>`);
      expect(text($(again, '.resume'))).to.contain('U heeft 3 van de 34 stellingen beantwoord.');
      expect($(again, 'button.start')).to.equal(null);
      await expectAccessible(again, 'resume choice');
      await press(again, 'button.resume-button');
      await focusOnHeading(again);
      expect(progressText(again)).to.equal('Stap 2 van 5 3 van 34 stellingen beantwoord');
      expect(radio(again, 'job-autonomy-1', '2').checked).to.equal(true);
      await press(again, 'button.back');
      expect(radio(again, 'personal-traits-1', '4').checked).to.equal(true);
      expect(radio(again, 'motivation-1', 'dont-know').checked).to.equal(true);
      again.parentElement!.remove();
    }

    // Start again: the answers are gone, here and in storage.
    const { el, events } = await scanWith({ workspace: name, persist: 'local', 'scan-id': 'survey' });
    $$<HTMLButtonElement>(el, '.resume button').find((b) => text(b) === 'Opnieuw beginnen')!.click();
    await el.updateComplete;
    expect(events.map((e) => e.type)).to.deep.equal(['lio-scan-reset', 'lio-scan-start']);
    expect(events[0]!.detail).to.deep.equal({ scanId: 'survey' });
    expect(progressText(el)).to.equal('Stap 1 van 5 0 van 34 stellingen beantwoord');
    expect(el.answers).to.deep.equal({});
    expect($$<HTMLInputElement>(el, 'fieldset[part="question"] input').some((i) => i.checked)).to.equal(false);
    expect(localStorage.getItem(storageKey(name))).not.to.contain('job-autonomy-1');
    el.parentElement!.remove();
  });

  it('keeps the answers of two scan-ids apart', async () => {
    const name = ws();
    const a = await scan(html`<div><lio-quick-scan workspace=${name} persist="session" scan-id="a"></lio-quick-scan></div>`);
    await press(a, 'button.start');
    await answer(a, 'personal-traits-1', 5);
    const b = await scan(html`<div><lio-quick-scan workspace=${name} persist="session" scan-id="b"></lio-quick-scan></div>`);
    // Scan b has nothing to go on with: a plain start.
    expect($(b, '.resume')).to.equal(null);
    await press(b, 'button.start');
    expect(radio(b, 'personal-traits-1', '5').checked).to.equal(false);
    await answer(b, 'personal-traits-1', 1);
    await a.updateComplete;
    expect(a.answers).to.deep.equal({ 'personal-traits-1': 5 });
    expect(b.answers).to.deep.equal({ 'personal-traits-1': 1 });
    expect(radio(a, 'personal-traits-1', '5').checked).to.equal(true);
  });

  it('still works, and says the answers will not be kept, when the browser refuses storage', async () => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    try {
      const { el, errors } = await scanWith({ persist: 'local' });
      await press(el, 'button.start');
      await answer(el, 'personal-traits-1', 2);
      await press(el, 'button.next');
      await answer(el, 'job-autonomy-1', 4);
      await clickToCheck(el);
      await showResults(el);
      expect(text($(el, '.notice'))).to.contain('Uw antwoorden kunnen in deze browser niet worden bewaard');
      expect(text($(el, 'table.scores'))).to.contain('Autonomie');
      expect(el.answers).to.deep.equal({ 'personal-traits-1': 2, 'job-autonomy-1': 4 });
      expect(errors().map((e) => e.code)).to.deep.equal(['storage-unavailable']);
      await expectAccessible(el, 'results without storage');
    } finally {
      Storage.prototype.setItem = original;
    }
  });

  it('levels="task,organisation" asks only those levels, in two steps', async () => {
    const { el } = await scanWith({ levels: 'task,organisation' });
    expect(text($(el, '[part="intro"]'))).to.contain('14 stellingen over 2 niveaus');
    await press(el, 'button.start');
    expect(progressText(el)).to.equal('Stap 1 van 2 0 van 14 stellingen beantwoord');
    expect(shownIds(el)).to.deep.equal(TASK);
    await press(el, 'button.next');
    expect(shownIds(el)).to.deep.equal(ORGANISATION);
    expect(text($(el, 'button.next'))).to.equal('Naar het overzicht');
    await answer(el, 'transparency-1', 5);
    await clickToCheck(el);
    await showResults(el);
    expect($$(el, 'table.scores tr.level-row').map((row) => text(row.querySelector('th')))).to.deep.equal(['Taak', 'Organisatie']);
  });

  for (const [attribute, value] of [
    ['levels', 'task,nope'],
    ['layout', 'grid'],
    ['mode', 'x'],
    ['min-group-size', '0'],
    ['submit-url', 'javascript:alert(1)'],
  ] as const) {
    it(`shows the error view for ${attribute}="${value}"`, async () => {
      const { el, errors } = await scanWith({ [attribute]: value });
      const view = $(el, '[part="error"]')!;
      expect(view, 'error view').to.not.equal(null);
      expect(text(view)).to.contain(attribute);
      expect(text(view)).to.contain(value === 'task,nope' ? 'nope' : value);
      expect($(el, '[part="intro"]')).to.equal(null);
      await waitFor(() => errors().length > 0, 'lio-error');
      expect(errors().map((e) => [e.code, e.problems[0]?.path])).to.deep.equal([['invalid-attribute', attribute]]);
    });
  }

  it('asks a catalogue’s own question set instead of the default one', async () => {
    const own = await defaultCatalogue();
    const set = own.scan as { statements: unknown[]; roles: unknown[] };
    const mine = {
      schemaVersion: 1,
      extends: 'default',
      scan: {
        ...set,
        roles: [],
        statements: [
          { id: 'ours-autonomy', factor: 'job-autonomy', text: { nl: 'Wij kiezen zelf onze werkwijze.', en: 'We choose our own way of working.' } },
          { id: 'ours-feedback', factor: 'feedback', text: { nl: 'Wij vragen elkaar om feedback.', en: 'We ask each other for feedback.' } },
        ],
      },
    };
    const { el } = await scanWith({}, mine);
    expect(text($(el, '[part="intro"]'))).to.contain('2 stellingen over 2 niveaus');
    expect($(el, 'input[name="role"]'), 'no roles, no role question').to.equal(null);
    await press(el, 'button.start');
    expect(shownIds(el)).to.deep.equal(['ours-autonomy']);
    expect(text($(el, 'fieldset[part="question"] legend'))).to.contain('Wij kiezen zelf onze werkwijze.');
    await answer(el, 'ours-autonomy', 5);
    await press(el, 'button.next');
    expect(shownIds(el)).to.deep.equal(['ours-feedback']);
    await clickToCheck(el);
    await showResults(el);
    expect($$(el, 'table.scores tr[data-verdict]').map((row) => row.getAttribute('data-verdict'))).to.deep.equal(['strength', 'not-scored']);
  });

  it('names the broken statement when a question set points at an unknown factor', async () => {
    const broken = await (await fetch('/test/fixtures/catalogues/scan-unknown-factor.json')).json();
    const { el, errors } = await scanWith({}, broken);
    await waitFor(() => !!$(el, '[part="error"]'), 'the error view');
    const problems = $$(el, '[part="error-problems"] li').map(text);
    expect(problems.some((p) => p.includes('scan.statements') && p.includes('no-such-factor')), problems.join('\n')).to.equal(true);
    await waitFor(() => errors().length > 0, 'lio-error');
    expect(errors()[0]!.code).to.equal('catalogue-invalid');
    await expectAccessible(el, 'broken question set');
  });

  it('says so when the catalogue has no question set', async () => {
    const full = await defaultCatalogue();
    delete full.scan;
    const { el, errors } = await scanWith({}, full);
    await waitFor(() => !!$(el, '[part="error"]'), 'the error view');
    expect(text($(el, '[part="error"]'))).to.contain('Deze catalogus heeft geen vragenlijst voor de quickscan.');
    expect($(el, 'button.start')).to.equal(null);
    await waitFor(() => errors().length > 0, 'lio-error');
    expect(errors().map((e) => [e.code, e.message])).to.deep.equal([['catalogue-invalid', 'Deze catalogus heeft geen vragenlijst voor de quickscan.']]);
  });
});

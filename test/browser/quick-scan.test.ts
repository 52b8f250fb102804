import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LioQuickScan } from '../../components/quick-scan/quick-scan.js';
import type { ScanResultJson } from '../../src/core/scan.js';
import { expectAccessible } from './helpers/axe.js';
import { requestedUrls, waitFor } from './helpers/frame.js';
import { $, $$, active, answer, button, clickToCheck, focusOnHeading, press, radio, scan, shownIds, showResults, tabTo, text, ws } from './helpers/quick-scan.js';

const CHART_MODULE = /chart\/profile-chart/;
const progressText = (el: LioQuickScan) => text($(el, '[part="progress"] .progress-text'));

/** Answer the focused statement's radio group by keyboard: Tab into the group, then Space (1) or arrows (2–5, 6 = "don't know"). */
async function keyAnswer(el: LioQuickScan, id: string, option: number) {
  await tabTo(el, () => radio(el, id, '1'));
  if (option === 1) await sendKeys({ type: ' ' });
  for (let i = 1; i < option; i++) await sendKeys({ press: 'ArrowRight' });
  await el.updateComplete;
}

/** Tab to a button and press Enter. */
async function keyPress(el: LioQuickScan, selector: string) {
  await tabTo(el, () => $(el, selector));
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

/** Record every event the scan fires. */
function record(el: LioQuickScan) {
  const events: CustomEvent[] = [];
  for (const name of ['lio-scan-start', 'lio-scan-step', 'lio-scan-complete', 'lio-scan-reset', 'lio-error']) el.addEventListener(name, (e) => events.push(e as CustomEvent));
  return { all: events, of: (name: string) => events.filter((e) => e.type === name) };
}

describe('<lio-quick-scan>', () => {
  // First in this file on purpose: no earlier test has shown results, so no chart module was fetched yet.
  it('fetches the chart module only when the results show, then draws the chart', async () => {
    const el = await scan(html`<div><lio-quick-scan workspace=${ws()} persist="none"></lio-quick-scan></div>`);
    await press(el, 'button.start');
    await answer(el, 'personal-traits-1', 2);
    await clickToCheck(el);
    // The results part was fetched ahead on the check step; the chart was not.
    await waitFor(() => requestedUrls(window, /results-part/).length > 0, 'the results part to be fetched ahead');
    expect(requestedUrls(window, CHART_MODULE)).to.deep.equal([]);
    await showResults(el);
    await waitFor(() => requestedUrls(window, CHART_MODULE).length > 0, 'the chart module');
    const canvas = () => $<HTMLCanvasElement>(el, '.chart-box canvas');
    await waitFor(() => !!canvas() && canvas()!.width > 0, 'a drawn canvas in the chart box');
    expect(requestedUrls(window, CHART_MODULE)).to.have.length(1);
    expect(text($(el, '.chart-summary'))).to.contain('(2,0)');
  });

  it('can be answered with the keyboard alone, from the introduction to the results', async () => {
    const el = await scan(html`<div><lio-quick-scan workspace=${ws()} persist="none"></lio-quick-scan></div>`);
    const steps: CustomEvent[] = [];
    el.addEventListener('lio-scan-step', (e) => steps.push(e));
    expect(text($(el, '[part="intro"]'))).to.contain('34 stellingen over 5 niveaus');
    await expectAccessible(el, 'intro');
    // The role: Tab lands on the chosen option ("rather not say" at first), an arrow key chooses another.
    await tabTo(el, () => $(el, 'input[name="role"]:checked'));
    expect($<HTMLInputElement>(el, 'input[name="role"]:checked')!.value).to.equal('');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect($<HTMLInputElement>(el, 'input[name="role"][value="other"]')!.checked).to.equal(true);
    await keyPress(el, 'button.start');
    await focusOnHeading(el);
    expect(text(active(el))).to.equal('Medewerker');
    expect(progressText(el)).to.equal('Stap 1 van 5 0 van 34 stellingen beantwoord');

    await keyAnswer(el, 'personal-traits-1', 4);
    await keyAnswer(el, 'learning-and-innovative-capability-1', 1);
    expect(el.answers).to.deep.equal({ 'personal-traits-1': 4, 'learning-and-innovative-capability-1': 1 });
    expect(progressText(el)).to.contain('2 van 34 stellingen beantwoord');
    await expectAccessible(el, 'step 1');
    await keyPress(el, 'button.next');
    await focusOnHeading(el);
    expect(text(active(el))).to.equal('Taak');
    expect(progressText(el)).to.equal('Stap 2 van 5 2 van 34 stellingen beantwoord');
    expect($<HTMLProgressElement>(el, 'progress')!.value).to.equal(2);
    await keyAnswer(el, 'task-variety-1', 6);
    expect(el.answers['task-variety-1']).to.equal('dont-know');

    // Back keeps what was answered.
    await keyPress(el, 'button.back');
    await focusOnHeading(el);
    expect(progressText(el)).to.equal('Stap 1 van 5 3 van 34 stellingen beantwoord');
    expect(radio(el, 'personal-traits-1', '4').checked).to.equal(true);
    for (const heading of ['Taak', "Collega's en leidinggevende", 'Organisatie', 'Omgeving']) {
      await keyPress(el, 'button.next');
      await focusOnHeading(el);
      expect(text(active(el))).to.equal(heading);
    }
    expect(text(button(el, 'button.next'))).to.equal('Naar het overzicht');
    await keyPress(el, 'button.next');
    await focusOnHeading(el);
    expect(text(active(el))).to.equal('Controleer uw antwoorden');
    expect(text($(el, '.check-status'))).to.contain('31 stellingen zijn nog niet beantwoord');
    // The open statements are named, per level, with a way back.
    const open = text($(el, '.open-list'));
    expect(open).to.contain('Wij willen graag blijven leren en ons ontwikkelen.');
    expect(open).not.to.contain('In ons team zijn mensen nieuwsgierig');
    expect($$(el, '.open-list > li > button').map(text)).to.deep.equal(['Beantwoorden: Medewerker', 'Beantwoorden: Taak', "Beantwoorden: Collega's en leidinggevende", 'Beantwoorden: Organisatie', 'Beantwoorden: Omgeving']);
    await expectAccessible(el, 'check step');
    await keyPress(el, '.open-list > li:nth-child(2) > button');
    await focusOnHeading(el);
    expect(progressText(el)).to.contain('Stap 2 van 5');
    await keyAnswer(el, 'challenging-tasks-1', 5);
    for (let i = 0; i < 4; i++) await keyPress(el, 'button.next');
    await focusOnHeading(el);
    expect(text($(el, '.check-status'))).to.contain('30 stellingen');
    // The phase: Tab into the group, an arrow key chooses.
    await tabTo(el, () => $(el, 'input[name="phase"]:checked'));
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect($<HTMLInputElement>(el, 'input[name="phase"][value="continuous"]')!.checked).to.equal(true);
    await keyPress(el, 'button.show-results');
    await waitFor(() => !!$(el, '[part="results"]'), 'the results');
    await focusOnHeading(el);
    expect(text(active(el))).to.equal('Uitkomst van de scan');
    expect(steps.map((e) => `${e.detail.stage}${e.detail.step}`)).to.deep.equal(['questions1', 'questions2', 'questions1', 'questions2', 'questions3', 'questions4', 'questions5', 'check0', 'questions2', 'questions3', 'questions4', 'questions5', 'check0', 'results0']);
    await waitFor(() => !!$(el, '.chart-box canvas'), 'the chart');
    await expectAccessible(el, 'results');
  });

  it('tells the page when the visitor starts, moves, completes and resets', async () => {
    const el = await scan(html`<div><lio-quick-scan workspace=${ws()} persist="none" scan-id="team-a"></lio-quick-scan></div>`);
    const events = record(el);
    $<HTMLInputElement>(el, 'input[name="role"][value="leader"]')!.click();
    await press(el, 'button.start');
    expect(events.of('lio-scan-start').map((e) => e.detail)).to.deep.equal([{ scanId: 'team-a', total: 34 }]);
    expect(events.of('lio-scan-step').at(-1)!.detail).to.deep.equal({ scanId: 'team-a', stage: 'questions', step: 1, steps: 5, level: 'employee', answered: 0 });
    // Employee level: all agree (reversed statements disagree) → strengths. Task level: the opposite → improvements.
    const reversed = ['motivation-2', 'minimal-division-of-labour-1', 'demands-control-balance-2'];
    for (const id of shownIds(el)) await answer(el, id!, reversed.includes(id!) ? 1 : 5);
    await press(el, 'button.next');
    expect(events.of('lio-scan-step').at(-1)!.detail).to.deep.equal({ scanId: 'team-a', stage: 'questions', step: 2, steps: 5, level: 'task', answered: 6 });
    for (const id of shownIds(el)) await answer(el, id!, reversed.includes(id!) ? 5 : 1);
    await press(el, 'button.next');
    // Trust: 3 and "don't know" → neutral; feedback stays unanswered → not scored.
    await answer(el, 'trust-and-safety-1', 3);
    await answer(el, 'trust-and-safety-2', 'dont-know');
    await clickToCheck(el);
    expect(events.of('lio-scan-step').at(-1)!.detail).to.deep.equal({ scanId: 'team-a', stage: 'check', step: 0, steps: 5, answered: 16 });
    $<HTMLInputElement>(el, 'input[name="phase"][value="action"]')!.click();
    await showResults(el);
    const completes = events.of('lio-scan-complete');
    expect(completes).to.have.length(1);
    const result = completes[0]!.detail as ScanResultJson;
    expect(result).to.include({ role: 'leader', phase: 'action', answered: 16, dontKnow: 1, total: 34 });
    const factor = (id: string) => result.factors.find((f) => f.id === id)!;
    expect(factor('personal-traits')).to.include({ score: 5, verdict: 'strength' });
    expect(factor('motivation')).to.include({ score: 5, verdict: 'strength' });
    expect(factor('task-variety')).to.include({ score: 1, verdict: 'improvement' });
    expect(factor('trust-and-safety')).to.include({ score: 3, scored: 1, verdict: 'neutral' });
    expect(factor('feedback')).to.include({ score: null, scored: 0, verdict: 'not-scored' });
    expect([...result.strengths].sort()).to.deep.equal(['commitment', 'learning-and-innovative-capability', 'motivation', 'personal-traits']);
    expect(result.improvements).to.have.length(6);
    // Every verdict follows the thresholds (strength ≥ 4, improvement < 3).
    for (const f of result.factors) {
      expect(result.strengths.includes(f.id), f.id).to.equal(f.score !== null && f.score >= 4);
      expect(result.improvements.includes(f.id), f.id).to.equal(f.score !== null && f.score < 3);
    }
    // The page sees what the visitor sees.
    expect($$(el, 'li.improvement').map((li) => li.dataset.factor)).to.deep.equal(result.improvements);
    expect(el.result).to.deep.equal(result);

    await press(el, 'button.reset');
    await waitFor(() => active(el) === $(el, '.reset-confirm button'), 'focus in the confirmation');
    await press(el, '.reset-confirm button.danger');
    expect(events.of('lio-scan-reset').map((e) => e.detail)).to.deep.equal([{ scanId: 'team-a' }]);
    await waitFor(() => !!$(el, 'button.start'), 'the introduction');
    expect(el.answers).to.deep.equal({});
    expect(events.of('lio-error')).to.deep.equal([]);
  });

  it('layout="single" shows every statement on one page and starts with the first answer', async () => {
    const el = await scan(html`<div><lio-quick-scan workspace=${ws()} persist="none" layout="single"></lio-quick-scan></div>`);
    const events = record(el);
    expect(shownIds(el)).to.have.length(34);
    expect($(el, 'button.start')).to.equal(null);
    await answer(el, 'personal-traits-1', 4);
    await answer(el, 'personal-traits-1', 5);
    await answer(el, 'task-variety-1', 2);
    expect(events.of('lio-scan-start').map((e) => e.detail)).to.deep.equal([{ scanId: 'default', total: 34 }]);
    // Still the same page, with the answers.
    expect(shownIds(el)).to.have.length(34);
    expect(radio(el, 'personal-traits-1', '5').checked).to.equal(true);
    expect(text($(el, '.check-status'))).to.contain('32 stellingen zijn nog niet beantwoord');
    // "Answer: Taak" moves focus to the first open statement of that level.
    await press(el, '.open-list > li:nth-child(2) > button');
    await waitFor(() => active(el)?.closest('fieldset')?.getAttribute('data-id') === 'challenging-tasks-1', 'focus on the first open task statement');
    await press(el, '.open-list > li:nth-child(1) > button');
    await waitFor(() => active(el)?.closest('fieldset')?.getAttribute('data-id') === 'learning-and-innovative-capability-1', 'focus on the first open employee statement');
    await expectAccessible(el, 'single page');
    await showResults(el);
    expect(events.of('lio-scan-complete')).to.have.length(1);
    expect(events.of('lio-scan-complete')[0]!.detail.answered).to.equal(2);
    expect(events.of('lio-scan-start')).to.have.length(1);
  });

  it('speaks English, fits 320 pixels and passes axe in the dark theme', async () => {
    const el = await scan(html`<div lang="en" style="inline-size: 320px"><lio-quick-scan theme="dark" workspace=${ws()} persist="none"></lio-quick-scan></div>`);
    const section = () => $(el, 'section.scan')!;
    const fits = () => expect(section().scrollWidth, 'no horizontal overflow').to.be.at.most(section().clientWidth);
    expect(text(button(el, 'button.start'))).to.equal('Start the scan');
    expect(text($(el, '[part="intro"]'))).to.contain('34 statements');
    await press(el, 'button.start');
    expect(progressText(el)).to.equal('Step 1 of 5 0 of 34 statements answered');
    expect(text($(el, '.stage-title'))).to.equal('Employee');
    expect(text($(el, 'fieldset[data-id="personal-traits-1"] legend'))).to.contain('People in our team are curious and open to new things.');
    expect(text($(el, 'fieldset[data-id="personal-traits-1"] .dont-know'))).to.equal("Don't know");
    fits();
    await expectAccessible(el, 'step, dark, 320 px');
    await answer(el, 'personal-traits-1', 2);
    await clickToCheck(el);
    expect(text($(el, '.stage-title'))).to.equal('Check your answers');
    await showResults(el);
    await waitFor(() => !!$(el, '.chart-box canvas'), 'the chart');
    expect(text($(el, '.stage-title'))).to.equal('Outcome of the scan');
    expect(text($(el, '[part="results"]'))).not.to.match(/stelling|verbeterpunt/i);
    fits();
    await expectAccessible(el, 'results, dark, 320 px');
  });
});

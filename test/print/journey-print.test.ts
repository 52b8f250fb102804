/**
 * What the journey page (demo/journey.html) prints: one A4 report of the visitor's work. Headless
 * Chromium walks the journey as a mouse user does (a short scan, the finder's recommendations, two
 * saved, both put in the plan), then prints the whole page to PDF; `pdftotext` reads each page back
 * and `pdfinfo` the paper size. The report holds the scan's improvement points, the shortlisted
 * titles and the plan's actions; no control, no instruction, no page with only a heading; an
 * unstarted journey prints no form either. The PDFs are kept in test/generated/journey-print/ to
 * look at. Needs the built bundle (`npm run build`).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { PDFTOTEXT, printEnvironment, root } from './print-env.js';
import { defaultJson } from '../fixtures/catalogues.js';

type Titled = { id: string; title: { nl: string } };
const factors = (defaultJson.levels as Array<{ factors: Titled[] }>).flatMap((l) => l.factors);
const interventions = defaultJson.interventions as Array<Titled & { level: string; phases: string[] }>;
const phases = defaultJson.phases as Titled[];
const PDFINFO = '/usr/bin/pdfinfo';
const OUT = join(root, 'test/generated/journey-print');
const factorTitle = (id: string) => factors.find((f) => f.id === id)!.title.nl;

/** Task level, the only step answered: two improvement points (1,0) and one strength (5,0). */
const TASK_ANSWERS: Record<string, string> = {
  'task-variety-1': '1',
  'job-autonomy-1': '5',
  'demands-control-balance-1': '1',
  'demands-control-balance-2': '5', // reversed: agreeing is the weak side
};
const WEAK = ['task-variety', 'demands-control-balance'];

const env = printEnvironment('lio-journey-print-');

const scan = (page: Page) => page.locator('#scan');
const finder = (page: Page) => page.locator('#finder');
const matrix = (page: Page) => page.locator('#matrix');

/** The journey walked with the mouse: returns the titles saved and put in the plan. */
async function walkJourney(page: Page): Promise<string[]> {
  await page.goto(`${env.origin}/demo/journey.html?theme=light`);
  // 1. The scan: skip the employee level, answer four statements of the task level, then to the results.
  await scan(page).locator('button.start').click();
  await scan(page).locator('button.next').click();
  for (const [id, value] of Object.entries(TASK_ANSWERS)) await scan(page).locator(`fieldset[data-id="${id}"] input[value="${value}"]`).check();
  while (!(await scan(page).locator('button.show-results').count())) await scan(page).locator('button.next').click();
  await scan(page).locator('button.show-results').click();
  await page.waitForFunction(() => document.querySelector('#scan')!.shadowRoot!.querySelector<HTMLElement>('.chart-box[data-status="ready"] canvas'));
  // 2. The diagram shows the scores.
  await page.waitForFunction(() => document.querySelector('#model')!.shadowRoot!.querySelector('[part="legend"]'));
  // 3. The finder's recommendations from the scan, the first two saved.
  await finder(page).locator('button', { hasText: 'Aanraders uit mijn scan tonen' }).click();
  const cards = finder(page).locator('[part="result"]');
  const ids: string[] = [];
  for (const index of [0, 1]) {
    const card = cards.nth(index);
    ids.push((await card.getAttribute('data-id'))!);
    await card.locator('button[aria-pressed="false"]').click();
    await card.locator('button[aria-pressed="true"]').waitFor();
  }
  // 5. Each put in the plan, in its level's cell of its first phase.
  for (const id of ids) {
    const item = interventions.find((i) => i.id === id)!;
    await matrix(page).locator(`[data-cell="${item.level}/${item.phases[0]}"] button.add`).click();
    await matrix(page).locator(`dialog[open] .shortlist .offer[data-id="${id}"] button`).click();
    await matrix(page).locator(`[data-cell="${item.level}/${item.phases[0]}"] [part="action"]`).first().waitFor();
  }
  return ids.map((id) => interventions.find((i) => i.id === id)!.title.nl);
}

/**
 * Print the page to A4 as Ctrl+P does: `beforeprint` (which page.pdf() does not fire; the widgets
 * and journey.js prepare their print on it), the PDF in place of the dialog, then `afterprint`.
 * Returns each page's text, whitespace collapsed.
 */
async function printReport(page: Page, name: string): Promise<{ pages: string[]; size: string }> {
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, `${name}.pdf`);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  // The matrix renders its list of every action for print, when its plan has actions.
  await page.waitForFunction(() => {
    const matrix = document.querySelector('#matrix') as HTMLElement & { plan: { actions: unknown[] } };
    return !matrix.plan.actions.length || !!matrix.shadowRoot!.querySelector('.print-list');
  });
  writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  const text = execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const size = /Page size:\s+(.*)/.exec(execFileSync(PDFINFO, [file], { encoding: 'utf8' }))![1]!;
  return { pages: text.split('\f').slice(0, -1).map((p) => p.replace(/\s+/g, ' ').trim()), size };
}

describe('printing the journey page (PDF from headless Chromium)', () => {
  it('prints one A4 report: the scan with its improvement points, the model, the shortlist and the plan; no controls', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    const titles = await walkJourney(page);
    // "Rapport afdrukken" opens the browser's print (kept shut here: page.pdf() is the print).
    await page.evaluate(() => {
      (window as Window & { printed?: boolean }).printed = false;
      window.print = () => ((window as Window & { printed?: boolean }).printed = true);
    });
    await page.locator('[data-journey-print]').click();
    assert.equal(await page.evaluate(() => (window as Window & { printed?: boolean }).printed), true, 'the button prints');

    const { pages, size } = await printReport(page, 'journey');
    const all = pages.join(' ');
    assert.match(size, /^59[45](\.\d+)? x 841(\.\d+)? pts \(A4\)/, `A4 portrait, got ${size}`);
    // The scan: its outcome, each improvement point in words with its recommendations.
    assert.ok(all.includes('Uitkomst van de scan'), 'the scan results are printed');
    for (const id of WEAK) assert.ok(all.includes(`${factorTitle(id)} scoort 1,0: een verbeterpunt.`), `improvement point ${id}`);
    // The model with the scores.
    assert.ok(all.includes('1,0 · verbeterpunt'), 'the diagram prints its scores');
    // The shortlist and the plan: each saved title, and the plan's actions with level and phase.
    assert.ok(all.includes('Mijn selectie'), 'the shortlist is printed');
    for (const title of titles) assert.ok(all.split(title).length - 1 >= 2, `"${title}" is printed in the shortlist and in the plan`);
    const [first] = interventions.filter((i) => i.title.nl === titles[0]);
    assert.ok(all.includes(phases.find((p) => p.id === first!.phases[0])!.title.nl), 'the plan names the phase');
    // Nothing of the screen-only page: its steps, instructions, buttons, forms.
    for (const absent of ['Interventies zoeken', 'Gefilterd op de zwakste factoren', 'Rapport afdrukken', 'Bewaren en delen', 'Geef bij elke stelling', 'Aanraders uit mijn scan tonen', 'Actie toevoegen', 'Zoek op trefwoord', 'Afdrukken', 'Verwijderen', 'Bewaren', 'Teamoverzicht maken', 'Kopieer code', 'Toon als lijst']) {
      assert.ok(!all.includes(absent), `"${absent}" is not printed`);
    }
    // No page with only a heading (or nothing): every page has more than a line of text.
    for (const [index, text] of pages.entries()) assert.ok(text.length > 80, `page ${index + 1} has content, not only a heading: "${text}"`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('prints an unstarted journey without forms: the scan without its role question, the empty shortlist with its heading', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${env.origin}/demo/journey.html?theme=light`);
    await page.waitForFunction(() => !!document.querySelector('#finder')?.shadowRoot?.querySelector('[part="result"]'));
    await page.waitForFunction(() => !!document.querySelector('#matrix')?.shadowRoot?.querySelector('[part="grid"]'));
    const { pages } = await printReport(page, 'journey-unstarted');
    const all = pages.join(' ');
    assert.ok(all.includes('34 stellingen'), "the scan's introduction is printed");
    for (const absent of ['Wat is uw rol', 'MT / directie', 'Zeg ik liever niet']) assert.ok(!all.includes(absent), `"${absent}" is not printed`);
    // The empty shortlist's note on the page of its heading: the box is not cut in two.
    const shortlistPage = pages.find((text) => text.includes('Mijn selectie'));
    assert.ok(shortlistPage?.includes('Nog niets bewaard'), `the note beside its heading: "${shortlistPage}"`);
    for (const [index, text] of pages.entries()) assert.ok(text.length > 80, `page ${index + 1} has content, not only a heading: "${text}"`);
    assert.deepEqual(errors, []);
    await page.close();
  });
});

/**
 * What the quick scan's results print, read back from a real PDF: headless Chromium prints a host
 * page (test/pages/scan-print-host.html) after "Afdrukken", `pdftotext` (poppler-utils) extracts
 * the text and `pdftoppm` renders page 1 to check that the chart printed. Needs the built bundle
 * (`npm run build`).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { PDFTOPPM, PDFTOTEXT, printEnvironment } from './print-env.js';
import { localize } from '../../src/core/i18n.js';
import { scanAdvice, scanFingerprint, scoreScan, type ScanAnswer } from '../../src/core/scan.js';
import { defaultJson, load } from '../fixtures/catalogues.js';

const catalogue = load(defaultJson);
const set = catalogue.scan!;

/** 3 everywhere; two strengths (trust-and-safety 4,5, motivation 4,0), two improvement points (leader-support 1,5, demands-control-balance 2,0). */
const answers: Record<string, ScanAnswer> = {
  ...Object.fromEntries(set.statements.map((s) => [s.id, 3 as ScanAnswer])),
  'motivation-1': 4,
  'motivation-2': 2,
  'trust-and-safety-1': 5,
  'trust-and-safety-2': 4,
  'demands-control-balance-1': 2,
  'demands-control-balance-2': 4,
  'leader-support-1': 1,
  'leader-support-2': 2,
};
const scores = scoreScan(catalogue, set, answers);
const nl = (value: number) => value.toFixed(1).replace('.', ',');
const title = (id: string) => localize(catalogue.factorById.get(id)!.title, 'nl');

const env = printEnvironment('lio-scan-print-');

/** The host page with the scan at its results (answers saved first, then "go on" and "show results"), the chart drawn. */
async function resultsPage(): Promise<Page> {
  const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${env.origin}/test/pages/scan-print-host.html`);
  await page.evaluate(async (progress) => {
    const { getWorkspace } = (await import('/dist/cdn/lio-all.js' as string)) as typeof import('../../src/index.js');
    getWorkspace('scan-print').set('scanProgress', { default: progress });
    const scan = Object.assign(document.createElement('lio-quick-scan'), {});
    scan.setAttribute('workspace', 'scan-print');
    scan.setAttribute('persist', 'none');
    document.querySelector('#slot')!.append(scan);
  }, { set: scanFingerprint(set), answers, stage: 'check' as const, step: 0, team: [] });
  await page.locator('lio-quick-scan button.resume-button').click();
  await page.locator('lio-quick-scan button.show-results').click();
  await page.waitForFunction(() => document.querySelector('lio-quick-scan')!.shadowRoot!.querySelector<HTMLElement>('.chart-box[data-status="ready"] canvas'));
  assert.deepEqual(errors, []);
  return page;
}

/** "Afdrukken", as the visitor presses it, with the browser's print dialog kept shut (page.pdf() stands in for it). */
async function pressPrint(page: Page): Promise<void> {
  await page.evaluate(() => (window.print = () => undefined));
  await page.locator('lio-quick-scan .exports button', { hasText: 'Afdrukken' }).click();
  assert.equal(await page.evaluate(() => document.querySelector('lio-quick-scan')!.dataset['printing']), 'results');
}

async function printPdf(page: Page, name: string): Promise<string> {
  const file = join(env.folder, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  return file;
}

/** The PDF's text with all whitespace collapsed to single spaces (titles may wrap). */
const pdfText = (file: string) => execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

/** Page 1 rendered in grey levels: how many pixels are not (nearly) white. */
function inkedPixels(file: string): number {
  const base = join(env.folder, `ink-${Date.now()}`);
  execFileSync(PDFTOPPM, ['-r', '60', '-gray', '-f', '1', '-l', '1', '-singlefile', file, base]);
  const data = readFileSync(`${base}.pgm`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 50).toString('latin1'))!;
  let inked = 0;
  for (const grey of data.subarray(header[0].length)) if (grey < 230) inked++;
  return inked;
}

describe('printing the quick scan\'s results (PDF from headless Chromium)', () => {
  it('"Afdrukken" prints the heading, every table row, strengths, improvement points and recommendations, and no buttons', async () => {
    const page = await resultsPage();
    await pressPrint(page);
    const text = pdfText(await printPdf(page, 'results'));
    assert.ok(text.includes('Uitkomst van de scan'), 'the results heading is printed');
    for (const factor of scores.factors) {
      const score = factor.score === undefined ? 'niet gescoord' : nl(factor.score);
      assert.ok(text.includes(`${title(factor.id)} ${score}`), `the row of ${factor.id} (${score}) is printed`);
    }
    for (const f of scores.strengths) assert.ok(text.includes(`${title(f.id)} scoort ${nl(f.score!)}: een sterk punt.`), `strength ${f.id}`);
    assert.deepEqual(scores.improvements.map((f) => f.id), ['leader-support', 'demands-control-balance']);
    for (const advice of scanAdvice(catalogue, scores, { limit: 3 })) {
      assert.ok(text.includes(`${title(advice.factor.id)} scoort ${nl(advice.factor.score!)}: een verbeterpunt.`), `improvement ${advice.factor.id}`);
      assert.ok(advice.recommendations.length > 0);
      for (const r of advice.recommendations) assert.ok(text.includes(localize(r.intervention.title, 'nl')), `recommendation ${r.intervention.id} is printed`);
    }
    // Nor the heading of the buttons for saving and sharing, which would print alone.
    for (const absent of ['Uitkomst bewaren en delen', 'Resultaatcode', 'Download CSV', 'Download JSON', 'Kopieer code', 'Afdrukken', 'Bewaren', 'Opnieuw beginnen', 'Toon in de interventiezoeker', 'Meer informatie']) {
      assert.ok(!text.includes(absent), `"${absent}" is not printed`);
    }
    await page.close();
  });

  it('prints the chart: page 1 has clearly more ink with the chart than with its canvas hidden', async () => {
    const page = await resultsPage();
    await pressPrint(page);
    const withChart = inkedPixels(await printPdf(page, 'with-chart'));
    await page.evaluate(() => {
      document.querySelector('lio-quick-scan')!.shadowRoot!.querySelector<HTMLCanvasElement>('.chart-box canvas')!.style.visibility = 'hidden';
    });
    const withoutChart = inkedPixels(await printPdf(page, 'without-chart'));
    assert.ok(withChart - withoutChart > 2000, `the chart added ${withChart - withoutChart} inked pixels to page 1 (${withChart} against ${withoutChart})`);
    await page.close();
  });
});

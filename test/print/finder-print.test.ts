/**
 * What the finder prints, read back from a real PDF: headless Chromium prints a host page
 * (test/pages/print-host.html) and `pdftotext` (Debian's poppler-utils) extracts the text. The
 * visitor's paper is the proof, not an attribute or a computed style: a shortlist printed as
 * "1. 2. 3." without titles, or a detail whose title the dialog's top-layer position cuts off,
 * fails here. Needs the built bundle (`npm run build`).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { PDFTOPPM, PDFTOTEXT, printEnvironment } from './print-env.js';

const SAVED = ['job-crafting', 'intrapreneurship', 'task-rotation'];
/** Title, evidence kind and report section of each saved item, as the Dutch catalogue has them. */
const EXPECTED = [
  { title: 'Job crafting', evidence: 'Bewezen effectief', section: 'Rapport §3.1.2' },
  { title: 'Intrapreneurship', evidence: 'Good practice', section: 'Rapport §3.1.1' },
  { title: 'Taakroulatie', evidence: 'Good practice', section: 'Rapport §3.1.2' },
];

const env = printEnvironment('lio-print-');

/** The host page with the finder loaded and three interventions saved. */
async function hostPage(): Promise<Page> {
  const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${env.origin}/test/pages/print-host.html`);
  await page.waitForFunction(() => !!document.querySelector('lio-intervention-finder')?.shadowRoot?.querySelector('[part="base"]'));
  await page.evaluate((ids) => {
    const finder = document.querySelector('lio-intervention-finder')!;
    for (const id of ids) finder.addToShortlist(id);
  }, SAVED);
  assert.deepEqual(errors, []);
  return page;
}

/** Print the page to an A4 PDF as a browser's print dialog does (no background graphics); the text of each page. */
async function printedPages(page: Page, name: string): Promise<string[]> {
  const file = join(env.folder, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  const text = execFileSync(PDFTOTEXT, ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  // pdftotext ends every page with a form feed.
  return text.split('\f').slice(0, -1);
}

/** The lines of a printed text, trimmed, without empty ones. */
const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** Each saved title is printed on its own line, followed by its evidence kind and report section. */
function assertShortlistPrinted(text: string) {
  const printed = lines(text);
  let from = 0;
  for (const { title, evidence, section } of EXPECTED) {
    const at = printed.indexOf(title, from);
    assert.ok(at >= 0, `"${title}" is printed (after line ${from}) in:\n${printed.join('\n')}`);
    assert.equal(printed[at + 1], `Bewijs: ${evidence} · ${section}`, `the evidence kind and section of "${title}"`);
    from = at + 2;
  }
}

describe('printing the finder (PDF from headless Chromium, read with pdftotext)', () => {
  it('prints the open shortlist with every title, its evidence kind and its report section', async () => {
    const page = await hostPage();
    await page.locator('lio-intervention-finder .shortlist-toggle').click();
    const text = (await printedPages(page, 'page-with-shortlist')).join('\n');
    assertShortlistPrinted(text);
    // The rest of the finder prints too (this is the browser's own print of the page), the buttons do not.
    assert.match(text, /139 interventies/);
    assert.doesNotMatch(text, /Downloaden als CSV|Uit selectie/);
    await page.close();
  });

  it('"Afdrukken" in the shortlist prints only the shortlist', async () => {
    const page = await hostPage();
    await page.locator('lio-intervention-finder .shortlist-toggle').click();
    // The browser's print dialog is what page.pdf() stands in for: keep window.print() from opening one.
    await page.evaluate(() => (window.print = () => undefined));
    await page.locator('lio-intervention-finder .shortlist .export button', { hasText: 'Afdrukken' }).click();
    const text = (await printedPages(page, 'shortlist-only')).join('\n');
    assertShortlistPrinted(text);
    assert.match(text, /Mijn selectie \(3 bewaard\)/);
    for (const absent of ['Interventies zoeken', '139 interventies', 'Zoeken', 'Niveau']) assert.ok(!lines(text).includes(absent) && !text.includes(absent), `"${absent}" is not printed`);
    // afterprint ends the shortlist-only print.
    assert.equal(await page.evaluate(() => document.querySelector('lio-intervention-finder')!.dataset['printing']), undefined);
    await page.close();
  });

  for (const how of ['the browser\'s print', '"Afdrukken" in the detail']) {
    it(`prints an open detail from its title on, on page 1, nothing cut (${how})`, async () => {
      const page = await hostPage();
      // Opened as a visitor does: from the shortlist.
      await page.locator('lio-intervention-finder .shortlist-toggle').click();
      await page.locator('lio-intervention-finder .shortlist .link-button', { hasText: 'Job crafting' }).click();
      await page.waitForFunction(() => !!document.querySelector('lio-intervention-finder')!.shadowRoot!.querySelector('dialog[open]'));
      if (how !== 'the browser\'s print') {
        await page.evaluate(() => (window.print = () => undefined));
        await page.locator('lio-intervention-finder dialog button', { hasText: 'Afdrukken' }).click();
      }
      const pages = await printedPages(page, `detail-${how.length}`);
      const first = lines(pages[0]!);
      // The host page's own text above the finder, then the detail's title: not its badges.
      assert.deepEqual(first.slice(0, 3), ['Gastpagina', 'HOSTTEXT boven de widget.', 'Job crafting'], `page 1 begins with:\n${first.slice(0, 8).join('\n')}`);
      assert.match(first[3]!, /^Bewijs: Bewezen effectief/);
      const all = pages.join('\n');
      // Everything down to the last section, sources and related interventions (as text) included.
      for (const expected of ['Onderzoek', 'Bronnen', 'Barzin, Vîrgă, & Rusu, 2021', 'Tims & Bakker, 2010', 'Gerelateerde interventies', 'Taakverrijking', 'Over het bewijs']) {
        assert.ok(all.includes(expected), `"${expected}" is printed`);
      }
      // Only the detail: not the finder under it, nor the dialog's buttons.
      for (const absent of ['Interventies zoeken', '139 interventies', 'Mijn selectie', 'Sluiten', 'Afdrukken']) assert.ok(!all.includes(absent), `"${absent}" is not printed`);
      assert.equal(all.split('Job crafting\n').length - 1, 1, 'the title is printed once');
      await page.close();
    });
  }
});

/**
 * Page 1 of a printed PDF as grey levels (0 black … 255 white), rendered by `pdftoppm`: its darkest
 * level, and how many pixels are at least that dark as body text is (below 100).
 */
function printedGreys(pdf: string): { darkest: number; darkPixels: number } {
  const base = join(env.folder, 'greys');
  execFileSync(PDFTOPPM, ['-r', '60', '-gray', '-f', '1', '-l', '1', '-singlefile', pdf, base]);
  // A binary PGM: "P5", width, height, maximum value, one byte per pixel.
  const data = readFileSync(`${base}.pgm`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 50).toString('latin1'))!;
  const pixels = data.subarray(header[0].length);
  let darkest = 255;
  let darkPixels = 0;
  for (const grey of pixels) {
    darkest = Math.min(darkest, grey);
    if (grey < 100) darkPixels++;
  }
  return { darkest, darkPixels };
}

describe('printing a dark-themed finder (pixels of the printed PDF)', () => {
  // Paper is white and browsers leave out background colours: the dark theme's light text would print
  // as pale grey on white. Printed, the widgets use their light colours.
  for (const how of ['theme="dark" on the widget', 'the lio-theme-dark class of themes/dark.css on the body']) {
    it(`prints dark text on white paper with ${how}`, async () => {
      const page = await hostPage();
      await page.evaluate((byClass) => {
        // Only the widget on the paper: the host page's own black text would hide pale text.
        for (const other of document.querySelectorAll('body > :not(lio-intervention-finder)')) other.remove();
        if (byClass) {
          const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/themes/dark.css' });
          document.head.append(link);
          document.body.classList.add('lio-theme-dark');
          return new Promise((resolve) => link.addEventListener('load', resolve));
        }
        document.querySelector('lio-intervention-finder')!.setAttribute('theme', 'dark');
        return undefined;
      }, how.includes('class'));
      // On screen the theme is dark: the widget's text is light.
      const screenText = await page.evaluate(() => getComputedStyle(document.querySelector('lio-intervention-finder')!.shadowRoot!.querySelector('h2, h1')!).color);
      assert.equal(screenText, 'rgb(241, 243, 245)');
      const file = join(env.folder, `dark-${how.length}.pdf`);
      writeFileSync(file, await page.pdf({ format: 'A4' }));
      const { darkest, darkPixels } = printedGreys(file);
      assert.ok(darkest < 60, `the darkest printed grey is ${darkest}: the text printed pale`);
      assert.ok(darkPixels > 2000, `only ${darkPixels} dark pixels on page 1: the text printed pale`);
      await page.close();
    });
  }
});

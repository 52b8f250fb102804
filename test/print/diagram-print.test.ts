/**
 * What the model diagram prints, read back from a real PDF: headless Chromium prints a host page
 * (test/pages/diagram-print-host.html) and `pdftotext` (poppler-utils) extracts the text of each
 * page. The figure scales to the paper and stays on one page; its controls are not printed.
 * Needs the built bundle (`npm run build`).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { PDFTOTEXT, printEnvironment } from './print-env.js';
import { defaultJson } from '../fixtures/catalogues.js';

type Level = { id: string; title: { nl: string }; factors: Array<{ id: string; title: { nl: string } }> };
const levels = defaultJson.levels as Level[];

const env = printEnvironment('lio-diagram-print-');

/** The host page at `width` px with the diagram drawn. */
async function hostPage(width: number): Promise<Page> {
  const page = await env.browser.newPage({ viewport: { width, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${env.origin}/test/pages/diagram-print-host.html`);
  await page.waitForFunction(() => !!document.querySelector('lio-model-diagram')?.shadowRoot?.querySelector('svg.model-figure g.factor'));
  assert.deepEqual(errors, []);
  return page;
}

/** The text of each printed A4 page, whitespace collapsed (titles may wrap). */
async function printedPages(page: Page, name: string): Promise<string[]> {
  const file = join(env.folder, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  const text = execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  // pdftotext ends every page with a form feed.
  return text
    .split('\f')
    .slice(0, -1)
    .map((pageText) => pageText.replace(/\s+/g, ' '));
}

/** The height in pt of the printed word `word` (its first occurrence), from `pdftotext -bbox`. */
function wordHeight(name: string, word: string): number {
  const html = execFileSync(PDFTOTEXT, ['-bbox', join(env.folder, `${name}.pdf`), '-'], { encoding: 'utf8' });
  const match = new RegExp(`<word xMin="[\\d.]+" yMin="([\\d.]+)" xMax="[\\d.]+" yMax="([\\d.]+)">${word}</word>`).exec(html);
  assert.ok(match, `"${word}" is in the PDF`);
  return Number(match[2]) - Number(match[1]);
}

/** The page numbers (from 1) on which `text` is printed. */
const pagesWith = (pages: string[], text: string) => pages.flatMap((p, i) => (p.includes(text) ? [i + 1] : []));

describe('printing the model diagram (PDF from headless Chromium)', () => {
  for (const width of [1280, 800]) {
    it(`drawn at ${width} px, it prints on exactly one page: every level and factor title, no toggle button`, async () => {
      const page = await hostPage(width);
      const pages = await printedPages(page, `diagram-${width}`);
      assert.equal(pages.length, 1, `one page, got ${pages.length}`);
      const [text] = pages as [string];
      assert.ok(text.includes('Gastpagina'), 'the host page is printed');
      for (const level of levels) assert.ok(text.includes(level.title.nl), `level title "${level.title.nl}" is printed`);
      for (const factor of levels.flatMap((l) => l.factors)) {
        // A long title may wrap inside its chip: its words are printed in order.
        assert.ok(text.includes(factor.title.nl), `factor title "${factor.title.nl}" is printed`);
      }
      assert.ok(text.includes('interventies'), 'the counts are printed');
      assert.ok(!text.includes('Toon als lijst'), 'the toggle button is not printed');
      // Laid out again at a page's width for print, not the screen's drawing shrunk: the labels
      // print at about their screen size (16 px = 12 pt; a 1280 px drawing shrunk would be 7 pt).
      const height = wordHeight(`diagram-${width}`, 'Feedback');
      assert.ok(height >= 10, `"Feedback" is printed ${height.toFixed(1)} pt high, at least 10`);
      await page.close();
    });
  }

  it('with a pick, the figure still prints on one page (the panel may follow) and no control is printed', async () => {
    const page = await hostPage(1280);
    await page.locator('lio-model-diagram g.factor[data-id="feedback"]').click();
    await page.waitForFunction(() => !!document.querySelector('lio-model-diagram')!.shadowRoot!.querySelector('[part="panel"]'));
    const pages = await printedPages(page, 'diagram-picked');
    const figurePages = new Set(levels.flatMap((level) => pagesWith(pages, level.title.nl).slice(0, 1)));
    assert.equal(figurePages.size, 1, `every level title on the same page, got pages ${[...figurePages].join(', ')}`);
    const all = pages.join(' ');
    assert.ok(all.includes('Interventies per soort bewijs'), 'the panel is printed');
    for (const absent of ['Toon als lijst', 'Toon in de zoeker', 'Keuze wissen']) assert.ok(!all.includes(absent), `"${absent}" is not printed`);
    await page.close();
  });
});

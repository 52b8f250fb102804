/**
 * Render timings of the widgets in Chromium, as a visitor's browser meets them: the built
 * script-tag bundle on a plain page (demo pages), served from 127.0.0.1. Printed, never asserted.
 *
 *   first render   navigation start → the finder shows its results (catalogue chunk included)
 *   filter         setFilters() → the updated results are rendered (median of many)
 *   open detail    openIntervention() → the dialog is rendered (median of many)
 */
import { launchChromium } from '../scripts/chromium.mjs';
import { serve } from '../scripts/serve.mjs';
import { formatTable } from '../scripts/sizes.mjs';

const ROUNDS = 15;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function runRenderBench(root) {
  const server = await serve(root, 0);
  const { port } = server.address();
  const browser = await launchChromium();
  try {
    const rows = [];
    for (const lang of ['nl', 'en']) {
      const first = [];
      const filter = [];
      const detail = [];
      for (let round = 0; round < ROUNDS; round++) {
        const page = await browser.newPage();
        await page.goto(`http://127.0.0.1:${port}/demo/finder.html`);
        // The page is Dutch; switch the element before it renders for the English round.
        const timings = await page.evaluate(async (language) => {
          const el = document.querySelector('lio-intervention-finder');
          if (language === 'en') el.setAttribute('lang', 'en');
          await customElements.whenDefined('lio-intervention-finder');
          while (!el.shadowRoot?.querySelector('[part="result"]')) await new Promise((r) => requestAnimationFrame(r));
          const firstRender = performance.now();
          const t0 = performance.now();
          el.setFilters({ text: language === 'en' ? 'feedback' : 'feedbak', levels: ['colleagues-and-leader'] });
          await el.updateComplete;
          const filtered = performance.now() - t0;
          const t1 = performance.now();
          el.openIntervention(el.results[0]);
          await el.updateComplete;
          const opened = performance.now() - t1;
          return { firstRender, filtered, opened };
        }, lang);
        first.push(timings.firstRender);
        filter.push(timings.filtered);
        detail.push(timings.opened);
        await page.close();
      }
      rows.push([lang, median(first).toFixed(1), median(filter).toFixed(2), median(detail).toFixed(2)]);
    }
    console.log(`\nFinder render timings in Chromium ${browser.version()} (ms, median of ${ROUNDS} page loads; printed, never asserted)`);
    console.log('='.repeat(60));
    console.log(formatTable([['lang', 'first render (from navigation)', 'filter + re-render', 'open detail'], ...rows]));
  } finally {
    await browser.close();
    server.close();
  }
}

/**
 * The maturity matrix on a page (issue 12), for `npm run bench`: its load path and how soon the
 * grid is on screen.
 *
 *   size    what a page with only `<lio-maturity-matrix>` downloads, gzip and brotli, each file
 *           compressed on its own: `path:lio-maturity-matrix:nl` (scripts/sizes.mjs), and with the
 *           built-in catalogue chunk the grid needs for its levels, phases and suggestions
 *   render  navigation start → the grid's first cell laid out on screen, median of 9 page loads in
 *           Chromium, the page served from 127.0.0.1, an empty plan (`persist="none"`)
 *
 * No peer: no library draws an action plan over the LIO model. Printed, never asserted.
 *
 *   node bench/matrix.bench.mjs    this section alone (after `npm run build`)
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../scripts/chromium.mjs';
import { serve } from '../scripts/serve.mjs';
import { CDN_DIR, formatTable, kb, measureAll, ROOT, sumSizes } from '../scripts/sizes.mjs';

export const MATRIX_PATH = 'path:lio-maturity-matrix:nl';
const ROUNDS = 9;
const LANG = 'nl';

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The page: the script tag of the script-tag build (copied into `dir`) and one matrix. */
function writePage(dir) {
  cpSync(join(ROOT, CDN_DIR), join(dir, 'cdn'), { recursive: true });
  writeFileSync(
    join(dir, 'maturity-matrix.html'),
    `<!doctype html><html lang="${LANG}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
      `<title>lio-maturity-matrix</title><script type="module" src="./cdn/lio.js"></script></head>` +
      `<body><lio-maturity-matrix persist="none"></lio-maturity-matrix></body></html>`,
  );
}

/** Load `url` once: milliseconds from navigation start to the first frame in which a cell of the grid is laid out. */
async function loadOnce(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.addInitScript(() => {
      const tick = () => {
        const cell = document.querySelector('lio-maturity-matrix')?.shadowRoot?.querySelector('[part="cell"]');
        if (cell && cell.getBoundingClientRect().height > 0) window.__lioFirstCell = performance.now();
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.goto(url);
    const handle = await page.waitForFunction(() => window.__lioFirstCell, undefined, { timeout: 20_000 }).catch(() => undefined);
    return handle ? await handle.jsonValue() : undefined;
  } finally {
    await page.close();
  }
}

/** Measure and print the section. `records` is `measureAll()`'s result. */
export async function runMatrixBench(records) {
  const ours = records.find((r) => r.key === MATRIX_PATH);
  if (!ours) {
    console.log(`${MATRIX_PATH} not built yet (<lio-maturity-matrix> is not in the loader of dist/cdn)`);
    return;
  }
  // The grid needs the catalogue (levels, phases, suggestions): the page fetches its chunk too.
  const data = records.find((r) => r.kind === 'file' && /chunks\/default\.nl-/.test(r.key));
  const withData = data ? sumSizes([ours, data]) : ours;
  const row = (name, s, note) => [name, kb(s.raw), kb(s.gzip), kb(s.brotli), note];
  console.log(
    formatTable([
      ['', 'raw KB', 'gzip KB', 'brotli KB', 'note'],
      row(MATRIX_PATH, ours, `${ours.files.length} files, CSS inside`),
      row('with the built-in catalogue (default.nl)', withData, 'what the page downloads'),
    ]),
  );
  console.log('');
  console.log(`${MATRIX_PATH} = ${ours.files.map((file) => file.replace('dist/cdn/', '')).join(' + ')}`);

  const dir = mkdtempSync(join(tmpdir(), 'lio-matrix-bench-'));
  try {
    writePage(dir);
    const server = await serve(dir, 0);
    const { port } = server.address();
    const browser = await launchChromium();
    try {
      const times = [];
      for (let round = 0; round < ROUNDS; round++) times.push(await loadOnce(browser, `http://127.0.0.1:${port}/maturity-matrix.html`));
      console.log(`\nnavigation → the grid's first cell on screen, Chromium ${browser.version()} (ms, ${ROUNDS} page loads; printed, never asserted)`);
      const failed = times.some((time) => time === undefined);
      console.log(
        formatTable([
          ['', 'median', 'min', 'max'],
          failed
            ? ['<lio-maturity-matrix>, empty plan', 'no cell on screen within 20 s', '', '']
            : ['<lio-maturity-matrix>, empty plan', median(times).toFixed(1), Math.min(...times).toFixed(1), Math.max(...times).toFixed(1)],
        ]),
      );
    } finally {
      await browser.close();
      server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runMatrixBench(await measureAll());

/**
 * The journey page's total transfer (issue 13, "the whole toolkit in numbers"), for `npm run bench`:
 * demo/journey.html loaded in Chromium from the project's own server (scripts/serve.mjs), every
 * file it fetched summed by kind (bench/transfer.mjs), next to SurveyJS for the quick scan's part.
 *
 *   first visit   a fresh browser profile, until every widget shows its first content and the
 *                 network has been quiet for a second after the browser's first idle moment (the
 *                 parts the widgets fetch when idle are in)
 *   scan done     the same page after the quick scan is answered and "show results" has drawn
 *                 the chart (the results part and the chart chunk come in)
 *
 * scripts/serve.mjs sends files as they are (no compression), so what crossed the wire is the raw
 * size; gzip and brotli are computed per file the way scripts/sizes.mjs does (level 9, quality 11),
 * as a CDN would serve them. Printed, never asserted.
 *
 *   node bench/journey.bench.mjs    this section alone (after `npm run build`)
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../scripts/chromium.mjs';
import { serve } from '../scripts/serve.mjs';
import { compressedSizes, formatTable, kb, measureAll, ROOT, sumSizes } from '../scripts/sizes.mjs';
import { buildSurveyJs } from './scan.bench.mjs';
import { KINDS, ownFiles, sumByKind } from './transfer.mjs';

const LANG = 'nl';
const QUIET_MS = 1000;
const TIMEOUT_MS = 30_000;

/** What shows that each widget of the journey page has rendered its content (not its skeleton). */
const JOURNEY_CONTENT = [
  ['#scan', '[part="intro"], [part="question"], [part="results"]'],
  ['#model', '[part="factor"]'],
  ['#finder', '[part="result"]'],
  ['#matrix', '[part="cell"]'],
  ['#share', '[part="summary"]'],
];

/**
 * Follow a page's requests: `quiet()` resolves once nothing is in flight and nothing has started
 * or ended for `QUIET_MS` (an event-driven wait, reset by every request, not a fixed sleep).
 * `paths()` are the repository-relative paths of every file served with 200.
 */
function watchNetwork(page) {
  const inFlight = new Set();
  const served = [];
  let timer;
  let wake = () => {};
  const settle = () => {
    clearTimeout(timer);
    if (inFlight.size === 0) timer = setTimeout(() => wake(), QUIET_MS);
  };
  page.on('request', (request) => {
    inFlight.add(request);
    clearTimeout(timer);
  });
  const done = (request) => {
    inFlight.delete(request);
    settle();
  };
  page.on('requestfailed', done);
  page.on('requestfinished', async (request) => {
    const response = await request.response();
    if (response?.status() === 200) served.push(decodeURIComponent(new URL(request.url()).pathname).slice(1));
    done(request);
  });
  return {
    quiet: () =>
      new Promise((resolve) => {
        wake = resolve;
        settle();
      }),
    paths: () => [...new Set(served)],
  };
}

/** Wait until every widget of the journey page shows its content. */
async function widgetsRendered(page) {
  await page.waitForFunction(
    (content) => content.every(([id, selector]) => document.querySelector(id)?.shadowRoot?.querySelector(selector)?.getBoundingClientRect().height > 0),
    JOURNEY_CONTENT,
    { timeout: TIMEOUT_MS },
  );
}

/** The browser's next idle moment, so the parts the widgets fetch "when idle" have been asked for. */
const browserIdle = (page) => page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 5000 })));

/**
 * Answer the journey's quick scan and show its results, until the chart has pixels. The scan is put
 * on its single-page layout first so the bench can answer every statement at once; the chunks it
 * fetches (the results part, the chart) are the same on either layout.
 */
async function finishScan(page) {
  await page.evaluate(async () => {
    const scan = document.getElementById('scan');
    scan.setAttribute('layout', 'single');
    await scan.updateComplete;
    const root = scan.shadowRoot;
    root.querySelectorAll('[part="question"]').forEach((fieldset, i) => fieldset.querySelectorAll('input')[i % 5].click());
    await scan.updateComplete;
    root.querySelector('button.show-results').click();
  });
  await page.waitForFunction(
    () => {
      const canvas = document.getElementById('scan')?.shadowRoot?.querySelector('.chart-box canvas');
      if (!canvas?.width || !canvas.height) return false;
      const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i]) return true;
      return false;
    },
    undefined,
    { timeout: TIMEOUT_MS },
  );
}

/** Load the journey page in a fresh profile: the files fetched on a first visit, and after the scan is done. */
async function loadJourney(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const network = watchNetwork(page);
    await page.goto(url);
    await widgetsRendered(page);
    await browserIdle(page);
    await network.quiet();
    const firstVisit = network.paths();
    await finishScan(page);
    await browserIdle(page);
    await network.quiet();
    return { firstVisit, scanDone: network.paths() };
  } finally {
    await context.close();
  }
}

/** Sizes of fetched files, read from the folder the server serves (it sends them unchanged). */
const sized = (paths) => paths.map((path) => ({ path, ...compressedSizes(readFileSync(join(ROOT, path))) }));

/** Measure and print the section. `records` is `measureAll()`'s result. */
export async function runJourneyBench(records) {
  const allElements = records.find((r) => r.key === `path:all-elements:${LANG}`);
  if (!allElements) {
    console.log(`path:all-elements:${LANG} not built yet (run npm run build)`);
    return;
  }
  const firstLoad = new Set(allElements.files);
  const server = await serve(ROOT, 0);
  const { port } = server.address();
  const browser = await launchChromium();
  let loads;
  try {
    loads = await loadJourney(browser, `http://127.0.0.1:${port}/demo/journey.html`);
  } finally {
    await browser.close();
    server.close();
  }
  const first = sumByKind(sized(loads.firstVisit), firstLoad);
  const done = sumByKind(sized(loads.scanDone), firstLoad);
  const cell = (s) => (s.files.length ? `${kb(s.gzip)} / ${kb(s.brotli)} (${s.files.length})` : '—');
  console.log(`demo/journey.html (${LANG}) in Chromium from scripts/serve.mjs, a fresh profile (KB gzip / brotli, files in brackets)`);
  console.log(
    formatTable([
      ['', 'first visit, idle', 'then the scan answered, chart drawn (all so far)'],
      ...KINDS.map((kind) => [kind.label, cell(first.byKind[kind.id]), cell(done.byKind[kind.id])]),
      [
        'total',
        `${kb(first.total.gzip)} / ${kb(first.total.brotli)} (${first.total.files})`,
        `${kb(done.total.gzip)} / ${kb(done.total.brotli)} (${done.total.files})`,
      ],
      ['total raw, as sent (scripts/serve.mjs does not compress)', `${kb(first.total.raw)} KB`, `${kb(done.total.raw)} KB`],
    ]),
  );
  for (const id of ['lazy-parts', 'chart']) {
    const files = done.byKind[id].files.map((file) => file.replace('dist/cdn/', ''));
    if (files.length) console.log(`${id}: ${files.join(', ')}`);
  }
  console.log(`(source maps are never fetched; the whole all-elements path is ${kb(allElements.gzip)} KB gzip, <lio-catalogue>'s chunk included, which this page does not use)`);

  // The quick scan's share of the journey, against SurveyJS for the same questions.
  const pathOf = (tag) => records.find((r) => r.key === `path:${tag}:${LANG}`);
  const scan = pathOf('lio-quick-scan');
  const others = ['lio-intervention-finder', 'lio-model-diagram', 'lio-maturity-matrix', 'lio-journey-share'].map(pathOf).filter(Boolean);
  const fileSize = (file) => compressedSizes(readFileSync(join(ROOT, file)));
  const own = sumSizes(ownFiles(scan.files, others.map((r) => r.files)).map(fileSize));
  const fetchedOnce = (prefix) => done.byKind['lazy-parts'].files.concat(done.byKind.chart.files).filter((file) => file.startsWith(`dist/cdn/chunks/${prefix}`));
  const results = sumSizes(fetchedOnce('results-part').map(fileSize));
  const chart = sumSizes(fetchedOnce('scan-chart').map(fileSize));
  const catalogue = done.byKind.catalogue;
  const dir = mkdtempSync(join(tmpdir(), 'lio-journey-bench-'));
  let peer;
  try {
    peer = await buildSurveyJs(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const peerWithData = sumSizes([peer.total, peer.data]);
  const row = (name, s, note = '') => [name, kb(s.gzip), kb(s.brotli), note];
  console.log(`\nThe quick scan's part of the journey vs SurveyJS for the same ${LANG === 'nl' ? 'Dutch' : ''} questions (KB)`);
  console.log(
    formatTable([
      ['', 'gzip', 'brotli', 'note'],
      row(`ours alone: path:lio-quick-scan:${LANG}`, scan, 'loader + runtime + element + messages'),
      row('ours on the journey: what only the scan adds', own, 'the runtime is paid once for all widgets'),
      row('ours: the results part, at the end of the questions', results),
      row('ours alone + results part + catalogue', sumSizes([scan, results, catalogue]), 'the catalogue holds the statements and every intervention'),
      row('ours: the chart, when the results show', chart),
      row('SurveyJS: JS + CSS (as in the quick scan section)', peer.total, 'no chart'),
      row('SurveyJS: JS + CSS + its question JSON', peerWithData),
    ]),
  );
  const ratio = (a, b) => `${(a.gzip / b.gzip).toFixed(1)}× gzip, ${(a.brotli / b.brotli).toFixed(1)}× brotli`;
  console.log(`\nratio  SurveyJS (JS + CSS) / the scan alone: ${ratio(peer.total, scan)}; / what it adds on the journey: ${ratio(peer.total, own)}`);
  console.log(`ratio  SurveyJS with its questions / ours with results part and catalogue: ${ratio(peerWithData, sumSizes([scan, results, catalogue]))}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runJourneyBench(await measureAll());

/**
 * "The whole toolkit in numbers" (issue 13), the summary at the end of `npm run bench`: per widget
 * its load path (scripts/sizes.mjs) and its first render, the page with every widget against its
 * budget, then the journey page's total transfer (bench/journey.bench.mjs).
 *
 *   size           `path:<tag>:nl`, `path:all-widgets:nl` (the four tools and <lio-catalogue>) and
 *                  `path:all-elements:nl` (with <lio-journey-share>): gzip and brotli, each file
 *                  compressed on its own; the limits from budgets.json
 *   first render   navigation start → the widget's first content element laid out in its shadow
 *                  root (the same check for each, every animation frame from before the page's
 *                  own scripts), median of 9 loads of each page in Chromium, pages alternating
 *                  within a round, served from 127.0.0.1; the built-in catalogue is fetched too
 *
 * Printed, never asserted.
 *
 *   node bench/toolkit.bench.mjs    this section alone (after `npm run build`)
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../scripts/chromium.mjs';
import { serve } from '../scripts/serve.mjs';
import { CDN_DIR, formatTable, kb, keyMatches, measureAll, ROOT } from '../scripts/sizes.mjs';
import { runJourneyBench } from './journey.bench.mjs';

const ROUNDS = 9;
const LANG = 'nl';

/**
 * Each widget with the markup of its page and what is its first meaningful content: for the quick
 * scan the first statement (the single-page layout shows it at once, as in its SurveyJS section).
 */
const WIDGETS = [
  { name: 'intervention finder', tag: 'lio-intervention-finder', attrs: '', content: '[part="result"]', what: 'first result' },
  { name: 'quick scan', tag: 'lio-quick-scan', attrs: ' layout="single"', content: '[part="question"]', what: 'first statement' },
  { name: 'model diagram', tag: 'lio-model-diagram', attrs: '', content: '[part="factor"]', what: 'first factor' },
  { name: 'maturity matrix', tag: 'lio-maturity-matrix', attrs: ' persist="none"', content: '[part="cell"]', what: 'first cell' },
  { name: 'journey share', tag: 'lio-journey-share', attrs: '', content: '[part="summary"]', what: 'its summary line' },
];
const TOOLS = WIDGETS.filter((widget) => widget.tag !== 'lio-journey-share');

/** The pages: one per widget, then every tool in one <lio-catalogue>, then that with the journey share. */
const PAGES = [
  ...WIDGETS.map((widget) => ({ name: widget.name, path: `path:${widget.tag}:${LANG}`, widgets: [widget] })),
  { name: 'all widgets (4 tools + <lio-catalogue>)', path: `path:all-widgets:${LANG}`, widgets: TOOLS, provider: true },
  { name: 'all elements (+ <lio-journey-share>)', path: `path:all-elements:${LANG}`, widgets: WIDGETS, provider: true },
];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fileOf = (page) => `${page.path.split(':')[1]}.html`;

/** Write each page into `dir`, next to a copy of the script-tag build. */
function writePages(dir) {
  cpSync(join(ROOT, CDN_DIR), join(dir, 'cdn'), { recursive: true });
  for (const page of PAGES) {
    const elements = page.widgets.map((widget) => `<${widget.tag}${widget.attrs}></${widget.tag}>`).join('');
    writeFileSync(
      join(dir, fileOf(page)),
      `<!doctype html><html lang="${LANG}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
        `<title>${page.name}</title><script type="module" src="./cdn/lio.js"></script></head>` +
        `<body>${page.provider ? `<lio-catalogue>${elements}</lio-catalogue>` : elements}</body></html>`,
    );
  }
}

/**
 * Load `url` once: milliseconds from navigation start to the frame in which the last of `widgets`
 * has its first content laid out (for one widget: its first render).
 */
async function loadOnce(browser, url, widgets) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.addInitScript((watch) => {
      const seen = new Set();
      const tick = () => {
        for (const [tag, selector] of watch) {
          const element = document.querySelector(tag)?.shadowRoot?.querySelector(selector);
          if (element && element.getBoundingClientRect().height > 0) seen.add(tag);
        }
        if (seen.size === watch.length) window.__lioRendered = performance.now();
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    }, widgets.map((widget) => [widget.tag, widget.content]));
    await page.goto(url);
    // A page that never renders is reported, not allowed to stop the rest of the bench.
    const handle = await page.waitForFunction(() => window.__lioRendered, undefined, { timeout: 20_000 }).catch(() => undefined);
    return handle ? await handle.jsonValue() : undefined;
  } finally {
    await page.close();
  }
}

/** First renders of every page: `ROUNDS` rounds, each loading every page once, in turn. */
async function measureRenders() {
  const dir = mkdtempSync(join(tmpdir(), 'lio-toolkit-bench-'));
  try {
    writePages(dir);
    const server = await serve(dir, 0);
    const { port } = server.address();
    const browser = await launchChromium();
    try {
      const times = new Map(PAGES.map((page) => [page, []]));
      // Rounds alternate between the pages, so a busy moment of the machine hits all alike.
      for (let round = 0; round < ROUNDS; round++) {
        for (const page of PAGES) times.get(page).push(await loadOnce(browser, `http://127.0.0.1:${port}/${fileOf(page)}`, page.widgets));
      }
      return { times, version: browser.version() };
    } finally {
      await browser.close();
      server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The gzip limit budgets.json sets for a load path key, if any. */
function limitOf(key) {
  const budgets = JSON.parse(readFileSync(join(ROOT, 'budgets.json'), 'utf8'));
  const match = Object.entries(budgets).find(([pattern]) => pattern !== '$comment' && keyMatches(pattern, key));
  return match?.[1].gzip;
}

/** Print the summary table (sizes and first renders), then the journey page's transfer. */
export async function runToolkitBench(records) {
  if (!PAGES.every((page) => records.some((r) => r.key === page.path))) {
    console.log('not built yet: some load paths are missing (run npm run build)');
    return;
  }
  const { times, version } = await measureRenders();
  const rows = PAGES.map((page) => {
    const size = records.find((r) => r.key === page.path);
    const limit = limitOf(page.path);
    const spread = times.get(page);
    const rendered = spread.some((time) => time === undefined)
      ? ['not on screen within 20 s', '']
      : [median(spread).toFixed(0), `${Math.min(...spread).toFixed(0)}–${Math.max(...spread).toFixed(0)}`];
    const budget = limit === undefined ? '' : `${kb(limit)}${size.gzip <= limit ? ' ok' : ' OVER'}`;
    const what = page.widgets.length === 1 ? page.widgets[0].what : 'all on screen';
    return [page.name, kb(size.gzip), kb(size.brotli), budget, ...rendered, what];
  });
  console.log(`Load paths (${LANG}, KB, no catalogue data, no chart) and first render, Chromium ${version} (ms from navigation, median of ${ROUNDS} loads)`);
  console.log(formatTable([['', 'gzip', 'brotli', 'limit (gzip)', 'first render', 'min–max', 'first render is'], ...rows]));
  const all = records.find((r) => r.key === `path:all-widgets:${LANG}`);
  const allLimit = limitOf(all.key);
  console.log(
    `\nall widgets: ${kb(all.gzip)} KB gzip of the ${kb(allLimit)} KB issues 7 and 13 allow (${kb(allLimit - all.gzip)} KB left). ` +
      'Every first render but the journey share\'s includes fetching the built-in catalogue (default.nl) from 127.0.0.1. ' +
      'Timings move from run to run on a busy machine: compare the rows of one run.',
  );
  console.log('');
  await runJourneyBench(records);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runToolkitBench(await measureAll());

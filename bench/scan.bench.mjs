/**
 * The quick scan against SurveyJS for the same job (issue 10), for `npm run bench`:
 *
 *   size    our load path `path:lio-quick-scan:nl` (scripts/sizes.mjs) against SurveyJS bundled
 *           with esbuild (survey-core + survey-js-ui + Dutch texts; minified, ESM, browser,
 *           nothing external) plus its default theme CSS as a file of its own
 *   render  navigation start → the first statement is on screen (laid out, not just in the DOM),
 *           median of several page loads in Chromium, the pages served from 127.0.0.1
 *
 * The survey is bench/surveyjs/survey-json.mjs built from catalogue/default.json, the entry is
 * bench/surveyjs/entry.mjs; both are bundled here, into a temporary folder, on every run. Our side
 * needs `<lio-quick-scan>` in the script-tag build; until it is there its row says "not built yet".
 * Printed, never asserted.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { launchChromium } from '../scripts/chromium.mjs';
import { serve } from '../scripts/serve.mjs';
import { CDN_DIR, compressedSizes, formatTable, kb, ROOT, sumSizes } from '../scripts/sizes.mjs';
import { surveyJson } from './surveyjs/survey-json.mjs';

export const OUR_PATH = 'path:lio-quick-scan:nl';
const ROUNDS = 9;
const LANG = 'nl';

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Bundle bench/surveyjs/entry.mjs the way a site would ship it and write the page next to it in
 * `dir`. Returns the sizes of the JS, the CSS and the survey JSON (the question data).
 */
export async function buildSurveyJs(dir) {
  const result = await esbuild.build({
    entryPoints: [join(ROOT, 'bench/surveyjs/entry.mjs')],
    absWorkingDir: ROOT,
    bundle: true,
    format: 'esm',
    minify: true,
    platform: 'browser',
    entryNames: 'surveyjs',
    outdir: dir,
    write: false,
    logLevel: 'silent',
  });
  const output = (ext) => result.outputFiles.find((file) => file.path.endsWith(ext));
  const js = output('.js');
  const css = output('.css');
  if (!js || !css) throw new Error('the SurveyJS bundle has no JS or no CSS file');
  for (const file of [js, css]) writeFileSync(file.path, file.contents);
  const catalogue = JSON.parse(readFileSync(join(ROOT, 'catalogue/default.json'), 'utf8'));
  const json = JSON.stringify(surveyJson(catalogue, LANG));
  // `</` cannot end the inline script early: JSON allows `<\/` for it.
  const inline = json.replace(/<\//g, '<\\/');
  writeFileSync(
    join(dir, 'surveyjs.html'),
    `<!doctype html><html lang="${LANG}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
      `<title>SurveyJS</title><link rel="stylesheet" href="./surveyjs.css"><script type="module" src="./surveyjs.js"></script></head>` +
      `<body><div id="survey"></div><script type="application/json" id="survey-json">${inline}</script></body></html>`,
  );
  const sizes = { js: compressedSizes(js.contents), css: compressedSizes(css.contents), data: compressedSizes(json) };
  return { ...sizes, total: sumSizes([sizes.js, sizes.css]), firstStatement: catalogue.scan.statements[0].id };
}

/** Our page: the script tag of the script-tag build (copied into `dir`) and one quick scan. */
function writeOurPage(dir) {
  cpSync(join(ROOT, CDN_DIR), join(dir, 'cdn'), { recursive: true });
  writeFileSync(
    join(dir, 'quick-scan.html'),
    `<!doctype html><html lang="${LANG}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
      `<title>lio-quick-scan</title><script type="module" src="./cdn/lio.js"></script></head>` +
      `<body><lio-quick-scan layout="single"></lio-quick-scan></body></html>`,
  );
}

/**
 * Milliseconds from navigation start to the first frame in which the first statement is laid
 * out. A script that runs before the page's own checks every animation frame, so the moment is
 * caught even when it comes before the `load` event (frame resolution, about 16 ms).
 */
async function timeFirstStatement(browser, url, which, firstStatement) {
  const page = await browser.newPage();
  try {
    // The default SurveyJS theme asks Google Fonts for Open Sans: refused at once, as on a closed
    // network, so neither side waits for anything but 127.0.0.1.
    await page.route((address) => address.hostname !== '127.0.0.1', (route) => route.abort());
    await page.addInitScript(
      ({ which, firstStatement }) => {
        const shown = (el) => el && el.getBoundingClientRect().height > 0;
        const first =
          which === 'surveyjs'
            ? // SurveyJS names a matrix row's radios `<question id>_<row value>`: the first statement's row.
              () => document.querySelector(`#survey input[name$="_${firstStatement}"]`)?.closest('tr')
            : () => document.querySelector('lio-quick-scan')?.shadowRoot?.querySelector('[part="question"]');
        const tick = () => {
          if (shown(first())) window.__lioFirstStatement = performance.now();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      },
      { which, firstStatement },
    );
    await page.goto(url);
    // A page that never shows a statement is reported, not allowed to stop the rest of the bench.
    const handle = await page.waitForFunction(() => window.__lioFirstStatement, undefined, { timeout: 20_000 }).catch(() => undefined);
    return handle ? await handle.jsonValue() : undefined;
  } finally {
    await page.close();
  }
}

/**
 * Milliseconds from pressing "show results" (all statements answered, on our single-layout page)
 * to the first frame in which the chart's canvas has pixels: the results part, the chart chunk
 * (chart.js) and the drawing. The chunks come from 127.0.0.1, so this is mostly parse and draw.
 */
async function timeChart(browser, url) {
  const page = await browser.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(() => document.querySelector('lio-quick-scan')?.shadowRoot?.querySelector('[part="question"]'));
    return await page.evaluate(async () => {
      const root = document.querySelector('lio-quick-scan').shadowRoot;
      root.querySelectorAll('[part="question"]').forEach((fieldset, i) => fieldset.querySelectorAll('input')[i % 5].click());
      await document.querySelector('lio-quick-scan').updateComplete;
      const start = performance.now();
      root.querySelector('button.show-results').click();
      const drawn = () => {
        const canvas = root.querySelector('.chart-box canvas');
        if (!canvas || !canvas.width || !canvas.height) return false;
        const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i]) return true;
        return false;
      };
      return await new Promise((resolve) => {
        const tick = () => (drawn() ? resolve(performance.now() - start) : performance.now() - start > 20_000 ? resolve(undefined) : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      });
    });
  } finally {
    await page.close();
  }
}

/**
 * Measure both sides and print the section. `records` is `measureAll()`'s result; our side is
 * measured only when it holds `path:lio-quick-scan:nl` (the element is in the loader).
 */
export async function runScanBench(records) {
  const dir = mkdtempSync(join(tmpdir(), 'lio-scan-bench-'));
  try {
    const peer = await buildSurveyJs(dir);
    const ours = records.find((r) => r.key === OUR_PATH);
    const row = (name, s, note = '') => [name, kb(s.raw), kb(s.gzip), kb(s.brotli), note];
    const rows = [
      ['', 'raw KB', 'gzip KB', 'brotli KB', 'note'],
      ours ? row(`ours: ${OUR_PATH}`, ours, `${ours.files.length} files, CSS inside`) : [`ours: ${OUR_PATH}`, 'not built yet', '', '', ''],
      row('SurveyJS: JS (survey-core + survey-js-ui + Dutch)', peer.js),
      row('SurveyJS: CSS (survey-core.min.css, default theme)', peer.css),
      row('SurveyJS: total', peer.total),
    ];
    console.log(formatTable(rows));
    console.log('');
    if (ours) {
      const ratio = (key) => (peer.total[key] / ours[key]).toFixed(1);
      console.log(`ratio  SurveyJS / ours: ${ratio('raw')}× raw, ${ratio('gzip')}× gzip, ${ratio('brotli')}× brotli`);
    } else {
      console.log('ratio  SurveyJS / ours: not built yet (<lio-quick-scan> is not in the loader of dist/cdn)');
    }
    console.log(
      `question data, in neither row: the survey JSON ${kb(peer.data.gzip)} KB gzip (inline in the page); ` +
        'ours reads the statements from the catalogue chunk (default.nl), budgeted on its own',
    );

    const server = await serve(dir, 0);
    const { port } = server.address();
    const browser = await launchChromium();
    try {
      const pages = [{ name: 'SurveyJS', which: 'surveyjs', file: 'surveyjs.html', times: [] }];
      if (ours) {
        writeOurPage(dir);
        pages.unshift({ name: 'ours (layout="single")', which: 'ours', file: 'quick-scan.html', times: [] });
      }
      // Rounds alternate between the pages, so a busy moment of the machine hits both alike.
      for (let round = 0; round < ROUNDS; round++) {
        for (const page of pages) page.times.push(await timeFirstStatement(browser, `http://127.0.0.1:${port}/${page.file}`, page.which, peer.firstStatement));
      }
      console.log(`\nnavigation → first statement on screen, Chromium ${browser.version()} (ms, median of ${ROUNDS} page loads; printed, never asserted)`);
      const failed = (page) => page.times.some((time) => time === undefined);
      const timed = pages.map((page) =>
        failed(page)
          ? [page.name, 'no statement on screen within 20 s', '', '']
          : [page.name, median(page.times).toFixed(1), Math.min(...page.times).toFixed(1), Math.max(...page.times).toFixed(1)],
      );
      if (!ours) timed.unshift(['ours (layout="single")', 'not built yet', '', '']);
      console.log(formatTable([['', 'median', 'min', 'max'], ...timed]));
      const mine = pages.find((page) => page.which === 'ours');
      if (mine && !pages.some(failed)) console.log(`\nratio  SurveyJS / ours: ${(median(pages.at(-1).times) / median(mine.times)).toFixed(1)}×`);
      if (mine) {
        const times = [];
        for (let round = 0; round < ROUNDS; round++) times.push(await timeChart(browser, `http://127.0.0.1:${port}/${mine.file}`));
        const drawn = times.filter((time) => time !== undefined);
        console.log(
          drawn.length === times.length
            ? `\n"show results" → chart drawn (results part + chart chunk + drawing), ours: median ${median(drawn).toFixed(1)} ms, min ${Math.min(...drawn).toFixed(1)}, max ${Math.max(...drawn).toFixed(1)} (${ROUNDS} runs)`
            : '\n"show results" → chart drawn: no chart within 20 s',
        );
      }
    } finally {
      await browser.close();
      server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

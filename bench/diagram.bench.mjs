/**
 * The model diagram against Mermaid for the same job (issue 11), for `npm run bench`: the LIO model
 * from catalogue/default.json, five nested levels with their 24 factors, drawn on a page.
 *
 *   size    what each page downloads, gzip and brotli, each file compressed on its own: ours is
 *           `path:lio-model-diagram:nl` (scripts/sizes.mjs); Mermaid is bundled with esbuild (ESM,
 *           minified, code splitting, so its lazily loaded diagram parts stay apart) and counted
 *           as the script files Chromium actually fetched for the flowchart
 *   render  navigation start → the first factor is laid out on screen, median of several page
 *           loads in Chromium, the pages served from 127.0.0.1, the two pages alternating
 *
 * Mermaid draws the picture only: no keyboard, no panel, no list view, no scores. That is what a
 * site gets today when an editor draws the model as a flowchart. Printed, never asserted.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { launchChromium } from '../scripts/chromium.mjs';
import { serve } from '../scripts/serve.mjs';
import { CDN_DIR, compressedSizes, formatTable, kb, ROOT, sumSizes } from '../scripts/sizes.mjs';

export const OUR_PATH = 'path:lio-model-diagram:nl';
const ROUNDS = 9;
const LANG = 'nl';

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The model as a Mermaid flowchart: each level a subgraph inside the one around it, the factors as nodes. */
export function mermaidSource(catalogue, lang) {
  const label = (text) => `"${text[lang].replace(/"/g, '#quot;')}"`;
  const levels = [...catalogue.levels].reverse(); // the environment outermost
  const lines = ['flowchart TB'];
  const open = (i) => {
    const level = levels[i];
    const indent = '  '.repeat(i + 1);
    lines.push(`${indent}subgraph ${level.id.replace(/-/g, '_')}[${label(level.title)}]`);
    lines.push(`${indent}  direction LR`);
    for (const factor of level.factors) lines.push(`${indent}  ${factor.id.replace(/-/g, '_')}[${label(factor.title)}]`);
    if (i + 1 < levels.length) open(i + 1);
    lines.push(`${indent}end`);
  };
  open(0);
  return lines.join('\n');
}

/** Bundle Mermaid the way a site would ship it, with the page, into `dir`. */
async function buildMermaid(dir, catalogue) {
  writeFileSync(join(dir, 'mermaid-entry.mjs'), "import mermaid from 'mermaid';\nmermaid.initialize({ startOnLoad: true, securityLevel: 'strict' });\n");
  await esbuild.build({
    entryPoints: [join(dir, 'mermaid-entry.mjs')],
    nodePaths: [join(ROOT, 'node_modules')],
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    platform: 'browser',
    entryNames: 'mermaid',
    chunkNames: 'mermaid-chunks/[name]-[hash]',
    outdir: dir,
    logLevel: 'silent',
  });
  const source = mermaidSource(catalogue, LANG).replace(/&/g, '&amp;').replace(/</g, '&lt;');
  writeFileSync(
    join(dir, 'mermaid.html'),
    `<!doctype html><html lang="${LANG}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
      `<title>Mermaid</title><script type="module" src="./mermaid.js"></script></head>` +
      `<body><pre class="mermaid">${source}</pre></body></html>`,
  );
}

/** Our page: the script tag of the script-tag build (copied into `dir`) and one diagram. */
function writeOurPage(dir) {
  cpSync(join(ROOT, CDN_DIR), join(dir, 'cdn'), { recursive: true });
  writeFileSync(
    join(dir, 'model-diagram.html'),
    `<!doctype html><html lang="${LANG}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
      `<title>lio-model-diagram</title><script type="module" src="./cdn/lio.js"></script></head>` +
      `<body><lio-model-diagram></lio-model-diagram></body></html>`,
  );
}

/**
 * Load `url` once: milliseconds from navigation start to the first frame in which a factor is
 * laid out, and the script files fetched on the way (for the size of what the page downloaded).
 */
async function loadOnce(browser, url, which) {
  const page = await browser.newPage();
  const scripts = new Set();
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.endsWith('.js')) scripts.add(path.slice(1));
  });
  try {
    await page.addInitScript((which) => {
      const first = () =>
        which === 'mermaid'
          ? document.querySelector('pre.mermaid svg g.node')
          : document.querySelector('lio-model-diagram')?.shadowRoot?.querySelector('[part="factor"]');
      const tick = () => {
        const node = first();
        if (node && node.getBoundingClientRect().height > 0) window.__lioFirstFactor = performance.now();
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    }, which);
    await page.goto(url);
    const handle = await page.waitForFunction(() => window.__lioFirstFactor, undefined, { timeout: 20_000 }).catch(() => undefined);
    return { time: handle ? await handle.jsonValue() : undefined, scripts: [...scripts] };
  } finally {
    await page.close();
  }
}

/** Measure both sides and print the section. `records` is `measureAll()`'s result. */
export async function runDiagramBench(records) {
  const ours = records.find((r) => r.key === OUR_PATH);
  if (!ours) {
    console.log(`ours: ${OUR_PATH} not built yet (<lio-model-diagram> is not in the loader of dist/cdn)`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'lio-diagram-bench-'));
  const catalogue = JSON.parse(readFileSync(join(ROOT, 'catalogue/default.json'), 'utf8'));
  try {
    await buildMermaid(dir, catalogue);
    writeOurPage(dir);
    const server = await serve(dir, 0);
    const { port } = server.address();
    const browser = await launchChromium();
    try {
      const pages = [
        { name: 'ours (<lio-model-diagram>)', which: 'ours', file: 'model-diagram.html', times: [], scripts: [] },
        { name: 'Mermaid 11 (flowchart, nested subgraphs)', which: 'mermaid', file: 'mermaid.html', times: [], scripts: [] },
      ];
      // Rounds alternate between the pages, so a busy moment of the machine hits both alike.
      for (let round = 0; round < ROUNDS; round++) {
        for (const page of pages) {
          const { time, scripts } = await loadOnce(browser, `http://127.0.0.1:${port}/${page.file}`, page.which);
          page.times.push(time);
          page.scripts = scripts;
        }
      }
      const mermaid = pages[1];
      const mermaidSize = sumSizes(mermaid.scripts.map((file) => compressedSizes(readFileSync(join(dir, file)))));
      // Our page also fetches the built-in catalogue (every intervention, for the panel's counts and
      // picks), where Mermaid's page holds only the model's text: counted too, to be fair.
      const data = records.find((r) => r.kind === 'file' && /chunks\/default\.nl-/.test(r.key));
      const withData = data ? sumSizes([ours, data]) : ours;
      const row = (name, s, note) => [name, kb(s.raw), kb(s.gzip), kb(s.brotli), note];
      console.log(
        formatTable([
          ['', 'raw KB', 'gzip KB', 'brotli KB', 'note'],
          row(`ours: ${OUR_PATH}`, ours, `${ours.files.length} files, CSS inside`),
          row('ours + the built-in catalogue (default.nl)', withData, 'what the page downloads'),
          row('Mermaid: scripts fetched for the flowchart', mermaidSize, `${mermaid.scripts.length} files; the model inline in the page`),
        ]),
      );
      const ratio = (key, base) => (mermaidSize[key] / base[key]).toFixed(1);
      console.log(`\nratio  Mermaid / ours: ${ratio('gzip', ours)}× gzip, ${ratio('brotli', ours)}× brotli; with our catalogue: ${ratio('gzip', withData)}× gzip, ${ratio('brotli', withData)}× brotli`);
      console.log(`\nnavigation → first factor on screen, Chromium ${browser.version()} (ms, median of ${ROUNDS} page loads; printed, never asserted)`);
      const failed = (page) => page.times.some((time) => time === undefined);
      console.log(
        formatTable([
          ['', 'median', 'min', 'max'],
          ...pages.map((page) =>
            failed(page)
              ? [page.name, 'no factor on screen within 20 s', '', '']
              : [page.name, median(page.times).toFixed(1), Math.min(...page.times).toFixed(1), Math.max(...page.times).toFixed(1)],
          ),
        ]),
      );
      if (!pages.some(failed)) console.log(`\nratio  Mermaid / ours: ${(median(mermaid.times) / median(pages[0].times)).toFixed(1)}×`);
    } finally {
      await browser.close();
      server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

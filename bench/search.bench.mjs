#!/usr/bin/env node
/**
 * Search benchmark: our finder engine (src/core/search.ts) against MiniSearch and Fuse.js on a
 * synthetic catalogue of 10,000 interventions, in Chromium (playwright-core, Debian's chromium)
 * and in Node, and their relevance on the relevance queries of the tests. Timings are printed,
 * never asserted.
 *
 *   node bench/search.bench.mjs              both environments
 *   node bench/search.bench.mjs --node       Node only (no browser)
 *   node bench/search.bench.mjs --per-query  also a table of median latency and results per query
 *   node bench/search.bench.mjs --no-fuse    leave Fuse.js out (about a minute per environment)
 *
 * `runSearchBench()` is what `scripts/bench.mjs` calls. The measuring code is bench/search.runner.ts,
 * bundled in memory by esbuild into one ES module that runs unchanged in both environments; the
 * browser gets it from a throwaway HTTP server on 127.0.0.1 that sends the cross-origin isolation
 * headers, so `performance.now()` has microsecond rather than 100 µs resolution.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { bundleSnippet } from './peers.mjs';
import { launchChromium } from '../scripts/chromium.mjs';
import { formatTable, kb, ROOT } from '../scripts/sizes.mjs';

/** What a visitor types: Dutch and English, typos, no diacritics, half-typed words, with and without filters. */
export const QUERIES = [
  { lang: 'nl', text: 'job crafting' },
  { lang: 'nl', text: 'feedback geven' },
  { lang: 'nl', text: 'werkdruk verminderen' },
  { lang: 'nl', text: 'mentor' },
  { lang: 'nl', text: 'leiderschap training' },
  { lang: 'nl', text: 'reflectie' },
  { lang: 'nl', text: 'intrapreneurship' },
  { lang: 'nl', text: 'kortcyclisch werk' },
  { lang: 'nl', text: 'lerende organisatie technologie' },
  { lang: 'nl', text: 'mobiliteit' },
  { lang: 'nl', text: 'stress' },
  { lang: 'nl', text: 'taakroulatie' },
  { lang: 'nl', text: 'feedbak' },
  { lang: 'nl', text: 'creeer ruimte' },
  { lang: 'nl', text: 'ideeenbus' },
  { lang: 'nl', text: 'taakvar' },
  { lang: 'nl', text: 'samenwerking met onderwijs' },
  { lang: 'nl', text: 'vertrouwenspersoon' },
  { lang: 'nl', text: 'hybride werken' },
  { lang: 'nl', text: 'werkdruk', levels: ['task'] },
  { lang: 'nl', text: 'leren', evidence: ['proven', 'mixed'] },
  { lang: 'nl', text: 'leidinggevende steun', phases: ['action'] },
  { lang: 'nl', text: '', factors: ['feedback', 'role-models'] },
  { lang: 'nl', text: 'coordinatie' },
  { lang: 'en', text: 'workload' },
  { lang: 'en', text: 'peer support' },
  { lang: 'en', text: 'job rotaton' },
  { lang: 'en', text: 'leadership training', evidence: ['proven'] },
  { lang: 'en', text: 'mentoring programme' },
  { lang: 'en', text: 'informal learning', levels: ['organisation'] },
  { lang: 'en', text: 'stres managment' },
  { lang: 'en', text: 'customer visits' },
];

const ITEMS = 10_000;

/** The benchmark as one ES module (runner + our engine + peers + the catalogue loader). */
async function bundleRunner() {
  const result = await esbuild.build({
    entryPoints: [fileURLToPath(new URL('./search.runner.ts', import.meta.url))],
    absWorkingDir: ROOT,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2022',
    minify: false,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** Each engine's own code as a user's bundler ships it (esbuild, minified), gzip level 9. */
export async function measureSearchSizes() {
  const snippets = [
    ['ours (src/core/search.ts)', "export { buildSearchIndex, search, highlight, normalize, SORT_ORDERS } from './src/core/search.ts';"],
    ['MiniSearch 7', "export { default } from 'minisearch';"],
    ['Fuse.js 7', "export { default } from 'fuse.js';"],
  ];
  return Promise.all(snippets.map(async ([name, code]) => ({ name, ...(await bundleSnippet(code)) })));
}

function options(overrides) {
  return {
    source: JSON.parse(readFileSync(new URL('../catalogue/default.json', import.meta.url), 'utf8')),
    items: ITEMS,
    queries: QUERIES,
    builds: 5,
    minRounds: 1,
    maxRounds: 60,
    budgetMs: 3000,
    warmupRounds: 5,
    ...overrides,
  };
}

async function runInNode(code, opts) {
  // A file rather than a data: URL, so that stack traces stay readable.
  const dir = mkdtempSync(join(tmpdir(), 'lio-search-bench-'));
  try {
    const file = join(dir, 'search-bench.mjs');
    writeFileSync(file, code);
    const { runBench } = await import(pathToFileURL(file).href);
    return { env: `Node ${process.version}`, ...runBench(opts) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function runInChromium(code, opts) {
  const isolation = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };
  const server = createServer((req, res) => {
    if (req.url === '/runner.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript', ...isolation });
      res.end(code);
    } else {
      res.writeHead(200, { 'Content-Type': 'text/html', ...isolation });
      res.end('<!doctype html><meta charset="utf-8"><title>search bench</title><script type="module" src="/runner.js"></script>');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => typeof globalThis.__searchBench === 'function');
    const result = await page.evaluate((o) => globalThis.__searchBench(o), opts);
    const isolated = await page.evaluate(() => globalThis.crossOriginIsolated);
    return { env: `Chromium ${browser.version()}${isolated ? '' : ' (not cross-origin isolated)'}`, ...result };
  } finally {
    await browser.close();
    server.close();
  }
}

const ms = (value) => (value < 10 ? value.toFixed(3) : value.toFixed(1));

function printRun(run, sizes, perQuery) {
  const [ours, ...peers] = run.engines;
  console.log(
    `\n${run.env}: ${run.items.toLocaleString('en')} items (vocabulary nl ${run.vocabulary.nl.toLocaleString('en')}, en ${run.vocabulary.en.toLocaleString('en')} words), ` +
      `${run.queries} queries; timer resolution ${(run.timerResolutionMs * 1000).toFixed(1)} µs`,
  );
  const sizeOf = (name) => sizes.find((s) => name.startsWith(s.name.split(' (')[0]))?.gzip;
  console.log(
    formatTable([
      ['engine', 'build ms (nl)', 'query median ms', 'query p95 ms', 'query mean ms', 'rounds', 'results (median)', 'relevance: top-5 found', 'gzip KB'],
      ...run.engines.map((e) => [
        e.name,
        ms(e.build.median),
        ms(e.query.median),
        ms(e.query.p95),
        ms(e.query.mean),
        String(e.rounds),
        String(median(e.perQuery.map((q) => q.results))),
        `${e.relevance.found}/${e.relevance.expected} (${e.relevance.casesComplete}/${e.relevance.cases} queries whole)`,
        sizeOf(e.name) === undefined ? '' : kb(sizeOf(e.name)),
      ]),
    ]),
  );
  for (const peer of peers) {
    const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');
    console.log(
      `  ${peer.name} / ours: build ${ratio(peer.build.median, ours.build.median)}, query median ${ratio(peer.query.median, ours.query.median)}, ` +
        `p95 ${ratio(peer.query.p95, ours.query.p95)}`,
    );
  }
  if (perQuery) {
    for (const e of run.engines) {
      if (!e.relevance.missed.length) continue;
      console.log(`\n  ${e.name} left out of its first five:`);
      for (const m of e.relevance.missed) console.log(`    ${m.query}: ${m.ids.join(', ')}`);
    }
    console.log('');
    console.log(
      formatTable([
        ['query', ...run.engines.map((e) => e.name.split(' (')[0] + ' ms / results')],
        ...QUERIES.map((q, i) => [
          `${q.lang}: "${q.text}"${filtersOf(q)}`,
          ...run.engines.map((e) => `${ms(e.perQuery[i].median)} / ${e.perQuery[i].results}`),
        ]),
      ]),
    );
  }
}

function filtersOf(q) {
  const parts = ['levels', 'factors', 'phases', 'evidence'].filter((k) => q[k]?.length).map((k) => `${k}=${q[k].join('|')}`);
  return parts.length ? ` [${parts.join(' ')}]` : '';
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/**
 * Run the search benchmark and print its tables. Chromium first (the number that matters for the
 * widget), then Node. A browser that cannot start is reported and skipped, not fatal.
 */
export async function runSearchBench({ node = true, browser = true, perQuery = false, fuse = true } = {}) {
  const opts = options({ skipFuse: !fuse });
  const [code, sizes] = await Promise.all([bundleRunner(), measureSearchSizes()]);
  console.log('Engine code size (esbuild bundle, minified; gzip level 9):');
  console.log(formatTable([['engine', 'raw KB', 'gzip KB', 'brotli KB'], ...sizes.map((s) => [s.name, kb(s.raw), kb(s.gzip), kb(s.brotli)])]));
  const runs = [];
  if (browser) {
    try {
      runs.push(await runInChromium(code, opts));
      printRun(runs.at(-1), sizes, perQuery);
    } catch (error) {
      console.log(`\nChromium run skipped: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  }
  if (node) {
    runs.push(await runInNode(code, opts));
    printRun(runs.at(-1), sizes, perQuery);
  }
  console.log(
    '\nbuild = one language index from catalogue objects (median of 5 after a warm-up); query = one query incl. facet filtering ' +
      '(ours also computes all facet counts and sorts), every query × rounds, after warm-up rounds; engines that need seconds per round get one. ' +
      'Engines run in alternating order (round-robin, rotating). MiniSearch uses our typo rule (1 edit from 5 letters, 2 from 9). ' +
      'Relevance = expected items in each engine\'s first five for the relevance queries of the tests (test/fixtures/relevance.ts), on the default catalogue.',
  );
  return { sizes, runs };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await runSearchBench({
    browser: !process.argv.includes('--node'),
    perQuery: process.argv.includes('--per-query'),
    fuse: !process.argv.includes('--no-fuse'),
  });
}

#!/usr/bin/env node
/**
 * `npm run bench`: a readable report of sizes and core timings. Nothing here is asserted (budgets
 * are checked by `npm run size`); timings depend on the machine and are for comparison only.
 *
 *   node scripts/bench.mjs           builds first when dist/ is missing
 *   node scripts/bench.mjs --build   always rebuilds both builds first
 *   node scripts/bench.mjs --no-fuse the search section without Fuse.js (it needs ~2 minutes)
 *   node bench/toolkit.bench.mjs     only the closing summary (~1.5 minutes)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { measurePeers } from '../bench/peers.mjs';
import { runDiagramBench } from '../bench/diagram.bench.mjs';
import { runMatrixBench } from '../bench/matrix.bench.mjs';
import { runRenderBench } from '../bench/render.bench.mjs';
import { runScanBench } from '../bench/scan.bench.mjs';
import { runSearchBench } from '../bench/search.bench.mjs';
import { runToolkitBench } from '../bench/toolkit.bench.mjs';
import { BUNDLED, CDN_ENTRY, formatTable, kb, measureAll, ROOT } from './sizes.mjs';

const BUILDS = [
  { name: 'library', command: 'npx vite build', output: 'dist/index.js', env: {} },
  { name: 'cdn', command: 'LIO_BUILD=cdn npx vite build', output: CDN_ENTRY, env: { LIO_BUILD: 'cdn' } },
];

// The library build first: it leaves dist/cdn alone, while the CDN build empties only dist/cdn.
for (const build of BUILDS) {
  if (!process.argv.includes('--build') && existsSync(join(ROOT, build.output))) continue;
  console.log(`building (${build.name}): ${build.command}`);
  const run = spawnSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...build.env } });
  if (run.status !== 0) {
    console.error(`the ${build.name} build failed`);
    process.exit(1);
  }
}

const records = await measureAll();
const sizeRow = (name, r) => [name, kb(r.raw), kb(r.gzip), kb(r.brotli)];
const header = ['', 'raw KB', 'gzip KB', 'brotli KB'];

section('Script-tag build (dist/cdn): files');
console.log(formatTable([header, ...records.filter((r) => r.kind === 'file').map((r) => sizeRow(r.key.replace('dist/cdn/', ''), r))]));

section('Script-tag build: load paths (what a page downloads; budgets in budgets.json)');
const paths = records.filter((r) => r.kind === 'path');
console.log(formatTable([[...header, 'files'], ...paths.map((r) => [...sizeRow(r.key, r), String(r.files.length)])]));
console.log('');
for (const r of paths) console.log(`${r.key} = ${r.files.map((file) => file.replace('dist/cdn/', '')).join(' + ')}`);

section('Package entries and lazy modules as a bundler user gets them (esbuild, minified, lit, zod and chart.js included)');
console.log(
  formatTable([
    [...header, 'lazy gzip KB'],
    ...records.filter((r) => r.kind === 'bundled').map((r) => [...sizeRow(r.key.slice(BUNDLED.length), r), kb(r.lazy.gzip)]),
  ]),
);

section('Peers: schema library size (esbuild bundle, minified)');
const peers = await measurePeers();
console.log(formatTable([header, ...peers.map((p) => sizeRow(p.name, p))]));
const ours = peers.find((p) => p.ours);
console.log('');
for (const peer of peers.filter((p) => p.name.startsWith('zod (full)'))) {
  console.log(
    `ratio  ${peer.name} / our core: ${(peer.gzip / ours.gzip).toFixed(2)}× gzip, ${(peer.brotli / ours.brotli).toFixed(2)}× brotli` +
      ` (${kb(peer.gzip - ours.gzip)} KB gzip more)`,
  );
}

section('Quick scan: our load path vs SurveyJS for the same job');
await runScanBench(records);

section('Model diagram: our load path vs Mermaid for the same picture');
await runDiagramBench(records);

section('Maturity matrix: its load path and the time to the first cell on screen');
await runMatrixBench(records);

section('Core timings in Node: parse + validate + index (ms; printed, never asserted)');
const timed = spawnSync(process.execPath, ['--import', 'tsx', 'bench/core.bench.ts'], { cwd: ROOT, encoding: 'utf8' });
if (timed.status !== 0) {
  console.error(timed.stderr);
  process.exit(1);
}
const { node, results } = JSON.parse(timed.stdout);
const ms = (value) => value.toFixed(3);
console.log(
  formatTable([
    ['catalogue', 'items', 'JSON KB', 'runs', 'parse', 'validate', 'index', 'total median', 'total p95'],
    ...results.map((r) => [
      r.name,
      String(r.interventions),
      kb(r.bytes),
      String(r.runs),
      ms(r.parse.median),
      ms(r.validate.median),
      ms(r.index.median),
      ms(r.total.median),
      ms(r.total.p95),
    ]),
  ]),
);
console.log(`\nparse/validate/index are medians per phase; ${node}, after warm-up rounds.`);

section('Finder search: ours vs MiniSearch and Fuse.js, 10,000 items (ms; printed, never asserted)');
await runRenderBench(ROOT);
await runSearchBench({ fuse: !process.argv.includes('--no-fuse') });

section('The whole toolkit in numbers: every widget, all together, the journey page (issue 13)');
await runToolkitBench(records);

function section(title) {
  console.log(`\n${title}\n${'='.repeat(title.length)}`);
}

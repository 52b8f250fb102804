#!/usr/bin/env node
/**
 * `npm run size` (part of `npm test`): measures the builds and checks them against budgets.json
 * (or the budgets file given as the first argument).
 * It does not build: run `npm run build` first (`npm run bench` builds when dist/ is missing).
 *
 * Each budget key is one check. A key passes when it matches at least one measured file (a
 * missing file is a failure, not a silent pass) and every matched file is within every limit.
 * The last line is always `N passed, N failed`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chunksImportingEntries, formatTable, kb, keyMatches, measureAll, ROOT } from './sizes.mjs';

const METRICS = ['raw', 'gzip', 'brotli'];
// An optional argument names another budgets file (handy to try a change without editing the real one).
const budgetFile = resolve(ROOT, process.argv[2] ?? 'budgets.json');
const budgets = Object.entries(JSON.parse(readFileSync(budgetFile, 'utf8'))).filter(([key]) => !key.startsWith('$'));
const records = await measureAll();

const rows = [['file', 'raw KB', 'gzip KB', 'brotli KB', 'limit KB', 'result']];
const failures = [];
// A budget may name a smaller `target` (gzip bytes) that a release has not reached yet: the limit
// is a ratchet that stops growth, the target stays in view on every run until it is met.
const targetsMissed = [];
let passed = 0;

for (const [pattern, limits] of budgets) {
  const matched = records.filter((record) => keyMatches(pattern, record.key));
  const problems = [];
  if (!matched.length) {
    problems.push(`${pattern}: missing (no built file matches; run \`npx vite build && LIO_BUILD=cdn npx vite build\`)`);
    rows.push([pattern, '-', '-', '-', describe(limits), 'MISSING']);
  }
  for (const record of matched) {
    const over = METRICS.filter((metric) => limits[metric] !== undefined && record[metric] > limits[metric]);
    for (const metric of over) {
      const excess = record[metric] - limits[metric];
      const via = record.key === pattern ? '' : ` of "${pattern}"`;
      problems.push(`${record.key}: ${metric} ${record[metric]} B > budget${via} ${limits[metric]} B (+${excess} B)`);
    }
    const missed = limits.target !== undefined && record.gzip > limits.target;
    if (missed) targetsMissed.push(`${record.key}: gzip ${record.gzip} B, target ${limits.target} B (${kb(record.gzip - limits.target)} KB to go)`);
    rows.push([record.key, kb(record.raw), kb(record.gzip), kb(record.brotli), describe(limits), over.length ? 'OVER' : missed ? 'ok, above target' : 'ok']);
  }
  if (problems.length) failures.push(...problems);
  else passed++;
}

// Not a size, but a property of the same build that the budgets rely on: an entry is loaded once.
const backEdges = chunksImportingEntries();
rows.push(['no chunk imports lio.js or lio-all.js', '-', '-', '-', '', backEdges.length ? 'FAILED' : 'ok']);
if (backEdges.length) failures.push(...backEdges.map((edge) => `${edge}: a chunk must never import an entry (see vite.config.ts, runtimeChunk)`));
else passed++;
const checks = budgets.length + 1;

console.log(formatTable(rows));
for (const record of records.filter((r) => r.kind === 'path' && budgets.some(([pattern]) => keyMatches(pattern, r.key)))) {
  console.log(`${record.key} = ${record.files.map((file) => file.replace('dist/cdn/', '')).join(' + ')}`);
}
if (targetsMissed.length) {
  console.log('');
  for (const line of targetsMissed) console.log(`! ${line}`);
}
if (failures.length) {
  console.log('');
  for (const failure of failures) console.log(`✗ ${failure}`);
}
console.log(`${passed} passed, ${checks - passed} failed`);
process.exitCode = passed === checks ? 0 : 1;

/** `gzip ≤ 30.00 KB, brotli ≤ 27.00 KB` (and `target ≤ …` when the budget names one) */
function describe(limits) {
  const parts = METRICS.filter((metric) => limits[metric] !== undefined).map((metric) => `${metric} ≤ ${kb(limits[metric])}`);
  if (limits.target !== undefined) parts.push(`target ≤ ${kb(limits.target)}`);
  return parts.join(', ');
}

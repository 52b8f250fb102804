/**
 * Core timing bench, run by `scripts/bench.mjs` as `node --import tsx bench/core.bench.ts`.
 * Prints one JSON object on stdout: per catalogue, median and p95 (ms) of
 *   parse (JSON.parse) + validate (schema) + index (merge, cross-check, index) = total,
 * i.e. what a widget does between receiving catalogue text and rendering.
 *
 * Two catalogues: the default one, and a synthetic one of 10,000 interventions made from it
 * (copies with new ids), to see how the core scales before the full catalogue exists.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { buildCatalogue, parseCatalogueSource, parseJson } from '../src/core/index.js';

type Timings = Record<'parse' | 'validate' | 'index' | 'total', number[]>;

const defaultText = readFileSync(new URL('../catalogue/default.json', import.meta.url), 'utf8');

/** The default catalogue with its interventions copied to `count` items, ids made unique (aliases kept). */
function synthetic(count: number): string {
  const source = JSON.parse(defaultText) as { interventions: { id: string; related?: string[] }[] };
  const originals = source.interventions;
  // The first round keeps the original ids, so the catalogue's aliases (old id → current id) still
  // point at an intervention; later rounds get new ids.
  const idOf = (id: string, copy: number) => (copy === 0 ? id : `${id}-copy-${copy}`);
  const items = Array.from({ length: count }, (_, i) => {
    const copy = Math.floor(i / originals.length);
    const item = originals[i % originals.length];
    return { ...item, id: idOf(item.id, copy), related: item.related?.map((id) => idOf(id, copy)) };
  });
  // The last, partial round of copies may point at copies that were not made: drop those links.
  const ids = new Set(items.map((item) => item.id));
  for (const item of items) {
    if (item.related) item.related = item.related.filter((id) => ids.has(id));
    if (item.related?.length === 0) delete item.related;
  }
  return JSON.stringify({ ...source, interventions: items });
}

function once(text: string, into: Timings): void {
  const t0 = performance.now();
  const json = parseJson(text);
  const t1 = performance.now();
  const source = json.ok ? parseCatalogueSource(json.value) : json;
  const t2 = performance.now();
  const built = source.ok ? buildCatalogue(source.value) : source;
  const t3 = performance.now();
  if (!built.ok) throw new Error(`bench catalogue is invalid: ${built.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  into.parse.push(t1 - t0);
  into.validate.push(t2 - t1);
  into.index.push(t3 - t2);
  into.total.push(t3 - t0);
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

/** Warm up first (JIT, caches), then time `runs` rounds. */
function bench(name: string, text: string, runs: number, warmup: number) {
  const scratch: Timings = { parse: [], validate: [], index: [], total: [] };
  for (let i = 0; i < warmup; i++) once(text, scratch);
  const timings: Timings = { parse: [], validate: [], index: [], total: [] };
  for (let i = 0; i < runs; i++) once(text, timings);
  const stats = Object.fromEntries(
    Object.entries(timings).map(([phase, values]) => [phase, { median: quantile(values, 0.5), p95: quantile(values, 0.95) }]),
  );
  const interventions = (JSON.parse(text) as { interventions: unknown[] }).interventions.length;
  return { name, interventions, bytes: Buffer.byteLength(text), runs, warmup, ...stats };
}

const results = [
  bench('default catalogue', defaultText, 200, 20),
  // Fewer rounds: one round takes tens of milliseconds, and the median is stable long before 200.
  bench('synthetic 10,000 interventions', synthetic(10_000), 30, 3),
];
console.log(JSON.stringify({ node: process.version, results }));

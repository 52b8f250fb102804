/**
 * The search benchmark itself, bundled in memory by `bench/search.bench.mjs` (esbuild) and run
 * unchanged in Node and in Chromium. Pure: no DOM, no Node APIs; `performance.now()` only.
 *
 * Engines, each given the same text (title, summary, study details, sources, link labels and the
 * names of the item's factors, in the query's language) and the same facet filters:
 *   ours        src/core/search.ts (also computes disjunctive facet counts and sorts every query)
 *   MiniSearch  fields with title boosted, prefix: true, combineWith AND, a processTerm that
 *               lower-cases and strips diacritics (and drops the same stop words at query time),
 *               and our typo rule: one edit from 5 letters, two from 9 (MiniSearch counts a swap
 *               of two letters as two edits, ours as one, and has no typo-in-a-prefix)
 *   Fuse.js     weighted keys, ignoreDiacritics, threshold 0.3, ignoreLocation (the texts are long);
 *               and Fuse's token search (BM25-style, every word must match) as a second configuration
 * Like with like: for every peer the facet filter is one predicate applied to its text results,
 * and a query without text is that predicate over the documents; engines are measured in
 * alternating order (round-robin, the order rotating every round), so none profits from a
 * warmer or cooler machine. Relevance: for the shared relevance cases
 * (test/fixtures/relevance.ts) on the default catalogue, how many of the expected top five each
 * engine puts in its first five.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import MiniSearch, { type Options as MiniSearchOptions } from 'minisearch';
import type { Catalogue } from '../src/core/catalogue.js';
import { loadCatalogue } from '../src/core/validate.js';
import { localize } from '../src/core/i18n.js';
import type { EvidenceId, Lang, LevelId, PhaseId } from '../src/core/ids.js';
import type { Intervention } from '../src/core/schema.js';
import { buildSearchIndex, normalize, search, type SearchQuery } from '../src/core/search.js';
import { RELEVANCE_CASES, type RelevanceCase } from '../test/fixtures/relevance.js';

export interface BenchQuery extends SearchQuery {
  lang: Lang;
}

export interface BenchOptions {
  /** The default catalogue (parsed JSON), the seed of the synthetic one. */
  source: unknown;
  items: number;
  queries: BenchQuery[];
  /** Build repetitions (after one warm-up build). */
  builds: number;
  /** Timed rounds over the whole query set: at least `minRounds`, then more up to `maxRounds` while under `budgetMs`. */
  minRounds: number;
  maxRounds: number;
  budgetMs: number;
  /** Warm-up rounds, the first of which always runs; the rest only while under `budgetMs / 4`. */
  warmupRounds: number;
  /** Leave Fuse.js out (it needs seconds per round). */
  skipFuse?: boolean;
  /** The relevance cases, checked against the unmodified default catalogue (default: the shared fixture). */
  relevance?: readonly RelevanceCase[];
}

export interface Relevance {
  /** Expected items found in the engine's first five, summed over the cases. */
  found: number;
  expected: number;
  /** Cases with every expected item in the first five. */
  casesComplete: number;
  cases: number;
  /** `lang: "text"` → the expected ids the engine left out of its first five. */
  missed: Array<{ query: string; ids: string[] }>;
}

export interface Stats {
  median: number;
  p95: number;
  mean: number;
  max: number;
}

export interface EngineResult {
  name: string;
  build: Stats;
  query: Stats;
  rounds: number;
  /** Per query: median latency (ms) and number of results. */
  perQuery: Array<{ median: number; results: number }>;
  relevance: Relevance;
}

export interface BenchResult {
  items: number;
  vocabulary: Record<Lang, number>;
  queries: number;
  timerResolutionMs: number;
  engines: EngineResult[];
}

// ---------------------------------------------------------------------------------------------
// A realistic 10,000-item catalogue

/** Small deterministic PRNG (mulberry32), so every run and every environment sees the same catalogue. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Text = string | { nl: string; en?: string };
interface RawItem {
  id: string;
  title: Text;
  summary: Text;
  related?: string[];
  [key: string]: unknown;
}

/**
 * The default catalogue's items copied to `count`, with new ids and texts varied: per copy some
 * words of the title and summary are swapped for words of other items (same language), and a few
 * become new compounds of two words — so the vocabulary grows the way a bigger catalogue's would.
 */
export function syntheticSource(source: unknown, count: number): unknown {
  const base = source as { interventions: RawItem[] };
  const originals = base.interventions;
  const rand = random(20240611);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  const langs: Lang[] = ['nl', 'en'];
  const textOf = (text: Text, lang: Lang) => (typeof text === 'string' ? text : lang === 'en' ? (text.en ?? text.nl) : text.nl);
  const wordsOf = (lang: Lang, field: 'title' | 'summary') =>
    originals.flatMap((item) => textOf(item[field], lang).split(/\s+/).filter((w) => /^\p{L}{4,}$/u.test(w)));
  const pool = Object.fromEntries(langs.map((lang) => [lang, { title: wordsOf(lang, 'title'), summary: wordsOf(lang, 'summary') }]));
  const vary = (text: string, lang: Lang, field: 'title' | 'summary', swap: number, compound: number) =>
    text
      .split(' ')
      .map((word) => {
        if (!/^\p{L}{4,}$/u.test(word)) return word;
        const r = rand();
        if (r < compound) return word + pick(pool[lang].summary).toLowerCase();
        if (r < compound + swap) return pick(pool[lang][field]);
        return word;
      })
      .join(' ');
  const items = Array.from({ length: count }, (_, i) => {
    const item = originals[i % originals.length];
    const copy = Math.floor(i / originals.length);
    if (copy === 0) return { ...item, related: undefined };
    const varied = (text: Text, field: 'title' | 'summary', swap: number, compound: number) => ({
      nl: vary(textOf(text, 'nl'), 'nl', field, swap, compound),
      en: vary(textOf(text, 'en'), 'en', field, swap, compound),
    });
    return {
      ...item,
      id: `${item.id}-copy-${copy}`,
      title: varied(item.title, 'title', 0.25, 0.03),
      summary: varied(item.summary, 'summary', 0.15, 0.04),
      related: undefined,
    };
  });
  return { ...(source as object), interventions: items };
}

// ---------------------------------------------------------------------------------------------
// Peers

interface Doc {
  id: string;
  title: string;
  summary: string;
  details: string;
  sources: string[];
  links: string[];
  factors: string[];
  level: LevelId;
  factorIds: readonly string[];
  phases: readonly PhaseId[];
  evidence: EvidenceId;
}

function docsOf(catalogue: Catalogue, lang: Lang): Doc[] {
  return catalogue.interventions.map((item: Intervention) => ({
    id: item.id,
    title: localize(item.title, lang),
    summary: localize(item.summary, lang),
    details: Object.values(item.details ?? {})
      .map((text) => (text === undefined ? '' : localize(text, lang)))
      .join(' '),
    sources: [...item.sources],
    links: item.links.map((link) => (link.label ? localize(link.label, lang) : '')),
    factors: item.factors.map((id) => {
      const factor = catalogue.factorById.get(id);
      return factor ? localize(factor.title, lang) : '';
    }),
    level: item.level,
    factorIds: item.factors,
    phases: item.phases,
    evidence: item.evidence,
  }));
}

/** The facet filters of a query as a predicate on a document (OR within a facet, AND across). */
function facetFilter(query: SearchQuery): ((doc: Pick<Doc, 'level' | 'factorIds' | 'phases' | 'evidence'>) => boolean) | undefined {
  const { levels, factors, phases, evidence } = query;
  if (!levels?.length && !factors?.length && !phases?.length && !evidence?.length) return undefined;
  return (doc) =>
    (!levels?.length || levels.includes(doc.level)) &&
    (!evidence?.length || evidence.includes(doc.evidence)) &&
    (!phases?.length || doc.phases.some((p) => phases.includes(p))) &&
    (!factors?.length || doc.factorIds.some((f) => factors.includes(f)));
}

const STOP = new Set(
  'de het een en of van in op te voor met bij aan om is die dat dit er als zijn naar door over ook tot uit the a an and or to for with at by from on'.split(' '),
);

const FIELDS = ['title', 'summary', 'details', 'sources', 'links', 'factors'];
const BOOST = { title: 4, summary: 1, details: 0.7, sources: 1, links: 0.8, factors: 0.5 };

interface Engine {
  name: string;
  build(lang: Lang): void;
  /** Run one query; returns the number of results. */
  query(query: BenchQuery): number;
  /** The ids of the first `n` results, best first. */
  top(query: BenchQuery, n: number): string[];
}

function ourEngine(catalogue: Catalogue): Engine {
  const indexes: Partial<Record<Lang, ReturnType<typeof buildSearchIndex>>> = {};
  return {
    name: 'ours (src/core/search.ts)',
    build: (lang) => (indexes[lang] = buildSearchIndex(catalogue, lang)),
    query: (query) => search(indexes[query.lang]!, query).total,
    top: (query, n) =>
      search(indexes[query.lang]!, query)
        .hits.slice(0, n)
        .map((hit) => hit.item.id),
  };
}

/** Our typo rule (src/core/search.ts, docs/decisions.md): one edit from 5 letters, two from 9. */
const typoRule = (term: string): number | false => (term.length >= 9 ? 2 : term.length >= 5 ? 1 : false);

function miniSearchEngine(docs: Record<Lang, Doc[]>): Engine {
  const options: MiniSearchOptions<Doc> = {
    fields: FIELDS,
    storeFields: ['level', 'factorIds', 'phases', 'evidence'],
    // Text fields as one string each; stored facet fields (arrays) as they are.
    extractField: (doc, field) => {
      const value = doc[field as keyof Doc];
      return Array.isArray(value) && FIELDS.includes(field) ? value.join(' ') : (value as string);
    },
    processTerm: (term) => normalize(term),
    searchOptions: {
      boost: BOOST,
      prefix: true,
      fuzzy: typoRule,
      combineWith: 'AND',
      processTerm: (term) => {
        const t = normalize(term);
        return STOP.has(t) ? null : t;
      },
    },
  };
  const indexes: Partial<Record<Lang, MiniSearch<Doc>>> = {};
  const run = (query: BenchQuery): Array<{ id: string }> => {
    const filter = facetFilter(query);
    const text = query.text?.trim();
    if (!text) return filter ? docs[query.lang].filter(filter) : docs[query.lang];
    const results = indexes[query.lang]!.search(text);
    return filter ? results.filter((r) => filter(r as unknown as Doc)) : results;
  };
  return {
    name: 'MiniSearch 7 (prefix + our typo rule)',
    build: (lang) => {
      const ms = new MiniSearch<Doc>(options);
      ms.addAll(docs[lang]);
      indexes[lang] = ms;
    },
    query: (query) => run(query).length,
    top: (query, n) =>
      run(query)
        .slice(0, n)
        .map((r) => String(r.id)),
  };
}

function fuseEngine(docs: Record<Lang, Doc[]>, token: boolean): Engine {
  const options: IFuseOptions<Doc> = {
    keys: FIELDS.map((name) => ({ name, weight: BOOST[name as keyof typeof BOOST] })),
    ignoreDiacritics: true,
    threshold: 0.3,
    ignoreLocation: true,
    includeScore: true,
    ...(token ? { useTokenSearch: true, tokenMatch: 'all' as const } : {}),
  };
  const indexes: Partial<Record<Lang, Fuse<Doc>>> = {};
  const run = (query: BenchQuery): Doc[] => {
    const filter = facetFilter(query);
    const text = query.text?.trim();
    if (!text) return filter ? docs[query.lang].filter(filter) : docs[query.lang];
    const results = indexes[query.lang]!.search(text).map((r) => r.item);
    return filter ? results.filter(filter) : results;
  };
  return {
    name: token ? 'Fuse.js 7 (token search, all words)' : 'Fuse.js 7 (threshold 0.3)',
    build: (lang) => (indexes[lang] = new Fuse(docs[lang], options)),
    query: (query) => run(query).length,
    top: (query, n) =>
      run(query)
        .slice(0, n)
        .map((doc) => doc.id),
  };
}

// ---------------------------------------------------------------------------------------------
// Measuring

function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  return { median: at(0.5), p95: at(0.95), mean: sorted.reduce((s, v) => s + v, 0) / sorted.length, max: sorted[sorted.length - 1] };
}

/** The smallest step `performance.now()` moves by here (browsers coarsen it unless cross-origin isolated). */
function timerResolution(): number {
  let smallest = Infinity;
  for (let i = 0; i < 20; i++) {
    const a = performance.now();
    let b = performance.now();
    while (b === a) b = performance.now();
    smallest = Math.min(smallest, b - a);
  }
  return smallest;
}

/** `items` rotated by `by` places: round r starts with a different engine. */
function rotate<T>(items: readonly T[], by: number): T[] {
  const k = items.length ? by % items.length : 0;
  return [...items.slice(k), ...items.slice(0, k)];
}

/**
 * Build and query timings for every engine, in alternating order: each build repetition, warm-up
 * round and timed round runs the engines round-robin, starting with the next engine each time.
 * An engine leaves the rotation once it has had its rounds (`minRounds`, then more while its own
 * time is under `budgetMs`, at most `maxRounds`), so a slow engine does not starve a fast one.
 */
function measureAll(engines: readonly Engine[], options: BenchOptions): Array<Omit<EngineResult, 'relevance'>> {
  const { queries } = options;
  const order = engines.map((_, k) => k);
  const builds: number[][] = engines.map(() => []);
  for (let i = 0; i <= options.builds; i++) {
    for (const k of rotate(order, i)) {
      const t0 = performance.now();
      engines[k]!.build('nl');
      const t1 = performance.now();
      if (i > 0) builds[k]!.push(t1 - t0); // the first build warms up
    }
  }
  for (const engine of engines) engine.build('en');

  // Warm-up rounds (the first also records each query's number of results).
  const results = engines.map((engine) => queries.map((q) => engine.query(q)));
  const warm = engines.map(() => 0);
  for (let r = 1; r < options.warmupRounds; r++) {
    for (const k of rotate(order, r)) {
      if (warm[k]! >= options.budgetMs / 4) continue;
      const t0 = performance.now();
      for (const q of queries) engines[k]!.query(q);
      warm[k]! += performance.now() - t0;
    }
  }

  const samples: number[][] = engines.map(() => []);
  const perQuery: number[][][] = engines.map(() => queries.map(() => []));
  const rounds = engines.map(() => 0);
  const spent = engines.map(() => 0);
  const wants = (k: number) => rounds[k]! < options.maxRounds && (rounds[k]! < options.minRounds || spent[k]! < options.budgetMs);
  for (let r = 0; order.some(wants); r++) {
    for (const k of rotate(order, r)) {
      if (!wants(k)) continue;
      const start = performance.now();
      queries.forEach((q, i) => {
        const t0 = performance.now();
        engines[k]!.query(q);
        const t = performance.now() - t0;
        samples[k]!.push(t);
        perQuery[k]![i]!.push(t);
      });
      spent[k]! += performance.now() - start;
      rounds[k]!++;
    }
  }
  return engines.map((engine, k) => ({
    name: engine.name,
    build: stats(builds[k]!),
    query: stats(samples[k]!),
    rounds: rounds[k]!,
    perQuery: perQuery[k]!.map((values, i) => ({ median: stats(values).median, results: results[k]![i]! })),
  }));
}

/** How many of the expected top five each case's first five results hold. */
function relevanceOf(engine: Engine, cases: readonly RelevanceCase[]): Relevance {
  const relevance: Relevance = { found: 0, expected: 0, casesComplete: 0, cases: cases.length, missed: [] };
  for (const { lang, query, top5 } of cases) {
    const top = engine.top({ ...query, lang }, 5);
    const missed = top5.filter((id) => !top.includes(id));
    relevance.expected += top5.length;
    relevance.found += top5.length - missed.length;
    if (missed.length) relevance.missed.push({ query: `${lang}: "${query.text ?? ''}"`, ids: missed });
    else relevance.casesComplete++;
  }
  return relevance;
}

function enginesFor(catalogue: Catalogue, skipFuse: boolean | undefined): Engine[] {
  const docs = { nl: docsOf(catalogue, 'nl'), en: docsOf(catalogue, 'en') };
  return [ourEngine(catalogue), miniSearchEngine(docs), ...(skipFuse ? [] : [fuseEngine(docs, false), fuseEngine(docs, true)])];
}

export function runBench(options: BenchOptions): BenchResult {
  // Relevance on the real catalogue, which the cases were written for.
  const real = loadCatalogue(options.source);
  if (!real.ok) throw new Error(`default catalogue is invalid: ${real.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  const relevance = enginesFor(real.value, options.skipFuse).map((engine) => {
    engine.build('nl');
    engine.build('en');
    return relevanceOf(engine, options.relevance ?? RELEVANCE_CASES);
  });

  const loaded = loadCatalogue(syntheticSource(options.source, options.items));
  if (!loaded.ok) throw new Error(`synthetic catalogue is invalid: ${loaded.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  const catalogue = loaded.value;
  const docs = { nl: docsOf(catalogue, 'nl'), en: docsOf(catalogue, 'en') };
  const vocabulary = {
    nl: new Set(docs.nl.flatMap((d) => normalize(`${d.title} ${d.summary} ${d.details}`).match(/[\p{L}\p{N}]+/gu) ?? [])).size,
    en: new Set(docs.en.flatMap((d) => normalize(`${d.title} ${d.summary} ${d.details}`).match(/[\p{L}\p{N}]+/gu) ?? [])).size,
  };
  const timed = measureAll(enginesFor(catalogue, options.skipFuse), options);
  return {
    items: catalogue.interventions.length,
    vocabulary,
    queries: options.queries.length,
    timerResolutionMs: timerResolution(),
    engines: timed.map((result, k) => ({ ...result, relevance: relevance[k]! })),
  };
}

(globalThis as { __searchBench?: typeof runBench }).__searchBench = runBench;

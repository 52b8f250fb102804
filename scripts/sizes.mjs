/**
 * Size measurements shared by `scripts/check-size.mjs` (budgets, part of `npm test`) and
 * `scripts/bench.mjs` (readable report). Plain Node ESM: node builtins + esbuild only.
 *
 * What is measured (paths relative to the repository root):
 *   dist/cdn/lio.js                          the script-tag entry itself
 *   before-widget-data:dist/cdn/lio.js       the entry plus every chunk it imports statically,
 *                                            recursively: what a page loads before any widget data
 *   dist/cdn/chunks/<name>-<hash>.js         each lazy chunk (reached only through `import()`)
 *   bundled:dist/<entry>.js                  a package entry as a bundler user gets it (see bundleEntry)
 *
 * Sizes are raw bytes, gzip (level 9) and brotli (quality 11), the way a CDN would serve them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CDN_ENTRY = 'dist/cdn/lio.js';
export const BEFORE_DATA = 'before-widget-data:';
export const BUNDLED = 'bundled:';

/** Raw, gzip and brotli byte counts of some content. */
export function compressedSizes(content) {
  const buffer = typeof content === 'string' ? Buffer.from(content) : content;
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length },
    }).length,
  };
}

/** Sum of several `compressedSizes` results (files are compressed one by one, as served). */
export function sumSizes(list) {
  return list.reduce((sum, s) => ({ raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip, brotli: sum.brotli + s.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });
}

// `import x from "./a.js"`, `import{a as b}from"./a.js"`, `import "./a.js"`, `export * from "./a.js"`.
// The lookahead after `import` keeps words such as "importance" in catalogue text from matching,
// and `import(` (dynamic, lazy) is matched separately.
const STATIC_IMPORT = /\bimport(?=[\s{*"'])\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']|\bexport\s*(?:\*(?:\s*as\s+[\w$]+)?|\{[^}]*\})\s*from\s*["']([^"']+)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["']([^"']+)["']\s*\)/g;

/**
 * The relative imports of a built file, split into static and dynamic (lazy) ones, as absolute
 * paths. Bare specifiers (`lit`, `zod/mini`) are ignored: the CDN build has none, and the library
 * build leaves them to the user's bundler.
 */
export function importsOf(file, read = (f) => readFileSync(f, 'utf8')) {
  const code = read(file);
  const local = (spec) => spec.startsWith('./') || spec.startsWith('../');
  const found = (regex) =>
    [...code.matchAll(regex)]
      .map((m) => m[1] ?? m[2])
      .filter(local)
      .map((spec) => resolve(dirname(file), spec));
  return { static: [...new Set(found(STATIC_IMPORT))], dynamic: [...new Set(found(DYNAMIC_IMPORT))] };
}

/** The file plus everything it imports statically, recursively (entry first). */
export function staticClosure(entry, read) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    importsOf(file, read).static.forEach(visit);
  };
  visit(entry);
  return [...seen];
}

/** Files reached only through `import()` from the entry's static closure (and their own static imports). */
export function lazyFiles(entry, read) {
  const initial = new Set(staticClosure(entry, read));
  const lazy = new Set();
  const queue = [...initial];
  while (queue.length) {
    for (const target of importsOf(queue.shift(), read).dynamic) {
      for (const file of staticClosure(target, read)) {
        if (initial.has(file) || lazy.has(file)) continue;
        lazy.add(file);
        queue.push(file);
      }
    }
  }
  return [...lazy];
}

/**
 * A package entry as a bundler user gets it: bundled with esbuild in memory (minified, browser,
 * no externals, so lit and zod count). Code splitting is on because every real bundler keeps
 * `import()` targets (the catalogue chunks) out of the initial load; without it esbuild would
 * inline them and the number would mean "entry + all data". Reports the initial load (entry
 * chunk + its static chunks) and, separately, the lazy remainder.
 */
export async function bundleEntry(entryPoint) {
  const outdir = join(ROOT, '.size-bundle'); // never written: write: false
  const result = await esbuild.build({
    entryPoints: [resolve(ROOT, entryPoint)],
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    platform: 'browser',
    write: false,
    metafile: true,
    outdir,
    logLevel: 'silent',
    absWorkingDir: ROOT,
  });
  const contents = new Map(result.outputFiles.map((f) => [f.path, f.text]));
  const read = (file) => contents.get(file) ?? '';
  const [entryOut] = Object.entries(result.metafile.outputs).find(([, out]) => out.entryPoint);
  const entry = resolve(ROOT, entryOut);
  const initial = staticClosure(entry, read);
  const lazy = [...contents.keys()].filter((file) => file.endsWith('.js') && !initial.includes(file));
  const size = (files) => sumSizes(files.map((file) => compressedSizes(read(file))));
  return { ...size(initial), files: initial.length, lazy: size(lazy) };
}

/** Package entries measured as bundler users get them: dist/index.js, dist/core.js, dist/lio-*.js. */
export function packageEntries() {
  const dist = join(ROOT, 'dist');
  if (!existsSync(dist)) return [];
  const names = readdirSync(dist).filter((name) => name === 'index.js' || name === 'core.js' || /^lio-.+\.js$/.test(name));
  return names.sort().map((name) => `dist/${name}`);
}

const rel = (file) => relative(ROOT, file).split('\\').join('/');

/**
 * Every measurement, as `{ key, kind, raw, gzip, brotli, files? }` records. Keys are what
 * budgets.json matches against. Missing builds simply produce no records for them; the caller
 * decides whether that is an error.
 */
export async function measureAll() {
  const records = [];
  const cdnEntry = join(ROOT, CDN_ENTRY);
  if (existsSync(cdnEntry)) {
    records.push({ key: CDN_ENTRY, kind: 'entry', ...compressedSizes(readFileSync(cdnEntry)) });
    const initial = staticClosure(cdnEntry);
    records.push({
      key: BEFORE_DATA + CDN_ENTRY,
      kind: 'before-data',
      files: initial.map(rel),
      ...sumSizes(initial.map((file) => compressedSizes(readFileSync(file)))),
    });
    for (const file of lazyFiles(cdnEntry)) {
      records.push({ key: rel(file), kind: 'lazy', ...compressedSizes(readFileSync(file)) });
    }
  }
  for (const entry of packageEntries()) {
    records.push({ key: BUNDLED + entry, kind: 'bundled', ...(await bundleEntry(entry)) });
  }
  return records;
}

/** Budget keys may use `*` for a hashed part of a name: `dist/cdn/chunks/default.nl-*.js`. */
export function keyMatches(pattern, key) {
  const regex = new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}$`);
  return regex.test(key);
}

/** Bytes as KB (1024) with two decimals. */
export const kb = (bytes) => (bytes / 1024).toFixed(2);

/** A plain text table: first row is the header; numbers are right-aligned. */
export function formatTable(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => String(row[c]).length)));
  const line = (row) =>
    row
      .map((cell, c) => (typeof cell === 'number' || /^[\d.,+-]+( ?[A-Za-z%×]*)?$/.test(cell) ? String(cell).padStart(widths[c]) : String(cell).padEnd(widths[c])))
      .join('  ')
      .trimEnd();
  return [line(rows[0]), rows[0].map((_, c) => '-'.repeat(widths[c])).join('  '), ...rows.slice(1).map(line)].join('\n');
}

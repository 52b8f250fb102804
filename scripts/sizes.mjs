/**
 * Size measurements shared by `scripts/check-size.mjs` (budgets, part of `npm test`) and
 * `scripts/bench.mjs` (readable report). Plain Node ESM: node builtins + esbuild only.
 *
 * What is measured (keys; paths relative to the repository root):
 *   dist/cdn/<file>.js, dist/cdn/chunks/<name>-<hash>.js   every file of the script-tag build
 *   path:loader                       what a page with the script tag loads before any lio tag
 *   path:<tag>:<lang>                 a page with only <tag>, in one language
 *   path:all-elements:<lang>          a page with every element, in one language
 *   path:all-widgets:<lang>           a page with the report's four tools and <lio-catalogue> (every
 *                                     element but the helpers in HELPER_ELEMENTS), in one language
 *   path:lio-all:<lang>               the eager entry, in one language
 *   bundled:dist/<entry>.js           a package entry as a bundler user gets it (see bundleEntry)
 *   bundled:<source>.ts               a lazily loaded module of ours with its libraries, bundled the same
 *                                     way (LAZY_MODULES: the quick scan's chart with chart.js)
 *
 * Load paths come from the built module graph, never from a list of file names: the loader's
 * static imports, plus the element's chunk (the loader's `import()` of it) and its static imports,
 * plus, through any `import()` on the way, the chunks of that one language. A chunk holds one
 * language when its name (the file name without `-<hash>.js`) is a language code or ends in
 * `.<lang>` or `-<lang>` (`default.nl`, `messages-nl`, `intervention-finder.en`), for a language
 * of `LANGUAGES` in src/core/ids.ts. The built-in catalogue chunks (`default.<lang>`) have their
 * own budget and are left out of the paths, as are lazy chunks of no language (the schema
 * library for custom catalogues, charts) and a widget's part messages (`<widget>.part-messages.<lang>`,
 * which load with its lazy parts): a page pays for those only when it uses them.
 *
 * Sizes are raw bytes, gzip (level 9) and brotli (quality 11), the way a CDN would serve them;
 * a path is the sum of its files, each compressed on its own.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CDN_DIR = 'dist/cdn';
export const CDN_ENTRY = 'dist/cdn/lio.js';
export const CDN_ALL = 'dist/cdn/lio-all.js';
export const PATH = 'path:';
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
  // With splitting, every `import()` target is an entry point of esbuild's too: pick the one asked for.
  const [entryOut] = Object.entries(result.metafile.outputs).find(([, out]) => out.entryPoint && resolve(ROOT, out.entryPoint) === resolve(ROOT, entryPoint));
  const entry = resolve(ROOT, entryOut);
  const initial = staticClosure(entry, read);
  const lazy = [...contents.keys()].filter((file) => file.endsWith('.js') && !initial.includes(file));
  const size = (files) => sumSizes(files.map((file) => compressedSizes(read(file))));
  return { ...size(initial), files: initial.length, lazy: size(lazy) };
}

/**
 * Lazy modules measured from source with everything they import (chart.js included), as one
 * bundle: what a page pays the moment it loads one. They need no build, so they are measured even
 * without dist/. The script-tag build holds the same code in one chunk (`chunks/scan-chart-*.js`,
 * terser instead of esbuild: a little smaller).
 */
export const LAZY_MODULES = ['components/quick-scan/chart/profile-chart.ts'];

/** Package entries measured as bundler users get them: dist/index.js, dist/core.js, dist/lio-*.js. */
export function packageEntries() {
  const dist = join(ROOT, 'dist');
  if (!existsSync(dist)) return [];
  const names = readdirSync(dist).filter((name) => name === 'index.js' || name === 'core.js' || /^lio-.+\.js$/.test(name));
  return names.sort().map((name) => `dist/${name}`);
}

const rel = (file) => relative(ROOT, file).split('\\').join('/');

/** The languages of the package, read from `LANGUAGES` in src/core/ids.ts. */
export function languages() {
  const source = readFileSync(join(ROOT, 'src/core/ids.ts'), 'utf8');
  const list = /LANGUAGES\s*=\s*\[([^\]]*)\]/.exec(source)?.[1] ?? '';
  return [...list.matchAll(/['"]([\w-]+)['"]/g)].map((m) => m[1]);
}

/** A chunk's name: its file name without `-<hash>.js` (rollup's 8-character hash). */
export function chunkName(file) {
  const base = file.split('/').pop();
  return base.replace(/-[\w-]{8}\.js$/, '').replace(/\.js$/, '');
}

/** The language a chunk holds (see the naming rule above), or undefined. */
export function chunkLanguage(file, langs = languages()) {
  const name = chunkName(file);
  return langs.find((lang) => name === lang || name.endsWith(`.${lang}`) || name.endsWith(`-${lang}`));
}

/** Built-in catalogue data (`default.<lang>`): budgeted per file, never part of a widget's path. */
export const isCatalogueChunk = (file) => chunkName(file).startsWith('default.');

/**
 * A widget's messages that only its lazy parts show (`<widget>.part-messages.<lang>`): loaded with
 * the first part, so, like the parts, not in the first load.
 */
export const isPartMessagesChunk = (file) => chunkName(file).includes('.part-messages.');

/**
 * The files a page loads for `roots` (each with its static imports) in `lang`: dynamic imports
 * are followed only into chunks of that language that are not catalogue data or part messages.
 */
export function loadPath(roots, lang, langs = languages(), read) {
  const files = new Set();
  const queue = [...roots];
  while (queue.length) {
    for (const file of staticClosure(queue.shift(), read)) {
      if (files.has(file)) continue;
      files.add(file);
      for (const target of importsOf(file, read).dynamic) {
        if (!isCatalogueChunk(target) && !isPartMessagesChunk(target) && chunkLanguage(target, langs) === lang) queue.push(target);
      }
    }
  }
  return [...files];
}

/**
 * Elements that serve the four tools rather than being one (saving and opening the whole journey):
 * left out of `path:all-widgets`, the page with every widget that issues 7 and 13 budget at 60 KB.
 */
const HELPER_ELEMENTS = new Set(['lio-journey-share']);

/**
 * The load paths of the script-tag build in `dir`: `{ name, lang, files }`. The elements are the
 * loader's own `import()` targets (one chunk per element, named after its tag).
 */
export function cdnLoadPaths(dir = join(ROOT, CDN_DIR), read) {
  const loader = join(dir, 'lio.js');
  const all = join(dir, 'lio-all.js');
  if (!existsSync(loader)) return [];
  const langs = languages();
  const elements = importsOf(loader, read).dynamic;
  const paths = [{ name: 'loader', files: staticClosure(loader, read) }];
  for (const lang of langs) {
    for (const element of elements) paths.push({ name: chunkName(element), lang, files: loadPath([loader, element], lang, langs, read) });
    paths.push({ name: 'all-elements', lang, files: loadPath([loader, ...elements], lang, langs, read) });
    const widgets = elements.filter((element) => !HELPER_ELEMENTS.has(chunkName(element)));
    paths.push({ name: 'all-widgets', lang, files: loadPath([loader, ...widgets], lang, langs, read) });
    if (existsSync(all)) paths.push({ name: 'lio-all', lang, files: loadPath([all], lang, langs, read) });
  }
  return paths;
}

/**
 * `chunk -> entry` for every chunk of the script-tag build that imports an entry (statically or
 * through `import()`); must stay empty. Such an import names the entry by its plain URL, so a page
 * that loaded `lio.js?v=1` (or through a redirect) would load and run the whole entry again.
 */
export function chunksImportingEntries(dir = join(ROOT, CDN_DIR)) {
  const chunks = join(dir, 'chunks');
  if (!existsSync(chunks)) return [];
  const entries = new Set([join(dir, 'lio.js'), join(dir, 'lio-all.js')]);
  return readdirSync(chunks)
    .filter((name) => name.endsWith('.js'))
    .flatMap((name) => {
      const { static: fixed, dynamic } = importsOf(join(chunks, name));
      return [...fixed, ...dynamic].filter((target) => entries.has(target)).map((target) => `${rel(join(chunks, name))} -> ${rel(target)}`);
    });
}

/** Key of a load path in budgets.json: `path:loader`, `path:lio-intervention-finder:nl`. */
export const pathKey = (path) => `${PATH}${path.name}${path.lang ? `:${path.lang}` : ''}`;

/** Every built file of the script-tag build, as repository-relative paths. */
function cdnFiles() {
  const dir = join(ROOT, CDN_DIR);
  if (!existsSync(dir)) return [];
  const chunks = existsSync(join(dir, 'chunks')) ? readdirSync(join(dir, 'chunks')).map((name) => join(dir, 'chunks', name)) : [];
  return [...readdirSync(dir).map((name) => join(dir, name)), ...chunks].filter((file) => file.endsWith('.js')).sort();
}

/**
 * Every measurement, as `{ key, kind, raw, gzip, brotli, files? }` records. Keys are what
 * budgets.json matches against. Missing builds simply produce no records for them; the caller
 * decides whether that is an error.
 */
export async function measureAll() {
  const records = [];
  const sizeOf = new Map(cdnFiles().map((file) => [file, compressedSizes(readFileSync(file))]));
  for (const [file, size] of sizeOf) records.push({ key: rel(file), kind: 'file', ...size });
  for (const path of cdnLoadPaths()) {
    records.push({ key: pathKey(path), kind: 'path', files: path.files.map(rel), ...sumSizes(path.files.map((file) => sizeOf.get(file) ?? compressedSizes(readFileSync(file)))) });
  }
  for (const entry of [...packageEntries(), ...LAZY_MODULES]) {
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

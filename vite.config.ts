/**
 * Two builds from one config, chosen by LIO_BUILD:
 *   lib (default) dist/*.js        ES modules for bundler users: one entry per element, dependencies external
 *   cdn           dist/cdn/        the script-tag build, two entries sharing every chunk:
 *                   lio.js             the loader: defines each element when its tag first appears
 *                   lio-all.js         defines every element at once
 *                   chunks/runtime-*.js  lit, @lit/context, the core and the widget kit that elements share, loaded once
 *                   chunks/lio-<tag>-*.js one per element; lazy parts (catalogue per language, schema
 *                                      library, the quick scan's chart `scan-chart-*.js` with
 *                                      chart.js) load relative to the script's own URL
 *                   manifest.json      the chunk files per element, for `<link rel="modulepreload">`
 * LIO_VERSION overrides the version baked into the build (the double-load test builds a second version).
 * LIO_OUT_DIR overrides the output folder.
 */
import { readFileSync } from 'node:fs';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defineConfig, type Plugin, type Rollup } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
  dependencies: Record<string, string>;
};
const target = process.env.LIO_BUILD === 'cdn' ? 'cdn' : 'lib';
const version = process.env.LIO_VERSION ?? pkg.version;
const dependencies = Object.keys(pkg.dependencies);

/** The element modules the loader imports, one chunk each: `components/<name>/lio-<name>.ts`. */
const ELEMENT_MODULE = /\/components\/[\w-]+\/lio-[\w-]+\.ts$/;
const COMPONENT_CODE = /\/components\//;
const MESSAGES = /\/components\/[\w-]+\/messages\//;
/** The quick scan's chart module, loaded with `import()` when results show: its own chunk, `chunks/scan-chart-<hash>.js`. */
const SCAN_CHART_MODULE = /\/components\/quick-scan\/chart\/profile-chart\.ts$/;
/**
 * Code two elements share that the others never need: the modal dialog with its rules (the finder's detail view,
 * the matrix's forms, the journey share's question), the search engine (the finder; the matrix's
 * catalogue search loads only its text half, so the facet half stays in the finder's own chunk),
 * the link into the finder (the diagram's panel and the quick scan's results, both lazy parts),
 * and adopting a lazy part's rules (the diagram's and the matrix's parts). Chunks of their
 * own rather than the runtime, so the first load of an element without them (the diagram, the
 * quick scan; every element for the finder link) does not carry them.
 */
const OWN_CHUNK = /\/src\/elements\/dialog\.ts$|\/src\/core\/search\/|\/src\/elements\/finder-link\.ts$|\/src\/elements\/adopt-styles\.ts$/;
/**
 * The id pattern and the plan format's constants: one chunk rather than two, as the matrix's first
 * load needs both (its plan checks); the lazy parts that need only one (the schemas, the journey
 * share's reading part) load a few bytes more.
 */
const ID_AND_PLAN_FORMAT = /\/src\/core\/id-pattern\.ts$|\/src\/core\/plan\/format\.ts$/;
/**
 * The export, print and recommendation helpers (the recommendation rules, file downloads, printing
 * one part), with the finder's door to them (shortlist-tools.ts, so that its `import()` asks for
 * this chunk itself, and a retry under a fresh URL reaches it): only lazy parts use them, the
 * finder's too (its shortlist's export and print, its recommendations), so no first load carries
 * them.
 */
const TOOLS = /\/src\/(core\/recommend|elements\/files|elements\/print)\.ts$|\/components\/intervention-finder\/shortlist-tools\.ts$/;
/**
 * CSV and the titles of catalogue entries, and the relevance order of search hits: the finder's
 * first load needs them (its results, the search's order, `exportShortlist`); the other users are
 * lazy parts (the matrix's files and catalogue search, the quick scan's results).
 */
const CSV = /\/src\/core\/(csv|relevance)\.ts$/;
/**
 * The page workspace (its slices, storage and the tab channel): a `workspace` chunk rather than the
 * runtime. The finder, the quick scan, the maturity matrix and the journey share import it with
 * their first load (their first render reads it); the model diagram fetches it on connect, apart
 * from its first load, which is 2.7 KB gzip smaller for it (the others' first loads grow by about
 * 0.5 KB, the price of a chunk of its own).
 */
const WORKSPACE = /\/src\/elements\/(workspace|workspace-data|storage)\.ts$/;
/**
 * `@lit/context`'s provider half (the provider and the value notifier it extends): only
 * `<lio-catalogue>` provides a context, the widgets only consume. The rule below sees modules, not
 * the names imported from them, and every element reaches these through the package's index, so
 * it would put them in the runtime (0.39 KB gzip on every element's first load). They go into
 * `<lio-catalogue>`'s chunk instead, with the provider's own code: as a chunk of their own they
 * would cost a page with the provider more (0.76 KB against 0.49 KB in its chunk).
 */
const PROVIDER_ONLY = /\/node_modules\/@lit\/context\/lib\/(controllers\/context-provider|value-notifier)\.js$/;
const CATALOGUE_PROVIDER_CODE = /\/components\/catalogue\//;
/** chart.js and its colour helper: only ever in the chart's lazy chunk, never in the shared runtime. */
const CHART_LIBRARY = /\/node_modules\/(chart\.js|@kurkle\/color)\//;

/**
 * Code that two or more elements import statically, and what the entries import themselves (the
 * public API of `lio-all.js`), goes into one shared `runtime` chunk; code only one element uses
 * stays in that element's chunk (today the search engine, used by the finder alone), so that a
 * page without that element never loads it. Without this rule rollup keeps modules the loader or
 * `lio-all.js` also use in that entry and lets lazy chunks import the entry back (`import … from
 * "../lio.js"`): with a query string (`lio.js?v=1`) or a redirect the entry then loads and runs
 * twice. Lazy-only code (the schema library, catalogue data) stays out: it is not reachable
 * through static imports. An element's own lazy parts (not its messages) count as the element's,
 * so the kit code they share with another element (file downloads) is in the runtime too.
 */
function runtimeChunk(): Rollup.GetManualChunk {
  let runtime: Set<string> | undefined;
  return (id, { getModuleInfo, getModuleIds }) => {
    if (!runtime) {
      // Which element modules reach each module through static imports; the entries' own static
      // imports (the public API of `lio-all.js`) count as reached by every element.
      const reachedBy = new Map<string, Set<string>>();
      const walk = (root: string, start: string[]) => {
        const queue = [...start];
        const seen = new Set(queue);
        while (queue.length) {
          const current = queue.shift()!;
          if (!reachedBy.has(current)) reachedBy.set(current, new Set());
          reachedBy.get(current)!.add(root);
          const info = getModuleInfo(current);
          // An element's own lazy parts (the quick scan's results part) count as that element's:
          // code they share with another element goes into the runtime, not into a chunk of its own.
          const lazyParts = root !== '*' && COMPONENT_CODE.test(current) ? (info?.dynamicallyImportedIds ?? []).filter((m) => COMPONENT_CODE.test(m) && !MESSAGES.test(m)) : [];
          for (const next of [...(info?.importedIds ?? []), ...lazyParts]) {
            if (seen.has(next) || (root === '*' && COMPONENT_CODE.test(next))) continue;
            seen.add(next);
            queue.push(next);
          }
        }
      };
      const ids = [...getModuleIds()];
      for (const element of ids.filter((m) => ELEMENT_MODULE.test(m))) walk(element, [element]);
      for (const entry of ids.filter((m) => getModuleInfo(m)?.isEntry)) walk('*', (getModuleInfo(entry)?.importedIds ?? []).filter((m) => !COMPONENT_CODE.test(m)));
      // chart.js is excluded by name as well: were an element ever to import it statically (say a
      // type import that was not erased), every page would pay about 50 KB for it.
      runtime = new Set([...reachedBy].filter(([m, roots]) => !COMPONENT_CODE.test(m) && !CHART_LIBRARY.test(m) && !OWN_CHUNK.test(m) && (roots.size > 1 || roots.has('*'))).map(([m]) => m));
    }
    // A manual chunk takes in every static import not in another one: so the provider half needs a
    // name of its own, or the runtime (which imports the package's index) would take it in again.
    if (PROVIDER_ONLY.test(id) || CATALOGUE_PROVIDER_CODE.test(id)) return 'lio-catalogue';
    if (TOOLS.test(id)) return 'tools';
    if (WORKSPACE.test(id)) return 'workspace';
    if (CSV.test(id)) return 'csv';
    if (ID_AND_PLAN_FORMAT.test(id)) return 'plan-format';
    return runtime.has(id) ? 'runtime' : undefined;
  };
}

/**
 * Vite wraps every dynamic import in a preload helper that dispatches `vite:preloadError` on the
 * host's window (where a host app may reload the page on it) and is shared through a module,
 * which would tie the loader to the runtime chunk. With module preloading off it has nothing to
 * do, so it becomes a pass-through.
 */
function plainDynamicImports(): Plugin {
  const helper = '\0vite/preload-helper.js';
  return {
    name: 'lio:plain-dynamic-imports',
    enforce: 'pre',
    resolveId: (id) => (id === helper ? helper : undefined),
    load: (id) => (id === helper ? { code: 'export const __vitePreload = (load) => load();', moduleSideEffects: false } : undefined),
  };
}

/**
 * `manifest.json` next to the entries: for each element, the chunks its tag loads (its own chunk
 * and its static imports), so a site can write `<link rel="modulepreload">` hints for the hashed
 * names without reading the code.
 */
function preloadManifest(): Plugin {
  return {
    name: 'lio:preload-manifest',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const closure = (fileName: string, seen = new Set<string>()): string[] => {
        if (seen.has(fileName)) return [];
        seen.add(fileName);
        return [fileName, ...(byName.get(fileName)?.imports ?? []).flatMap((dep) => closure(dep, seen))];
      };
      const elements: Record<string, string[]> = {};
      for (const chunk of chunks) {
        if (chunk.isDynamicEntry && chunk.facadeModuleId && ELEMENT_MODULE.test(chunk.facadeModuleId)) {
          elements[chunk.name] = closure(chunk.fileName).sort();
        }
      }
      const runtime = chunks.find((chunk) => chunk.name === 'runtime')?.fileName;
      const manifest = {
        $comment: 'Files each element loads; written by the build. Paths are relative to this file.',
        version,
        loader: 'lio.js',
        all: 'lio-all.js',
        runtime,
        elements: Object.fromEntries(Object.entries(elements).sort(([a], [b]) => a.localeCompare(b))),
      };
      this.emitFile({ type: 'asset', fileName: 'manifest.json', source: `${JSON.stringify(manifest, null, 2)}\n` });
    },
  };
}

export default defineConfig({
  define: { __LIO_VERSION__: JSON.stringify(version) },
  logLevel: 'warn',
  plugins: [
    // Lit's own minifier for the markup and CSS inside html`` and css`` templates, which esbuild
    // leaves as written; fail the build rather than ship a template it could not read. Whitespace
    // is collapsed to one space, never removed: a template such as html`<code>${path}</code>: `
    // ends in a space that separates it from the next part of the text.
    {
      ...minifyLiterals({
        include: ['src/**/*.ts', 'components/**/*.ts'],
        failOnError: true,
        options: { minifyOptions: { conservativeCollapse: true } }, // merged with the plugin's defaults
      }),
      enforce: 'pre',
    } as Plugin,
    ...(target === 'cdn' ? [plainDynamicImports(), preloadManifest()] : []),
  ],
  build: {
    target: 'es2022',
    outDir: process.env.LIO_OUT_DIR ?? (target === 'cdn' ? 'dist/cdn' : 'dist'),
    emptyOutDir: target === 'cdn',
    sourcemap: true,
    // terser with three passes: about 0.9 KB gzip less than esbuild on the finder's load path.
    minify: target === 'cdn' ? 'terser' : false,
    terserOptions: { ecma: 2020, module: true, compress: { passes: 3 } },
    reportCompressedSize: false,
    modulePreload: false,
    // Library mode for bundler users; the CDN build is an app-style build, because library mode
    // leaves whitespace unminified in ES output.
    lib:
      target === 'cdn'
        ? false
        : {
            entry: {
              index: 'src/index.ts',
              core: 'src/core/index.ts',
              'lio-catalogue': 'components/catalogue/lio-catalogue.ts',
              'lio-intervention-finder': 'components/intervention-finder/lio-intervention-finder.ts',
              'lio-quick-scan': 'components/quick-scan/lio-quick-scan.ts',
              'lio-model-diagram': 'components/model-diagram/lio-model-diagram.ts',
              'lio-maturity-matrix': 'components/maturity-matrix/lio-maturity-matrix.ts',
              'lio-journey-share': 'components/journey-share/lio-journey-share.ts',
            },
            formats: ['es'],
          },
    rollupOptions: {
      input: target === 'cdn' ? { lio: 'src/loader.ts', 'lio-all': 'src/index.ts' } : undefined,
      preserveEntrySignatures: 'allow-extension',
      onwarn(warning, warn) {
        // zod ships comments rollup cannot place; harmless, and not ours to fix.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules/zod')) return;
        warn(warning);
      },
      // Bundler users get one copy of lit/zod shared with their app; the CDN build carries its own.
      external: target === 'cdn' ? [] : (id) => dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`)),
      output: {
        entryFileNames: '[name].js',
        // A widget's messages are named `<widget>.messages.<lang>`, so size checks can tell the language;
        // the messages of its lazy parts `<widget>.part-messages.<lang>`, which size checks leave out of
        // the first load, as the parts. The quick scan's chart (chart.js inside) is `scan-chart`.
        chunkFileNames: (chunk) => {
          const messages = /components\/([^/]+)\/messages\/(parts\/)?([a-z]{2})\.ts$/.exec(chunk.facadeModuleId ?? '');
          if (messages) return `chunks/${messages[1]}.${messages[2] ? 'part-messages' : 'messages'}.${messages[3]}-[hash].js`;
          return SCAN_CHART_MODULE.test(chunk.facadeModuleId ?? '') ? 'chunks/scan-chart-[hash].js' : 'chunks/[name]-[hash].js';
        },
        // The module namespaces the build makes (an element's, for the loader's `import()`, which
        // ignores it) are plain objects: neither frozen nor tagged, 0.05 KB less per element chunk.
        ...(target === 'cdn' ? { manualChunks: runtimeChunk(), freeze: false, generatedCode: { preset: 'es2015', symbols: false } } : {}),
      },
    },
  },
});

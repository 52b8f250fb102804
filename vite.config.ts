/**
 * Two builds from one config, chosen by LIO_BUILD:
 *   lib (default) dist/*.js       ES modules for bundler users: one entry per element, dependencies external
 *   cdn           dist/cdn/lio.js one self-contained module defining every element; lazy chunks
 *                                 (catalogue per language) load relative to the script's own URL
 * LIO_VERSION overrides the version baked into the build (the double-load test builds a second version).
 * LIO_OUT_DIR overrides the output folder.
 */
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
  dependencies: Record<string, string>;
};
const target = process.env.LIO_BUILD === 'cdn' ? 'cdn' : 'lib';
const version = process.env.LIO_VERSION ?? pkg.version;
const dependencies = Object.keys(pkg.dependencies);

export default defineConfig({
  define: { __LIO_VERSION__: JSON.stringify(version) },
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: process.env.LIO_OUT_DIR ?? (target === 'cdn' ? 'dist/cdn' : 'dist'),
    emptyOutDir: target === 'cdn',
    sourcemap: true,
    minify: target === 'cdn' ? 'esbuild' : false,
    reportCompressedSize: false,
    modulePreload: false,
    // Library mode for bundler users; the CDN build is an app-style build with one entry, because
    // library mode leaves whitespace unminified in ES output.
    lib:
      target === 'cdn'
        ? false
        : {
            entry: {
              index: 'src/index.ts',
              core: 'src/core/index.ts',
              'lio-catalogue': 'components/catalogue/lio-catalogue.ts',
              'lio-intervention-finder': 'components/intervention-finder/lio-intervention-finder.ts',
            },
            formats: ['es'],
          },
    rollupOptions: {
      input: target === 'cdn' ? { lio: 'src/index.ts' } : undefined,
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
        // A widget's messages are named `<widget>.messages.<lang>`, so size checks can tell the language.
        chunkFileNames: (chunk) => {
          const messages = /components\/([^/]+)\/messages\/([a-z]{2})\.ts$/.exec(chunk.facadeModuleId ?? '');
          return messages ? `chunks/${messages[1]}.messages.${messages[2]}-[hash].js` : 'chunks/[name]-[hash].js';
        },
      },
    },
  },
});

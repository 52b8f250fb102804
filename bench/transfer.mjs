/**
 * Pure helpers of the toolkit section of `npm run bench` (bench/toolkit.bench.mjs): what a page
 * transferred, split by kind, and which files of a load path belong to one element alone. No
 * browser and no file system here, so test/core/transfer.test.ts can check them on made-up files.
 */
import { chunkName, isCatalogueChunk, sumSizes } from '../scripts/sizes.mjs';

/** The kinds of file a page of ours fetches, in the order the tables print them. */
export const KINDS = [
  { id: 'page', label: "the page's own HTML, CSS and JS (demo/, themes/)" },
  { id: 'first-load', label: 'our script chunks: loader, runtime, elements, messages (all-elements path)' },
  { id: 'lazy-parts', label: 'our script chunks: lazy parts fetched on the way (idle, pointer, results)' },
  { id: 'catalogue', label: 'the built-in catalogue (default.<lang>)' },
  { id: 'chart', label: "the quick scan's chart (chart.js inside)" },
];

const SCRIPT_BUILD = 'dist/cdn/';

/**
 * The kind of one fetched file, by its repository-relative path (`demo/journey.html`,
 * `dist/cdn/chunks/runtime-AbCdEfGh.js`). `firstLoad` holds the files of the page's load path
 * (`path:all-elements:<lang>`, repository-relative); a script of ours outside it is a lazy part.
 */
export function kindOf(path, firstLoad) {
  if (!path.startsWith(SCRIPT_BUILD)) return 'page';
  if (isCatalogueChunk(path)) return 'catalogue';
  if (chunkName(path).startsWith('scan-chart')) return 'chart';
  return firstLoad.has(path) ? 'first-load' : 'lazy-parts';
}

/**
 * Fetched files (`{ path, raw, gzip, brotli }`, each compressed on its own) summed per kind:
 * `{ byKind: { [kind]: { raw, gzip, brotli, files } }, total }`. Every kind of `KINDS` is there,
 * with zeros when the page fetched none of it, so a table always has the same rows. A file fetched
 * twice counts once: the sizes describe what a page needs, not how often a browser asked.
 */
export function sumByKind(fetched, firstLoad) {
  const unique = [...new Map(fetched.map((file) => [file.path, file])).values()];
  /** @type {Record<string, { raw: number, gzip: number, brotli: number, files: string[] }>} */
  const byKind = {};
  for (const { id } of KINDS) {
    const files = unique.filter((file) => kindOf(file.path, firstLoad) === id);
    byKind[id] = { ...sumSizes(files), files: files.map((file) => file.path).sort() };
  }
  return { byKind, total: { ...sumSizes(unique), files: unique.length } };
}

/**
 * The files of `path` that no path of `others` holds: what one element adds to a page that has
 * the others already (the shared runtime and loader counted with the others, not with it).
 */
export function ownFiles(path, others) {
  const shared = new Set(others.flat());
  return path.filter((file) => !shared.has(file));
}

/**
 * Where `<lio-quick-scan>` finds its messages. One `import()` per language: the bundler makes one
 * chunk per language (`quick-scan.messages.<lang>-<hash>.js`), and the page downloads only the
 * language it shows.
 */
import { retryableImport } from '../../../src/elements/chunks.js';
import type { MessageLoaders, SharedMessageKey } from '../../../src/elements/messages/index.js';
import type nl from './nl.js';
import type partsNl from './parts/nl.js';

/** Every key `<lio-quick-scan>` can translate: its own (first load and results part) and the shared ones. */
export type MessageKey = keyof typeof nl | keyof typeof partsNl | SharedMessageKey;

/** The quick scan's message modules by language, for `static messageLoaders`; a failed load is retried under a fresh URL. */
export const scanMessages: MessageLoaders = {
  nl: retryableImport(() => import('./nl.js'), import.meta.url),
  en: retryableImport(() => import('./en.js'), import.meta.url),
};

/** The messages of the quick scan's results part, for `static partMessageLoaders`: loaded with that part. */
export const scanPartMessages: MessageLoaders = {
  nl: retryableImport(() => import('./parts/nl.js'), import.meta.url),
  en: retryableImport(() => import('./parts/en.js'), import.meta.url),
};

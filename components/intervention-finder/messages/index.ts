/**
 * Where `<lio-intervention-finder>` finds its messages. One `import()` per language: the bundler
 * makes one chunk per language (`intervention-finder.messages.<lang>-<hash>.js`), and the page
 * downloads only the language it shows.
 */
import { retryableImport } from '../../../src/elements/chunks.js';
import type { MessageLoaders, SharedMessageKey } from '../../../src/elements/messages/index.js';
import type nl from './nl.js';
import type partsNl from './parts/nl.js';

/** Every key `<lio-intervention-finder>` can translate: its own (first load and parts) and the shared ones. */
export type MessageKey = keyof typeof nl | keyof typeof partsNl | SharedMessageKey;

/** The finder's message modules by language, for `static messageLoaders`; a failed load is retried under a fresh URL. */
export const finderMessages: MessageLoaders = {
  nl: retryableImport(() => import('./nl.js'), import.meta.url),
  en: retryableImport(() => import('./en.js'), import.meta.url),
};

/** The messages of the finder's detail view, for `static partMessageLoaders`: loaded with the detail part. */
export const finderPartMessages: MessageLoaders = {
  nl: retryableImport(() => import('./parts/nl.js'), import.meta.url),
  en: retryableImport(() => import('./parts/en.js'), import.meta.url),
};

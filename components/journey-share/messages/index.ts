/**
 * Where `<lio-journey-share>` finds its messages. One `import()` per language: the bundler makes
 * one chunk per language, and the page downloads only the language it shows.
 */
import { retryableImport } from '../../../src/elements/chunks.js';
import type { MessageLoaders, SharedMessageKey } from '../../../src/elements/messages/index.js';
import type nl from './nl.js';
import type partsNl from './parts/nl.js';

/** Every key `<lio-journey-share>` can translate: its own (first load and second part) and the shared ones. */
export type MessageKey = keyof typeof nl | keyof typeof partsNl | SharedMessageKey;

/** The element's message modules by language, for `static messageLoaders`; a failed load is retried under a fresh URL. */
export const shareMessages: MessageLoaders = {
  nl: retryableImport(() => import('./nl.js'), import.meta.url),
  en: retryableImport(() => import('./en.js'), import.meta.url),
};

/** The texts of the element's second part, for `static partMessageLoaders`: loaded with that part. */
export const sharePartMessages: MessageLoaders = {
  nl: retryableImport(() => import('./parts/nl.js'), import.meta.url),
  en: retryableImport(() => import('./parts/en.js'), import.meta.url),
};

/**
 * Where `<lio-model-diagram>` finds its messages. One `import()` per language: the bundler makes one
 * chunk per language (`model-diagram.messages.<lang>-<hash>.js`), and the page downloads only the
 * language it shows.
 */
import { retryableImport } from '../../../src/elements/chunks.js';
import type { MessageLoaders, SharedMessageKey } from '../../../src/elements/messages/index.js';
import type nl from './nl.js';
import type partsNl from './parts/nl.js';

/** Every key `<lio-model-diagram>` can translate: its own (first load and parts) and the shared ones. */
export type MessageKey = keyof typeof nl | keyof typeof partsNl | SharedMessageKey;

/** The diagram's message modules by language, for `static messageLoaders`; a failed load is retried under a fresh URL. */
export const diagramMessages: MessageLoaders = {
  nl: retryableImport(() => import('./nl.js'), import.meta.url),
  en: retryableImport(() => import('./en.js'), import.meta.url),
};

/** The messages of the diagram's panel and score legend, for `static partMessageLoaders`: loaded with the first of those parts. */
export const diagramPartMessages: MessageLoaders = {
  nl: retryableImport(() => import('./parts/nl.js'), import.meta.url),
  en: retryableImport(() => import('./parts/en.js'), import.meta.url),
};

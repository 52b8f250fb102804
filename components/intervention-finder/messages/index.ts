/**
 * Where `<lio-intervention-finder>` finds its messages. One `import()` per language: the bundler
 * makes one chunk per language (`intervention-finder.messages.<lang>-<hash>.js`), and the page
 * downloads only the language it shows.
 */
import type { MessageLoaders, SharedMessageKey } from '../../../src/elements/messages/index.js';
import type nl from './nl.js';

/** Every key `<lio-intervention-finder>` can translate: its own and the shared ones. */
export type MessageKey = keyof typeof nl | SharedMessageKey;

/** The finder's message modules by language, for `static messageLoaders`. */
export const finderMessages: MessageLoaders = {
  nl: () => import('./nl.js'),
  en: () => import('./en.js'),
};

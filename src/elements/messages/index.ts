/**
 * The messages every element shares and the types of per-widget message modules and of a site's
 * overrides. Imported by the localize controller and the error view. Applying overrides
 * (`overrides.ts`) and reporting their mistakes (`check-overrides.ts`) load only on pages that give them.
 */
import { createContext } from '@lit/context';
import { formatMessage, type Message, type MessageParams, type Messages } from '../../core/i18n.js';
import type { Lang } from '../../core/ids.js';
import en from './en.js';
import nl from './nl.js';

/** The shared messages in both languages (small, and needed to report a failed message load). */
export const sharedMessages: Readonly<Record<Lang, Readonly<Record<SharedMessageKey, Message>>>> = { nl, en };

/** A key of the shared messages (`loading`, `error.*`, `retry`, `link.external`). */
export type SharedMessageKey = keyof typeof nl;

/** Translates a message key: what the error view and widgets call as `t(key, params)`. */
export type Translate<K extends string = string> = (key: K, params?: MessageParams) => string;

/** A shared message in `lang`, without overrides. */
export function translateShared(lang: Lang, key: SharedMessageKey, params?: MessageParams): string {
  return formatMessage(lang, sharedMessages[lang][key], params);
}

/**
 * A widget's own messages, one module per language. Written as a static map of `import()`
 * calls so that the bundler makes one chunk per widget per language and the page downloads only
 * its own language:
 *
 * @example { nl: () => import('./nl.js'), en: () => import('./en.js') }
 */
export type MessageLoaders = Readonly<Record<Lang, () => Promise<{ default: Messages }>>>;

/**
 * A site's wording for one widget, per language: `{ "nl": { "finder.title": "Maatregelen zoeken" } }`.
 * A value is a text with `{name}` placeholders or plural forms (`{ "one": "…", "other": "…" }`).
 */
export type MessageOverrides = { readonly [L in Lang]?: Readonly<Record<string, Message>> };

/** Wording for the widgets inside a `<lio-catalogue>`, by tag name: `{ "lio-intervention-finder": { "nl": {…} } }`. */
export type MessageOverridesByTag = Readonly<Record<string, MessageOverrides>>;

/**
 * Context key for the overrides a `<lio-catalogue>` hands to the widgets inside it. A string key,
 * so that separately built bundles on one page still match.
 */
export const messagesContext = createContext<MessageOverridesByTag | undefined>('lio-widgets/messages@1');

/** Overrides as used: by language, only values that can be shown (a text, or plural forms with `other`). */
export type UsableOverrides = Partial<Record<Lang, Record<string, Message>>>;

/** The inline overrides: `<script type="application/json" data-lio-messages>` directly inside an element. */
export const INLINE_MESSAGES_SELECTOR = ':scope > script[type="application/json"][data-lio-messages]';

/**
 * The messages every element shares, the types of per-widget message modules, and how a site's
 * overrides are merged. Imported by the localize controller and the error view. The checks that
 * report mistakes in overrides live in `check-overrides.ts`, loaded only when a page has overrides.
 */
import { createContext } from '@lit/context';
import { formatMessage, type Message, type MessageParams, type Messages } from '../../core/i18n.js';
import { LANGUAGES, type Lang } from '../../core/ids.js';
import { isRecord } from '../workspace-data.js';
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

/**
 * Merge layers of a site's overrides (later wins per key), keeping only what can be shown: known
 * languages, and values that are a text or plural forms with an `other` text. Unknown keys are
 * kept but never looked up; `check-overrides.ts` reports them.
 */
export function mergeOverrides(layers: readonly unknown[]): UsableOverrides {
  // Prototype-free maps: keys come from a site's JSON, and `__proto__` must stay a plain key.
  const merged: UsableOverrides = Object.create(null) as UsableOverrides;
  for (const layer of layers) {
    if (!isRecord(layer)) continue;
    for (const lang of LANGUAGES) {
      const messages = layer[lang];
      if (!isRecord(messages)) continue;
      for (const [key, value] of Object.entries(messages)) {
        if (typeof value === 'string' || (isRecord(value) && typeof value.other === 'string')) {
          (merged[lang] ??= Object.create(null) as Record<string, Message>)[key] = value as Message;
        }
      }
    }
  }
  return merged;
}

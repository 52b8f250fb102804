/**
 * The messages every element shares, the types of per-widget message modules, and the checks
 * for site overrides. Imported by the localize controller and the error view.
 */
import { createContext } from '@lit/context';
import { formatMessage, PLURAL_CATEGORIES, type Message, type MessageParams, type Messages } from '../../core/i18n.js';
import { LANGUAGES, type Lang } from '../../core/ids.js';
import { problem, type Problem } from '../../core/problems.js';
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

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function isMessage(value: unknown): value is Message {
  if (typeof value === 'string') return true;
  if (!isRecord(value) || typeof value.other !== 'string') return false;
  return Object.entries(value).every(([category, text]) => (PLURAL_CATEGORIES as readonly string[]).includes(category) && typeof text === 'string');
}

/** The result of checking overrides: the usable part, and a problem for everything else. */
export interface CheckedOverrides {
  overrides: Partial<Record<Lang, Record<string, Message>>>;
  problems: Problem[];
}

/**
 * Check a site's overrides against the keys a widget knows. Unknown languages, unknown keys and
 * malformed values become problems (each unknown key with the valid keys in its message and in
 * `params.valid`); everything else is kept, so one typo does not undo the other changes.
 */
export function checkOverrides(input: unknown, validKeys: readonly string[], path = 'messages'): CheckedOverrides {
  const overrides: CheckedOverrides['overrides'] = {};
  const problems: Problem[] = [];
  if (input === undefined || input === null) return { overrides, problems };
  if (!isRecord(input)) {
    problems.push(problem(path, 'invalid-type', 'expected an object such as { "nl": { "key": "text" } }', { expected: 'object' }));
    return { overrides, problems };
  }
  const valid = new Set(validKeys);
  const validList = [...validKeys].sort().join(', ');
  for (const [lang, messages] of Object.entries(input)) {
    if (!(LANGUAGES as readonly string[]).includes(lang)) {
      problems.push(problem(`${path}.${lang}`, 'unknown-field', `unknown language "${lang}"; expected one of ${LANGUAGES.join(', ')}`, { keys: lang, count: 1 }));
      continue;
    }
    if (!isRecord(messages)) {
      problems.push(problem(`${path}.${lang}`, 'invalid-type', 'expected an object of messages by key', { expected: 'object' }));
      continue;
    }
    const kept: Record<string, Message> = {};
    for (const [key, value] of Object.entries(messages)) {
      const at = `${path}.${lang}["${key}"]`;
      if (!valid.has(key)) {
        problems.push(problem(at, 'unknown-field', `unknown message key "${key}"; valid keys: ${validList}`, { keys: key, count: 1, valid: validList }));
      } else if (!isMessage(value)) {
        problems.push(problem(at, 'invalid-type', 'expected a text, or plural forms such as { "one": "…", "other": "…" }', { expected: 'text' }));
      } else {
        kept[key] = value;
      }
    }
    overrides[lang as Lang] = kept;
  }
  return { overrides, problems };
}

/**
 * Check the shape of overrides by tag (as given to `<lio-catalogue>`): every key a `lio-*` tag,
 * every value an object. The keys inside are checked by each widget, which knows its own.
 */
export function checkOverridesByTag(input: unknown, path = 'messages'): { overrides: MessageOverridesByTag; problems: Problem[] } {
  const overrides: Record<string, MessageOverrides> = {};
  const problems: Problem[] = [];
  if (input === undefined || input === null) return { overrides, problems };
  if (!isRecord(input)) {
    problems.push(problem(path, 'invalid-type', 'expected an object such as { "lio-intervention-finder": { "nl": { "key": "text" } } }', { expected: 'object' }));
    return { overrides, problems };
  }
  for (const [tag, value] of Object.entries(input)) {
    if (!/^lio-[a-z0-9-]+$/.test(tag)) {
      problems.push(problem(`${path}.${tag}`, 'unknown-field', `"${tag}" is not a lio-widgets tag name such as lio-intervention-finder`, { keys: tag, count: 1 }));
    } else if (!isRecord(value)) {
      problems.push(problem(`${path}["${tag}"]`, 'invalid-type', 'expected an object of messages by language', { expected: 'object' }));
    } else {
      overrides[tag] = value as MessageOverrides;
    }
  }
  return { overrides, problems };
}

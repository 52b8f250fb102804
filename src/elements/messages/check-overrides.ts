/**
 * Checks of a site's message overrides, for reporting (`lio-error`, `invalid-messages`). Loaded
 * on demand, only on pages that give overrides: most pages never download it. At run time it
 * imports only what every widget's first load already has (the language list, the object check).
 */
import type { Message, PluralCategory } from '../../core/i18n.js';
import { LANGUAGES, type Lang } from '../../core/ids.js';
import type { Problem } from '../../core/problems.js';
import { isRecord } from '../../core/records.js';
import type { MessageOverrides, MessageOverridesByTag } from './index.js';

const PLURAL_CATEGORIES: readonly PluralCategory[] = ['zero', 'one', 'two', 'few', 'many', 'other'];
const problem = (path: string, code: Problem['code'], message: string, params: NonNullable<Problem['params']>): Problem => ({ path, code, message, params });

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
    const kept = Object.create(null) as Record<string, Message>;
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

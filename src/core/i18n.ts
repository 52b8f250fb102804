/**
 * Message formatting (placeholders and plurals), language resolution and the Dutch wording of
 * validation problems. Pure: it runs in Node (the CLI, validation) and in the browser. The widgets'
 * own messages live next to each widget (`components/<name>/messages/`), the messages every widget
 * shares in `src/elements/messages/`; the DOM side (reading `lang`, loading and overriding
 * messages) lives in the localize controller.
 */
import { LANGUAGES, type Lang } from './ids.js';
import type { FirstLoadProblemCode, Problem } from './problems.js';
import type { LocalizedText } from './schema.js';

/** The language when nothing else decides: Dutch. */
export const DEFAULT_LANG: Lang = 'nl';

/** The plural categories of `Intl.PluralRules`. */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/**
 * A message that depends on a number: one text per plural category of the language
 * (`Intl.PluralRules`), chosen by the `count` parameter. `other` is required and is the fallback.
 *
 * @example { one: '{count} interventie', other: '{count} interventies' }
 */
export type PluralMessage = { readonly other: string } & { readonly [C in Exclude<PluralCategory, 'other'>]?: string };

/** A message: a text with `{name}` placeholders, or plural forms of such texts. */
export type Message = string | PluralMessage;

/** A set of messages by key, in one language. */
export type Messages = Readonly<Record<string, Message>>;

/** Values for a message's `{name}` placeholders; `count` also picks the plural form. */
export type MessageParams = Record<string, string | number>;

/** Every plural category, in CLDR order. */
export const PLURAL_CATEGORIES: readonly PluralCategory[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

const pluralRules: Partial<Record<Lang, Intl.PluralRules>> = {};

/** The plural category of `count` in `lang` (`one` for 1 in Dutch and English, `other` otherwise). */
export function pluralCategory(lang: Lang, count: number): PluralCategory {
  return (pluralRules[lang] ??= new Intl.PluralRules(lang)).select(count) as PluralCategory;
}

/**
 * Format a message in `lang`: pick the plural form for `params.count` (the `other` form when
 * there is no numeric count), then fill the `{name}` placeholders. Unknown placeholders stay.
 */
export function formatMessage(lang: Lang, message: Message, params?: MessageParams): string {
  let template: string;
  if (typeof message === 'string') template = message;
  else {
    const count = params?.count;
    const category = Number.isFinite(count) ? pluralCategory(lang, count as number) : 'other';
    // Overrides come from sites: a form that is not a text falls back to `other`.
    const form = message[category];
    template = typeof form === 'string' ? form : message.other;
  }
  return params ? template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match)) : template;
}

/** Every text of a message (each plural form), e.g. to list its placeholders. */
export function messageTexts(message: Message): string[] {
  return typeof message === 'string' ? [message] : Object.values(message).filter((text): text is string => typeof text === 'string');
}

/**
 * The first supported language among the candidates (BCP 47 tags such as `en-GB`), most
 * specific first; Dutch when none is supported.
 */
export function resolveLanguage(...candidates: ReadonlyArray<string | null | undefined>): Lang {
  for (const tag of candidates) {
    const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
    if (primary && (LANGUAGES as readonly string[]).includes(primary)) return primary as Lang;
  }
  return DEFAULT_LANG;
}

/** The text in `lang`, falling back to Dutch. A plain string is the same in every language. */
export function localize(text: LocalizedText, lang: Lang): string {
  return typeof text === 'string' ? text : (text[lang] ?? text.nl);
}

/**
 * Dutch wording of the problems code in a widget's first load reports (`FirstLoadProblemCode`), by
 * problem code (`problem.<code>`) and, for `invalid-format`, by format (`problem.format.<format>`).
 * The wording of every other problem loads with the code that reports it
 * (`validationProblemMessagesNl`, `planProblemMessagesNl`), so a widget's first load does not
 * carry it. English needs none: a problem's own `message` is English. Kept in the core because
 * the CLI and validation run in Node.
 */
export const problemMessagesNl = {
  'problem.invalid-json': 'geen geldige JSON',
  'problem.invalid-value': 'verwacht een van: {values}',
  'problem.invalid-format': 'ongeldige notatie ({format})',
  // The quick scan's `submit-url`.
  'problem.format.url': 'verwacht een http(s)-adres',
  'problem.missing-entry': '"{id}" ontbreekt',
  'problem.fetch-failed': 'laden mislukt',
  'problem.fetch-timeout': 'laden duurde te lang',
  'problem.invalid': 'ongeldige waarde',
  // Numeric attributes: say which range is expected.
  'problem.out-of-range': 'verwacht een geheel getal van {minimum} tot en met {maximum}',
} satisfies Record<`problem.${FirstLoadProblemCode}` | 'problem.format.url', Message>;

/** A key of the Dutch problem wording. */
export type ProblemMessageKey = keyof typeof problemMessagesNl;

/**
 * The wording `describeProblem` reads: `problemMessagesNl`, plus the wording of the problems
 * only the schema and cross-checks report, which they add when they load (see
 * `validationProblemMessagesNl`), and a plan import's: it stays out of the widgets' load path.
 */
export const problemMessages: Record<string, Message> = { ...problemMessagesNl };

/**
 * A problem's message in `lang`. English is the problem's own message; Dutch comes from
 * `problemMessagesNl`, falling back to the English message when a placeholder's value is missing.
 */
export function describeProblem(p: Problem, lang: Lang): string {
  if (lang === 'en') return p.message;
  const formatKey = `problem.format.${String(p.params?.format)}`;
  if (p.code === 'invalid-format' && formatKey in problemMessages) return formatMessage(lang, problemMessages[formatKey]!);
  const message = problemMessages[`problem.${p.code}`];
  if (!message) return p.message;
  // Every placeholder of every form (JSON keeps `{name}` as written, and a form's key never matches).
  const needs = JSON.stringify(message).match(/\{\w+\}/g) ?? [];
  if (needs.some((n) => !p.params || !(n.slice(1, -1) in p.params))) return p.message;
  const text = formatMessage(lang, message, p.params);
  // "Did you mean" (the English message has it already); its wording comes with the checks that suggest.
  const hint = problemMessages['problem.did-you-mean'];
  return p.params?.['suggestion'] && hint ? `${text} ${formatMessage(lang, hint, p.params)}` : text;
}

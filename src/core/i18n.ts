/**
 * Message catalogues (nl default, en) and language resolution. Pure: the DOM side (reading
 * `lang` attributes) lives in the localize controller.
 */
import { LANGUAGES, type Lang } from './ids.js';
import type { Problem } from './problems.js';
import type { LocalizedText } from './schema.js';

export const DEFAULT_LANG: Lang = 'nl';

const nl = {
  loading: 'Bezig met laden…',
  'error.title': 'Er ging iets mis',
  'error.catalogue-invalid': 'De catalogus bevat fouten en kan niet worden getoond.',
  'error.catalogue-unreachable': 'De catalogus kon niet worden geladen van {url}.',
  'error.catalogue-timeout': 'Het laden van de catalogus van {url} duurde te lang.',
  'error.storage-unavailable': 'Uw antwoorden kunnen in deze browser niet worden bewaard; ze blijven staan zolang deze pagina open is.',
  'error.invalid-attribute': 'Ongeldige waarde "{value}" voor {attribute}. Geldige waarden: {valid}.',
  'error.problems': 'Gevonden problemen',
  'error.more-problems': 'en nog {count} probleem/problemen',
  retry: 'Opnieuw proberen',
  indicative: 'indicatief',
  'link.external': '(externe link, opent in nieuw tabblad)',
  'problem.invalid-json': 'geen geldige JSON',
  'problem.invalid-type': 'verwacht type {expected}',
  'problem.invalid-value': 'verwacht een van: {values}',
  'problem.invalid-format': 'ongeldige notatie ({format})',
  'problem.format.id': 'verwacht een id in kebab-case, zoals job-crafting',
  'problem.format.url': 'verwacht een http(s)-adres',
  'problem.format.section': 'verwacht een paragraafnummer zoals 3.1.2',
  'problem.too-small': 'mag niet leeg zijn',
  'problem.unknown-field': 'onbekend(e) veld(en): {keys}',
  'problem.invalid-text': 'verwacht een tekst: een string of { "nl": "…", "en": "…" }',
  'problem.missing-dutch': 'de Nederlandse tekst ("nl") is verplicht',
  'problem.duplicate-id': '"{id}" komt dubbel voor',
  'problem.unknown-factor': 'onbekende factor "{id}"',
  'problem.unknown-related': 'onbekende interventie "{id}"',
  'problem.unknown-remove': 'verwijdert "{id}", maar die staat niet in de standaardcatalogus',
  'problem.missing-entry': '"{id}" ontbreekt',
  'problem.fetch-failed': 'laden mislukt',
  'problem.fetch-timeout': 'laden duurde te lang',
  'problem.invalid': 'ongeldige waarde',
};

export type MessageKey = keyof typeof nl;

const en: Record<MessageKey, string> = {
  loading: 'Loading…',
  'error.title': 'Something went wrong',
  'error.catalogue-invalid': 'The catalogue contains errors and cannot be shown.',
  'error.catalogue-unreachable': 'The catalogue could not be loaded from {url}.',
  'error.catalogue-timeout': 'Loading the catalogue from {url} took too long.',
  'error.storage-unavailable': 'Your answers cannot be saved in this browser; they stay as long as this page is open.',
  'error.invalid-attribute': 'Invalid value "{value}" for {attribute}. Valid values: {valid}.',
  'error.problems': 'Problems found',
  'error.more-problems': 'and {count} more problem(s)',
  retry: 'Try again',
  indicative: 'indicative',
  'link.external': '(external link, opens in a new tab)',
  'problem.invalid-json': 'not valid JSON',
  'problem.invalid-type': 'expected {expected}',
  'problem.invalid-value': 'expected one of: {values}',
  'problem.invalid-format': 'invalid format ({format})',
  'problem.format.id': 'expected a kebab-case id such as job-crafting',
  'problem.format.url': 'expected an http(s) URL',
  'problem.format.section': 'expected a section number such as 3.1.2',
  'problem.too-small': 'must not be empty',
  'problem.unknown-field': 'unknown field(s): {keys}',
  'problem.invalid-text': 'expected a text: a string or { "nl": "…", "en": "…" }',
  'problem.missing-dutch': 'the Dutch text ("nl") is required',
  'problem.duplicate-id': '"{id}" is used twice',
  'problem.unknown-factor': 'unknown factor "{id}"',
  'problem.unknown-related': 'unknown intervention "{id}"',
  'problem.unknown-remove': 'removes "{id}", which the default catalogue does not have',
  'problem.missing-entry': '"{id}" is missing',
  'problem.fetch-failed': 'loading failed',
  'problem.fetch-timeout': 'loading took too long',
  'problem.invalid': 'invalid value',
};

export const messages: Readonly<Record<Lang, Record<MessageKey, string>>> = { nl, en };

export type MessageParams = Record<string, string | number>;

/** Translate a message key, filling `{name}` placeholders. */
export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const template = messages[lang][key] ?? messages[DEFAULT_LANG][key];
  return params ? template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match)) : template;
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

/** A problem's message in `lang`. Missing params fall back to the English message. */
export function describeProblem(p: Problem, lang: Lang): string {
  if (lang === 'en') return p.message;
  const formatKey = `problem.format.${String(p.params?.format)}`;
  if (p.code === 'invalid-format' && formatKey in messages[lang]) return translate(lang, formatKey as MessageKey);
  const key = `problem.${p.code}` as MessageKey;
  const needs = messages.nl[key]?.match(/\{(\w+)\}/g) ?? [];
  if (!messages.nl[key] || needs.some((n) => !p.params || !(n.slice(1, -1) in p.params))) return p.message;
  return translate(lang, key, p.params);
}

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
  'error.catalogue-provider': 'De catalogus kan niet worden getoond; de melding bij de catalogus zegt waarom.',
  'error.chunk-unavailable': 'Een deel van deze pagina kon niet worden geladen. Controleer de verbinding en probeer het opnieuw.',
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
  'finder.title': 'Interventies zoeken',
  'finder.intro': 'Zoek en filter alle interventies uit het TNO-rapport. Bij elke interventie staat hoe sterk het bewijs is.',
  'finder.search-label': 'Zoeken',
  'finder.search-hint': 'Bijvoorbeeld: feedback, werkdruk, mentor',
  'finder.filters': 'Filters',
  'finder.filters-toggle': 'Filters',
  'finder.filters-active': '{count} actief',
  'finder.facet.levels': 'Niveau',
  'finder.facet.factors': 'Factor',
  'finder.facet.phases': 'Fase (indicatief)',
  'finder.facet.evidence': 'Soort bewijs',
  'finder.clear-all': 'Alle filters wissen',
  'finder.evidence-help': 'Wat betekenen deze soorten bewijs?',
  'finder.count-one': '1 interventie',
  'finder.count-other': '{count} interventies',
  'finder.count-of': '{count} van {total} interventies',
  'finder.sort': 'Sorteren op',
  'finder.sort.relevance': 'Relevantie',
  'finder.sort.evidence': 'Sterkte van bewijs',
  'finder.sort.level': 'Niveau',
  'finder.sort.title': 'Titel (A–Z)',
  'finder.results': 'Resultaten',
  'finder.no-results': 'Geen interventies gevonden bij deze zoekopdracht en filters.',
  'finder.partial': 'Geen interventie bevat al uw zoekwoorden. Dit zijn de interventies die de meeste ervan bevatten.',
  'finder.no-results-hint': 'Haal een filter weg of probeer een ander woord:',
  'finder.remove-filter': 'Filter weghalen: {label}',
  'finder.remove-text': 'Zoekwoord weghalen: “{text}”',
  'finder.empty-catalogue': 'Deze catalogus bevat (nog) geen interventies.',
  'finder.show-more': 'Meer tonen',
  'finder.showing': '{shown} van {total} getoond',
  'finder.level': 'Niveau',
  'finder.factors': 'Factoren',
  'finder.phases': 'Fasen (indicatief)',
  'finder.evidence': 'Bewijs',
  'finder.kind.approach': 'Aanpak',
  'finder.kind.study': 'Onderzochte aanpak',
  'finder.kind.tool': 'Hulpmiddel',
  'finder.section': 'Rapport §{section}',
  'finder.own-item': 'Eigen interventie',
  'finder.add': 'Bewaren',
  'finder.add-long': '{title} bewaren in mijn selectie',
  'finder.remove': 'Uit selectie',
  'finder.remove-long': 'Uit selectie: {title}',
  'finder.shortlist': 'Mijn selectie',
  'finder.shortlist-empty': 'Nog niets bewaard. Bewaar interventies met de knop “Bewaren” bij een resultaat.',
  'finder.shortlist-count': '{count} bewaard',
  'finder.export-csv': 'Downloaden als CSV',
  'finder.export-json': 'Downloaden als JSON',
  'finder.print': 'Afdrukken',
  'finder.open': 'Meer over {title}',
  'finder.close': 'Sluiten',
  'finder.detail.study': 'Onderzoek',
  'finder.detail.population': 'Doelgroep',
  'finder.detail.country': 'Land',
  'finder.detail.duration': 'Duur',
  'finder.detail.sessions': 'Opzet',
  'finder.detail.outcome': 'Uitkomst',
  'finder.detail.sources': 'Bronnen',
  'finder.detail.no-sources': 'Het rapport noemt hier geen aparte bron; de bron is het rapport zelf (TNO 2023 R10401).',
  'finder.detail.links': 'Meer lezen',
  'finder.detail.related': 'Gerelateerde interventies',
  'finder.detail.about-evidence': 'Over het bewijs',
  'finder.detail.phases-note': 'De fasen zijn een indicatie van de redactie; het rapport koppelt interventies niet aan fasen.',
  'finder.csv.id': 'id',
  'finder.csv.title': 'titel',
  'finder.csv.level': 'niveau',
  'finder.csv.factors': 'factoren',
  'finder.csv.evidence': 'bewijs',
  'finder.csv.phases': 'fasen (indicatief)',
  'finder.csv.section': 'paragraaf',
  'finder.csv.sources': 'bronnen',
  'finder.csv.links': 'links',
  'finder.recommend': 'Aanraders uit mijn scan tonen',
  'finder.recommend-note': 'Gefilterd op de zwakste factoren uit uw scan.',
  'finder.focus-note': 'Gefilterd op de factor die u in het model koos.',
  'finder.unknown': 'onbekend',
};

export type MessageKey = keyof typeof nl;

const en: Record<MessageKey, string> = {
  loading: 'Loading…',
  'error.title': 'Something went wrong',
  'error.catalogue-invalid': 'The catalogue contains errors and cannot be shown.',
  'error.catalogue-unreachable': 'The catalogue could not be loaded from {url}.',
  'error.catalogue-timeout': 'Loading the catalogue from {url} took too long.',
  'error.catalogue-provider': 'The catalogue cannot be shown; the message at the catalogue says why.',
  'error.chunk-unavailable': 'Part of this page could not be loaded. Check the connection and try again.',
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
  'finder.title': 'Find interventions',
  'finder.intro': 'Search and filter every intervention in the TNO report. Each one shows how strong the evidence is.',
  'finder.search-label': 'Search',
  'finder.search-hint': 'For example: feedback, workload, mentor',
  'finder.filters': 'Filters',
  'finder.filters-toggle': 'Filters',
  'finder.filters-active': '{count} active',
  'finder.facet.levels': 'Level',
  'finder.facet.factors': 'Factor',
  'finder.facet.phases': 'Phase (indicative)',
  'finder.facet.evidence': 'Kind of evidence',
  'finder.clear-all': 'Clear all filters',
  'finder.evidence-help': 'What do these kinds of evidence mean?',
  'finder.count-one': '1 intervention',
  'finder.count-other': '{count} interventions',
  'finder.count-of': '{count} of {total} interventions',
  'finder.sort': 'Sort by',
  'finder.sort.relevance': 'Relevance',
  'finder.sort.evidence': 'Strength of evidence',
  'finder.sort.level': 'Level',
  'finder.sort.title': 'Title (A–Z)',
  'finder.results': 'Results',
  'finder.no-results': 'No interventions match this search and these filters.',
  'finder.partial': 'No intervention contains all your search words. These contain most of them.',
  'finder.no-results-hint': 'Remove a filter or try another word:',
  'finder.remove-filter': 'Remove filter: {label}',
  'finder.remove-text': 'Remove search word: “{text}”',
  'finder.empty-catalogue': 'This catalogue contains no interventions (yet).',
  'finder.show-more': 'Show more',
  'finder.showing': 'Showing {shown} of {total}',
  'finder.level': 'Level',
  'finder.factors': 'Factors',
  'finder.phases': 'Phases (indicative)',
  'finder.evidence': 'Evidence',
  'finder.kind.approach': 'Approach',
  'finder.kind.study': 'Studied approach',
  'finder.kind.tool': 'Tool',
  'finder.section': 'Report §{section}',
  'finder.own-item': 'Own intervention',
  'finder.add': 'Save',
  'finder.add-long': 'Save {title} to my shortlist',
  'finder.remove': 'Remove from shortlist',
  'finder.remove-long': 'Remove from shortlist: {title}',
  'finder.shortlist': 'My shortlist',
  'finder.shortlist-empty': 'Nothing saved yet. Save interventions with the “Save” button on a result.',
  'finder.shortlist-count': '{count} saved',
  'finder.export-csv': 'Download as CSV',
  'finder.export-json': 'Download as JSON',
  'finder.print': 'Print',
  'finder.open': 'More about {title}',
  'finder.close': 'Close',
  'finder.detail.study': 'Study',
  'finder.detail.population': 'Participants',
  'finder.detail.country': 'Country',
  'finder.detail.duration': 'Duration',
  'finder.detail.sessions': 'Set-up',
  'finder.detail.outcome': 'Outcome',
  'finder.detail.sources': 'Sources',
  'finder.detail.no-sources': 'The report gives no separate source here; the source is the report itself (TNO 2023 R10401).',
  'finder.detail.links': 'Read more',
  'finder.detail.related': 'Related interventions',
  'finder.detail.about-evidence': 'About the evidence',
  'finder.detail.phases-note': 'The phases are an editorial indication; the report does not link interventions to phases.',
  'finder.csv.id': 'id',
  'finder.csv.title': 'title',
  'finder.csv.level': 'level',
  'finder.csv.factors': 'factors',
  'finder.csv.evidence': 'evidence',
  'finder.csv.phases': 'phases (indicative)',
  'finder.csv.section': 'section',
  'finder.csv.sources': 'sources',
  'finder.csv.links': 'links',
  'finder.recommend': 'Show recommendations from my scan',
  'finder.recommend-note': 'Filtered on the weakest factors from your scan.',
  'finder.focus-note': 'Filtered on the factor you picked in the model.',
  'finder.unknown': 'unknown',
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

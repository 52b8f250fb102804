/**
 * Dutch wording of the problems only the schema and cross-checks report (a wrong type, a missing
 * Dutch text, an unknown factor, a list of the wrong length, the scan's thresholds in the wrong
 * order), with the "did you mean" added to an unknown id that is close to a known one. It lives
 * here, loaded with the checks (`issues.ts`, `references.ts`: a custom catalogue, a plan import),
 * and not in i18n.ts: pages that only show the built-in catalogue never need it, and the widgets'
 * load path stays small. English needs none: a problem's own `message` is English.
 */
import { problemMessages, type Message } from './i18n.js';
import type { ValidationOnlyProblemCode } from './problems.js';
import type { FORMAT_MESSAGES } from './schema.js';

export const validationProblemMessagesNl = {
  'problem.invalid-type': 'verwacht type {expected}',
  'problem.format.id': 'verwacht een id in kebab-case, zoals job-crafting',
  'problem.format.section': 'verwacht een paragraafnummer zoals 3.1.2',
  'problem.too-small': 'mag niet leeg zijn',
  'problem.unknown-field': { one: 'onbekend veld: {keys}', other: 'onbekende velden: {keys}' },
  'problem.invalid-text': 'verwacht een tekst: een string of { "nl": "…", "en": "…" }',
  'problem.missing-dutch': 'de Nederlandse tekst ("nl") is verplicht',
  'problem.duplicate-id': '"{id}" komt dubbel voor',
  'problem.unknown-factor': 'onbekende factor "{id}"',
  'problem.unknown-related': 'onbekende interventie "{id}"',
  'problem.unknown-remove': 'verwijdert "{id}", maar die staat niet in de standaardcatalogus',
  'problem.below-minimum': 'moet {minimum} of meer zijn',
  'problem.above-maximum': 'moet {maximum} of minder zijn',
  'problem.not-an-integer': 'verwacht een geheel getal',
  'problem.too-many-problems': { one: 'nog {count} probleem niet getoond', other: 'nog {count} problemen niet getoond' },
  'problem.wrong-count': 'moet precies {count} onderdelen hebben',
  'problem.threshold-order': 'de drempel voor een sterk punt ({strength}) moet hoger zijn dan die voor een verbeterpunt ({improvement})',
  'problem.alias-shadows-id': 'alias "{id}" is ook het id van een interventie',
  'problem.alias-chain': 'alias "{id}" wijst naar "{target}", zelf een alias; wijs naar het huidige id',
  'problem.unknown-alias-target': 'alias "{id}" wijst naar onbekende interventie "{target}"',
  // Added to an unknown id's message when a known id is close to it (`params.suggestion`).
  'problem.did-you-mean': '(bedoelde u "{suggestion}"?)',
} satisfies Record<`problem.${ValidationOnlyProblemCode}` | `problem.format.${Exclude<keyof typeof FORMAT_MESSAGES, 'url'>}` | 'problem.did-you-mean', Message>;

/** Make `describeProblem` translate them; called when the checks load. */
export function addValidationProblemMessages(): void {
  Object.assign(problemMessages, validationProblemMessagesNl);
}

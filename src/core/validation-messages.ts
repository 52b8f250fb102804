/**
 * Dutch wording of the problems only the schema and cross-checks report (a list of the wrong
 * length, the scan's thresholds in the wrong order). It lives here, loaded with validate.ts,
 * and not in i18n.ts: pages that only show the built-in catalogue never need it, and the
 * widgets' load path stays small. English needs none: a problem's own `message` is English.
 */
import { problemMessages, type Message } from './i18n.js';
import type { ValidationOnlyProblemCode } from './problems.js';

export const validationProblemMessagesNl = {
  'problem.wrong-count': 'moet precies {count} onderdelen hebben',
  'problem.threshold-order': 'de drempel voor een sterk punt ({strength}) moet hoger zijn dan die voor een verbeterpunt ({improvement})',
  'problem.alias-shadows-id': 'alias "{id}" is ook het id van een interventie',
  'problem.alias-chain': 'alias "{id}" wijst naar "{target}", zelf een alias; wijs naar het huidige id',
  'problem.unknown-alias-target': 'alias "{id}" wijst naar onbekende interventie "{target}"',
} satisfies Record<`problem.${ValidationOnlyProblemCode}`, Message>;

/** Make `describeProblem` translate them; called once when validation loads. */
export function addValidationProblemMessages(): void {
  Object.assign(problemMessages, validationProblemMessagesNl);
}

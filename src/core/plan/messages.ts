/**
 * Dutch wording of the problems only a plan import reports. Like validation-messages.ts it is
 * added to `describeProblem`'s messages when the import loads, and stays out of every widget's
 * first load. English needs none: a problem's own `message` is English.
 */
import { problemMessages, type Message } from '../i18n.js';
import type { PlanOnlyProblemCode } from '../problems.js';
import type { PLAN_FORMAT_MESSAGES } from './schema.js';

export const planProblemMessagesNl = {
  'problem.too-long': 'mag hoogstens {maximum} tekens lang zijn',
  'problem.too-many': 'mag hoogstens {maximum} onderdelen hebben',
  'problem.format.datetime': 'verwacht een datum en tijd zoals 2026-11-30T09:00:00Z',
} satisfies Record<`problem.${PlanOnlyProblemCode}` | `problem.format.${keyof typeof PLAN_FORMAT_MESSAGES}`, Message>;

/** Make `describeProblem` translate them; called once when the plan import loads. */
export function addPlanProblemMessages(): void {
  Object.assign(problemMessages, planProblemMessagesNl);
}

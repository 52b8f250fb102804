/**
 * Dutch wording of the problems only a journey link reports. Added to `describeProblem`'s messages
 * when the journey's reading code loads (never in a first load). English needs none: a problem's
 * own `message` is English.
 */
import { problemMessages } from '../i18n.js';

export const journeyProblemMessagesNl = {
  'problem.format.journey-link': 'de link is onvolledig of beschadigd',
  'problem.format.journey-link-compressed': 'deze browser kan een ingepakte link niet openen; bewaar de route liever als bestand',
} as const;

/** Make `describeProblem` translate them; called once when the journey's reading code loads. */
export function addJourneyProblemMessages(): void {
  Object.assign(problemMessages, journeyProblemMessagesNl);
}

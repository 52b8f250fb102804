import type { JourneySummary } from '../../../src/core/journey/build.js';
import type { Translate } from '../../../src/elements/messages/index.js';
import type { MessageKey } from '../messages/index.js';

/**
 * What a journey holds, in words: "een teamscan van 6 personen, 3 bewaarde interventies en een
 * plan met 5 acties". The same words for the workspace now and for a file about to replace it.
 */
export function describeJourney(summary: JourneySummary, t: Translate<MessageKey>): string {
  const parts: string[] = [];
  if (summary.respondents !== undefined) parts.push(t('share.what.team', { count: summary.respondents }));
  else if (summary.scan) parts.push(t('share.what.scan'));
  if (summary.answers) parts.push(t('share.what.answers', { count: summary.answers }));
  if (summary.shortlist) parts.push(t('share.what.shortlist', { count: summary.shortlist }));
  if (summary.plans === 1) parts.push(t('share.what.plan', { count: summary.actions }));
  else if (summary.plans > 1) parts.push(t('share.what.plans', { count: summary.plans, actions: summary.actions }));
  if (summary.focus) parts.push(t('share.what.focus'));
  if (!parts.length) return t('share.what.nothing');
  const last = parts.pop()!;
  return parts.length ? t('share.and', { list: parts.join(', '), last }) : last;
}

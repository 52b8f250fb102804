import type { Message } from '../../../../src/core/i18n.js';
import type nl from './nl.js';

/** English messages of `<lio-intervention-finder>` that only its lazy parts show (the same keys as the Dutch ones, checked by the compiler). */
const en: Record<keyof typeof nl, Message> = {
  'finder.detail.study': 'Study',
  'finder.detail.population': 'Participants',
  'finder.detail.country': 'Country',
  'finder.detail.duration': 'Duration',
  'finder.detail.sessions': 'Set-up',
  'finder.detail.forms': 'Forms',
  'finder.detail.outcome': 'Outcome',
  'finder.detail.misprint': 'Misprint in the report',
  'finder.detail.sources': 'Sources',
  'finder.detail.no-sources': 'The report gives no separate source here; the source is the report itself (TNO 2023 R10401).',
  'finder.detail.links': 'Read more',
  'finder.detail.related': 'Related interventions',
  'finder.detail.about-evidence': 'About the evidence',
  'finder.detail.phases-note': 'The phases are an editorial indication; the report does not link interventions to phases.',
};

export default en;

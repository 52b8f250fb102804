import type { Message } from '../../../../src/core/i18n.js';

/**
 * Dutch messages of `<lio-intervention-finder>` that only its lazy parts show (the detail view):
 * loaded with the first part, not with the widget. The source of these keys; `messages/nl.ts` has
 * the rest.
 */
const nl = {
  'finder.detail.study': 'Onderzoek',
  'finder.detail.population': 'Doelgroep',
  'finder.detail.country': 'Land',
  'finder.detail.duration': 'Duur',
  'finder.detail.sessions': 'Opzet',
  'finder.detail.forms': 'Vormen',
  'finder.detail.outcome': 'Uitkomst',
  'finder.detail.misprint': 'Drukfout in het rapport',
  'finder.detail.sources': 'Bronnen',
  'finder.detail.no-sources': 'Het rapport noemt hier geen aparte bron; de bron is het rapport zelf (TNO 2023 R10401).',
  'finder.detail.links': 'Meer lezen',
  'finder.detail.related': 'Gerelateerde interventies',
  'finder.detail.about-evidence': 'Over het bewijs',
  'finder.detail.phases-note': 'De fasen zijn een indicatie van de redactie; het rapport koppelt interventies niet aan fasen.',
} satisfies Record<string, Message>;

export default nl;

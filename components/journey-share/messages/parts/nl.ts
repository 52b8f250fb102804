import type { Message } from '../../../../src/core/i18n.js';

/**
 * Dutch messages of `<lio-journey-share>` that only its second part shows (the question before
 * replacing, a made link): loaded with that part, not with the element. The source of these keys;
 * `messages/nl.ts` has the rest.
 */
const nl = {
  'share.link-label': 'Link naar deze route',
  'share.link-copied': 'De link is gekopieerd. Wie hem opent, krijgt de vraag deze route te openen.',
  'share.link-not-copied': 'Kopiëren lukte niet. Selecteer de link hieronder en kopieer hem zelf.',
  'share.link-note': 'De route zit in de link zelf, na het #-teken: dat deel wordt nooit naar een server gestuurd. Deel de link alleen met wie de antwoorden mag zien.',
  'share.link-too-long': 'Deze route is te groot voor een link ({length} tekens). Bewaar hem als bestand.',
  'share.confirm-title-file': 'Route uit {name} openen?',
  'share.confirm-title-link': 'Route uit de link openen?',
  'share.confirm-holds': 'Deze route bevat {what}, bewaard op {date}.',
  'share.confirm-replaces': 'Openen vervangt wat nu in deze browser staat: {what}. Dat kunt u niet ongedaan maken; bewaar het eerst als bestand als u het wilt houden.',
  'share.confirm-replaces-nothing': 'In deze browser staat nog niets dat vervangen wordt.',
  'share.replace': 'Vervangen',
  'share.cancel': 'Annuleren',
} satisfies Record<string, Message>;

export default nl;

import type { Message } from '../../../../src/core/i18n.js';
import type nl from './nl.js';

/** English messages of `<lio-journey-share>` that only its lazy parts show (the same keys as the Dutch ones, checked by the compiler). */
const en: Record<keyof typeof nl, Message> = {
  'share.link-label': 'Link to this journey',
  'share.link-copied': 'The link was copied. Whoever opens it is asked whether to open this journey.',
  'share.link-not-copied': 'Copying did not work. Select the link below and copy it yourself.',
  'share.link-note': 'The journey is in the link itself, after the # sign: that part is never sent to a server. Share the link only with people who may see the answers.',
  'share.link-too-long': 'This journey is too large for a link ({length} characters). Save it as a file.',
  'share.confirm-title-file': 'Open the journey in {name}?',
  'share.confirm-title-link': 'Open the journey in the link?',
  'share.confirm-holds': 'This journey holds {what}, saved on {date}.',
  'share.confirm-replaces': 'Opening it replaces what this browser holds now: {what}. This cannot be undone; save it as a file first if you want to keep it.',
  'share.confirm-replaces-nothing': 'This browser holds nothing yet that would be replaced.',
  'share.replace': 'Replace',
  'share.cancel': 'Cancel',
};

export default en;

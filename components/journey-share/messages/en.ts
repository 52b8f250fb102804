import type { Message } from '../../../src/core/i18n.js';
import type nl from './nl.js';

/** English messages of `<lio-journey-share>`. */
export default {
  'share.title': 'Save and share your journey',
  'share.intro': 'Keep the quick scan, the saved interventions and the action plan in one file or one link, and carry on later or on another computer.',
  'share.holds': 'In this browser now: {what}.',
  'share.empty': 'Nothing to save yet: take the quick scan, save interventions or make an action plan first.',
  'share.what.scan': 'a quick scan',
  'share.what.team': { one: "a team's scan of {count} person", other: "a team's scan of {count} people" },
  'share.what.answers': { one: '{count} answer', other: '{count} answers' },
  'share.what.shortlist': { one: '{count} saved intervention', other: '{count} saved interventions' },
  'share.what.plan': { one: 'a plan with {count} action', other: 'a plan with {count} actions' },
  'share.what.plans': { one: '{count} plan', other: '{count} plans with {actions} actions in all' },
  'share.what.focus': 'a focus picked in the model',
  'share.what.nothing': 'nothing',
  'share.and': '{list} and {last}',
  'share.save': 'Save journey as a file',
  'share.open': 'Open a journey',
  'share.link': 'Copy link',
  'share.drop-hint': 'You can also drop a journey file on these buttons.',
  'share.file-name': 'lio-journey',
  'share.saved': 'The journey was saved as {name}.',
  'share.restored': 'The journey is open: {what}. Every part of the page shows it now.',
  'share.declined': 'The journey in the link was not opened; nothing changed.',
  'share.invalid-file': 'The file {name} is not a journey that can be opened. Nothing changed.',
  'share.invalid-link': 'The link holds no journey that can be opened. Nothing changed.',
  'share.unreadable': 'The file {name} could not be read. Nothing changed.',
  'share.too-big': 'The file {name} is larger than {size} MB and is not a journey. Nothing changed.',
  'share.dismiss': 'Close message',
  'share.storage-unavailable': 'This browser stores nothing: an opened journey stays while this page is open.',
} satisfies Record<keyof typeof nl, Message>;

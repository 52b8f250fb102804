import type { Message } from '../../core/i18n.js';
import type nl from './nl.js';

/** English messages every element shares (the same keys as the Dutch ones, checked by the compiler). */
const en: Record<keyof typeof nl, Message> = {
  loading: 'Loading…',
  'error.title': 'Something went wrong',
  'error.catalogue-invalid': 'The catalogue contains errors and cannot be shown.',
  'error.catalogue-unreachable': 'The catalogue could not be loaded from {url}.',
  'error.catalogue-timeout': 'Loading the catalogue from {url} took too long.',
  'error.catalogue-provider': 'The catalogue cannot be shown; the message at the catalogue says why.',
  'error.chunk-unavailable': 'Part of this page could not be loaded. Check the connection and try again.',
  'error.storage-unavailable': 'Your answers cannot be saved in this browser; they stay as long as this page is open.',
  'error.invalid-attribute': 'Invalid value "{value}" for {attribute}. Valid values: {valid}.',
  'error.invalid-messages': 'The custom texts for <{tag}> contain errors; the default texts stay where needed.',
  'error.messages-unavailable': 'The texts of this part could not be loaded.',
  'error.problems': 'Problems found',
  'error.more-problems': { one: 'and {count} more problem', other: 'and {count} more problems' },
  retry: 'Try again',
  'link.external': '(external link, opens in a new tab)',
};
export default en;

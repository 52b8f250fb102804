import type { Message } from '../../../src/core/i18n.js';
import type nl from './nl.js';

/** English messages of `<lio-model-diagram>` (the same keys as the Dutch ones, checked by the compiler). */
const en: Record<keyof typeof nl, Message> = {
  'diagram.title': 'The model of the learning and innovative organisation',
  'diagram.description': 'The LIO model in {count} levels around the employee, from the outside in: {levels}. Each level names its factors. Pick a level or factor for an explanation and interventions.',
  'diagram.keys': 'Arrow keys: to another level or factor. Enter or Space: pick. Escape: clear the pick.',
  'diagram.show-list': 'Show as a list',
  'diagram.factors': { one: '{count} factor', other: '{count} factors' },
  'diagram.interventions': { one: '{count} intervention', other: '{count} interventions' },
  'diagram.shown-in-finder': 'The finder now shows the interventions for {name}.',
  'diagram.selected': '{name} picked.',
  'diagram.cleared': 'Pick cleared.',
  'diagram.not-scored': 'not scored',
  'diagram.strength': 'strength',
  'diagram.improvement': 'improvement point',
};

export default en;

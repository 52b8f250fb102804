import type { Message } from '../../../src/core/i18n.js';
import type nl from './nl.js';

/** English messages of `<lio-model-diagram>` (the same keys as the Dutch ones, checked by the compiler). */
const en: Record<keyof typeof nl, Message> = {
  'diagram.title': 'The model of the learning and innovative organisation',
  'diagram.description': 'The LIO model in {count} levels around the employee, from the outside in: {levels}. Each level names its factors. Pick a level or factor for an explanation and interventions.',
  'diagram.keys': 'Arrow keys: to another level or factor. Enter or Space: pick. Escape: clear the pick.',
  'diagram.show-list': 'Show as a list',
  'diagram.factors': { one: '{count} factor', other: '{count} factors' },
  'diagram.level-of': 'Factor on the level {level}',
  'diagram.level': 'Level',
  'diagram.interventions': { one: '{count} intervention', other: '{count} interventions' },
  'diagram.by-evidence': 'Interventions by kind of evidence',
  'diagram.best': 'Best supported',
  'diagram.best-none': 'There are no interventions for this part yet.',
  'diagram.show-in-finder': 'Show in the finder',
  'diagram.shown-in-finder': 'The finder now shows the interventions for {name}.',
  'diagram.close': 'Clear the pick',
  'diagram.selected': '{name} picked.',
  'diagram.cleared': 'Pick cleared.',
  'diagram.legend': 'Score from the quick scan, from 1 (strongly disagree) to 5 (strongly agree)',
  'diagram.not-scored': 'not scored',
  'diagram.strength': 'strength',
  'diagram.improvement': 'improvement point',
};

export default en;

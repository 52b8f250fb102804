import type { Message } from '../../../../src/core/i18n.js';
import type nl from './nl.js';

/** English messages of `<lio-model-diagram>` that only its lazy parts show (the same keys as the Dutch ones, checked by the compiler). */
const en: Record<keyof typeof nl, Message> = {
  'diagram.level-of': 'Factor on the level {level}',
  'diagram.level': 'Level',
  'diagram.by-evidence': 'Interventions by kind of evidence',
  'diagram.best': 'Best supported',
  'diagram.best-none': 'There are no interventions for this part yet.',
  'diagram.show-in-finder': 'Show in the finder',
  'diagram.close': 'Clear the pick',
  'diagram.legend': 'Score from the quick scan, from 1 (strongly disagree) to 5 (strongly agree)',
};

export default en;

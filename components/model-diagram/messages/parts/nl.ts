import type { Message } from '../../../../src/core/i18n.js';

/**
 * Dutch messages of `<lio-model-diagram>` that only its lazy parts show (the panel about a pick,
 * the score legend): loaded with the first part, not with the widget. The source of these keys;
 * `messages/nl.ts` has the rest.
 */
const nl = {
  'diagram.level-of': 'Factor op het niveau {level}',
  'diagram.level': 'Niveau',
  'diagram.by-evidence': 'Interventies per soort bewijs',
  'diagram.best': 'Best onderbouwd',
  'diagram.best-none': 'Er zijn nog geen interventies voor dit onderdeel.',
  'diagram.show-in-finder': 'Toon in de zoeker',
  'diagram.close': 'Keuze wissen',
  'diagram.legend': 'Score uit de quick scan, van 1 (helemaal oneens) tot 5 (helemaal eens)',
} satisfies Record<string, Message>;

export default nl;

import type { Message } from '../../../src/core/i18n.js';

/** Dutch messages of `<lio-model-diagram>`: the source of its keys. */
const nl = {
  'diagram.title': 'Het model van de lerende en innovatieve organisatie',
  'diagram.description': 'Het LIO-model in {count} niveaus rond de medewerker, van buiten naar binnen: {levels}. Elk niveau noemt zijn factoren. Kies een niveau of factor voor uitleg en interventies.',
  'diagram.keys': 'Pijltjestoetsen: naar een ander niveau of een andere factor. Enter of spatie: kiezen. Escape: keuze wissen.',
  'diagram.show-list': 'Toon als lijst',
  'diagram.factors': { one: '{count} factor', other: '{count} factoren' },
  'diagram.interventions': { one: '{count} interventie', other: '{count} interventies' },
  'diagram.shown-in-finder': 'De zoeker toont nu de interventies voor {name}.',
  'diagram.selected': '{name} gekozen.',
  'diagram.cleared': 'Keuze gewist.',
  'diagram.not-scored': 'niet gescoord',
  'diagram.strength': 'sterk punt',
  'diagram.improvement': 'verbeterpunt',
} satisfies Record<string, Message>;

export default nl;

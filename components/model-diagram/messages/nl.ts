import type { Message } from '../../../src/core/i18n.js';

/** Dutch messages of `<lio-model-diagram>`: the source of its keys. */
const nl = {
  'diagram.title': 'Het model van de lerende en innovatieve organisatie',
  'diagram.description': 'Het LIO-model in {count} niveaus rond de medewerker, van buiten naar binnen: {levels}. Elk niveau noemt zijn factoren. Kies een niveau of factor voor uitleg en interventies.',
  'diagram.keys': 'Pijltjestoetsen: naar een ander niveau of een andere factor. Enter of spatie: kiezen. Escape: keuze wissen.',
  'diagram.show-list': 'Toon als lijst',
  'diagram.factors': { one: '{count} factor', other: '{count} factoren' },
  'diagram.level-of': 'Factor op het niveau {level}',
  'diagram.level': 'Niveau',
  'diagram.interventions': { one: '{count} interventie', other: '{count} interventies' },
  'diagram.by-evidence': 'Interventies per soort bewijs',
  'diagram.best': 'Best onderbouwd',
  'diagram.best-none': 'Er zijn nog geen interventies voor dit onderdeel.',
  'diagram.show-in-finder': 'Toon in de zoeker',
  'diagram.shown-in-finder': 'De zoeker toont nu de interventies voor {name}.',
  'diagram.close': 'Keuze wissen',
  'diagram.selected': '{name} gekozen.',
  'diagram.cleared': 'Keuze gewist.',
  'diagram.legend': 'Score uit de quick scan, van 1 (helemaal oneens) tot 5 (helemaal eens)',
  'diagram.not-scored': 'niet gescoord',
  'diagram.strength': 'sterk punt',
  'diagram.improvement': 'verbeterpunt',
} satisfies Record<string, Message>;

export default nl;

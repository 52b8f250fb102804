import type { Message } from '../../../src/core/i18n.js';

/** Dutch messages of `<lio-maturity-matrix>`: the source of its keys. */
const nl = {
  'matrix.title': 'Actieplan per niveau en fase',
  'matrix.caption': 'Acties per niveau (rijen) en fase (kolommen). Een lege cel is een gat in het plan.',
  'matrix.level-phase': 'Niveau en fase',
  'matrix.about': 'Toelichting',
  'matrix.phases': 'de fasen',
  'matrix.gap': 'nog geen acties',
  'matrix.gaps': { one: '{count} cel zonder acties', other: '{count} cellen zonder acties' },
  'matrix.actions': { one: '{count} actie', other: '{count} acties' },
  'matrix.counts': '{planned} gepland, {running} loopt, {done} klaar',
  'matrix.status.planned': 'gepland',
  'matrix.status.running': 'loopt',
  'matrix.status.done': 'klaar',
  'matrix.kind.catalogue': 'uit de catalogus',
  'matrix.kind.own': 'eigen actie',
  'matrix.owner': 'Eigenaar: {owner}',
  'matrix.note': 'Notitie: {note}',
  'matrix.unknown-intervention': 'onbekende interventie ({id})',
  'matrix.scan-mark': 'verbeterpunt uit de scan',
  'matrix.add': 'Actie toevoegen',
  'matrix.edit': 'Bewerken',
  'matrix.move': 'Verplaatsen',
  'matrix.remove': 'Verwijderen',
  'matrix.undo': 'Ongedaan maken',
  'matrix.storage-unavailable': 'Uw plan kan in deze browser niet worden bewaard; het blijft staan zolang deze pagina open is.',
  // Export, import and print (the plan's files).
  'matrix.io.json': 'JSON downloaden',
  'matrix.io.csv': 'CSV downloaden',
  'matrix.io.import': 'Plan importeren',
  'matrix.io.print': 'Afdrukken',
} satisfies Record<string, Message>;

export default nl;

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
  'matrix.added': '{title} toegevoegd aan {level}, {phase}.',
  'matrix.saved': '{title} opgeslagen.',
  'matrix.moved': '{title} verplaatst naar {level}, {phase}.',
  'matrix.removed': '{title} verwijderd. Met Ongedaan maken zet u de actie terug.',
  'matrix.restored': '{title} teruggezet.',
  'matrix.storage-unavailable': 'Uw plan kan in deze browser niet worden bewaard; het blijft staan zolang deze pagina open is.',
  // Export, import and print (the plan's files).
  'matrix.io.json': 'JSON downloaden',
  'matrix.io.csv': 'CSV downloaden',
  'matrix.io.import': 'Plan importeren',
  'matrix.io.print': 'Afdrukken',
  'matrix.votes-caption': { one: 'Boven elke fase: hoeveel van de {count} respondent uit de teamscan de organisatie in die fase plaatst.', other: 'Boven elke fase: hoeveel van de {count} respondenten uit de teamscan de organisatie in die fase plaatsen.' },
  'matrix.votes': '{count} van {total}',
} satisfies Record<string, Message>;

export default nl;

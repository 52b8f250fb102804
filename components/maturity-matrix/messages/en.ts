import type { Message } from '../../../src/core/i18n.js';
import type nl from './nl.js';

/** English messages of `<lio-maturity-matrix>` (the same keys as the Dutch ones, checked by the compiler). */
const en: Record<keyof typeof nl, Message> = {
  'matrix.title': 'Action plan by level and phase',
  'matrix.caption': 'Actions by level (rows) and phase (columns). An empty cell is a gap in the plan.',
  'matrix.level-phase': 'Level and phase',
  'matrix.about': 'About',
  'matrix.phases': 'the phases',
  'matrix.gap': 'no actions yet',
  'matrix.gaps': { one: '{count} cell without actions', other: '{count} cells without actions' },
  'matrix.actions': { one: '{count} action', other: '{count} actions' },
  'matrix.counts': '{planned} planned, {running} running, {done} done',
  'matrix.status.planned': 'planned',
  'matrix.status.running': 'running',
  'matrix.status.done': 'done',
  'matrix.kind.catalogue': 'from the catalogue',
  'matrix.kind.own': 'own action',
  'matrix.owner': 'Owner: {owner}',
  'matrix.note': 'Note: {note}',
  'matrix.unknown-intervention': 'unknown intervention ({id})',
  'matrix.scan-mark': 'improvement point from the scan',
  'matrix.add': 'Add an action',
  'matrix.edit': 'Edit',
  'matrix.move': 'Move',
  'matrix.remove': 'Remove',
  'matrix.undo': 'Undo',
  'matrix.storage-unavailable': 'Your plan cannot be kept in this browser; it stays while this page is open.',
  // Export, import and print (the plan's files).
  'matrix.io.json': 'Download JSON',
  'matrix.io.csv': 'Download CSV',
  'matrix.io.import': 'Import a plan',
  'matrix.io.print': 'Print',
};

export default en;

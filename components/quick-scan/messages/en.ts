import type { Message } from '../../../src/core/i18n.js';
import type nl from './nl.js';

/** English messages of `<lio-quick-scan>` (the same keys as the Dutch ones, checked by the compiler). */
const en: Record<keyof typeof nl, Message> = {
  'scan.no-question-set': 'This catalogue has no question set for the quick scan.',
  'scan.title': 'Quick scan: the learning and innovative organisation',
  'scan.intro': 'How are learning and innovation doing in your organisation? For each statement, say how far you agree. The outcome shows what goes well, where things could be better, and which interventions fit.',
  'scan.length': { one: '{count} statement on {levels}, about {minutes} minutes.', other: '{count} statements on {levels}, about {minutes} minutes.' },
  'scan.levels-count': { one: '{count} level', other: '{count} levels' },
  'scan.privacy': 'Your answers stay in this browser. Nothing is sent.',
  'scan.privacy-submit': 'Your answers stay in this browser. Only if you choose to at the end is your anonymous result sent.',
  'scan.privacy-none': 'Your answers stay in this browser while the page is open. Nothing is sent.',
  'scan.storage-unavailable': 'Your answers cannot be kept in this browser. The scan still works; once the page is closed, the answers are gone.',
  'scan.role': 'What is your role? (optional)',
  'scan.role-none': 'I would rather not say',
  'scan.start': 'Start the scan',
  'scan.resume-title': 'You had already started',
  'scan.resume-text': { one: 'You have answered {count} of the {total} statements.', other: 'You have answered {count} of the {total} statements.' },
  'scan.resume-results': 'You finished the scan. Your result is still here.',
  'scan.resume': 'Go on',
  'scan.restart': 'Start again',
  'scan.step': 'Step {step} of {steps}',
  'scan.answered': '{count} of {total} statements answered',
  'scan.progress': 'Progress',
  'scan.back': 'Back',
  'scan.next': 'Next',
  'scan.to-check': 'Review your answers',
  'scan.statement': 'Statement {number}',
  'scan.phase': 'Where does your organisation stand, in your view? (optional)',
  'scan.phase-hint': 'The five phases of the maturity model in the report.',
  'scan.phase-none': "Don't know",
  'scan.check-title': 'Check your answers',
  'scan.check-complete': 'You have answered every statement.',
  'scan.check-open': {
    one: '{count} statement has no answer yet. That is allowed: its factor then counts for less or is not scored.',
    other: '{count} statements have no answer yet. That is allowed: their factors then count for less or are not scored.',
  },
  'scan.check-go': 'Answer: {level}',
  'scan.show-results': 'Show the outcome',
  'scan.not-scored': 'not scored',
};

export default en;

import type { Catalogue } from '../../../src/core/catalogue.js';
import type { MessageParams } from '../../../src/core/i18n.js';
import type { Lang } from '../../../src/core/ids.js';
import type { ScanScores, TeamSummary } from '../../../src/core/scan.js';
import type { Level, LocalizedText, ScanQuestionSet } from '../../../src/core/schema.js';
import type { HeadingOptions } from '../../../src/elements/heading.js';
import type { MessageKey } from '../messages/index.js';
import type { ScanProgress } from '../progress-slice.js';

/** A statement of the question set. */
export type Statement = ScanQuestionSet['statements'][number];

/** One question step: a level and its statements in the scan. */
export interface ScanStep {
  level: Level;
  statements: Statement[];
}

/** A code the team view could not read, and why (already in words). */
export interface RejectedCode {
  code: string;
  reason: string;
}

/** What the visitor can do. */
export interface ScanActions {
  start(): void;
  resume(): void;
  restart(): void;
  answer(id: string, value: string): void;
  role(id: string): void;
  phase(id: string): void;
  goTo(step: number): void;
  toCheck(): void;
  showResults(): void;
  edit(): void;
  askReset(ask: boolean): void;
  reset(): void;
  toggleSaved(id: string): void;
  showInFinder(factor: string): void;
  print(): void;
  download(format: 'csv' | 'json'): void;
  copy(what: 'code' | 'link'): void;
  downloadCode(): void;
  consent(given: boolean): void;
  submit(): void;
  team(open: boolean): void;
  addCodes(text: string): void;
  addFiles(files: FileList | readonly File[]): void;
  removeCode(index: number): void;
  clearCodes(): void;
}

/** Everything a view of the quick scan reads. Views render; they hold no state of their own. */
export interface ScanView {
  catalogue: Catalogue;
  set: ScanQuestionSet;
  lang: Lang;
  t(key: MessageKey, params?: MessageParams): string;
  text(value: LocalizedText): string;
  heading(offset: number, content: unknown, options?: HeadingOptions): unknown;
  /** A score as shown: one decimal in the language's notation. */
  score(value: number | undefined): string;
  steps: ScanStep[];
  /** Statements in the scan, in order. */
  statements: Statement[];
  progress: ScanProgress;
  scores: ScanScores;
  shortlist: readonly string[];
  layout: 'steps' | 'single';
  finderUrl: string;
  submitUrl: string;
  act: ScanActions;
}

/** The team view's extra data. */
export interface TeamView extends ScanView {
  summary: TeamSummary;
  rejected: readonly RejectedCode[];
  added: number;
  minGroupSize: number;
}

/** The title of a level or factor of the catalogue, in the view's language. */
export function factorName(view: Pick<ScanView, 'catalogue' | 'text'>, id: string): string {
  const factor = view.catalogue.factorById.get(id);
  return factor ? view.text(factor.title) : id;
}

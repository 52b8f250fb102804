/**
 * The quick scan's own events, merged into the shared `LioEventMap` (and so into
 * `GlobalEventHandlersEventMap`). They fire for what the visitor did.
 */
import type { ScanResultJson } from '../../src/core/scan.js';

/** Where the visitor is in the scan. */
export type ScanStage = 'intro' | 'questions' | 'check' | 'results' | 'team';

/** Detail of `lio-scan-start`: the visitor started the scan (anew, or again after "start again"). */
export interface LioScanStartDetail {
  scanId: string;
  /** Statements in this scan. */
  total: number;
}

/** Detail of `lio-scan-step`: the visitor moved to another step. */
export interface LioScanStepDetail {
  scanId: string;
  stage: ScanStage;
  /** The question step (1-based) while `stage` is `questions`; 0 otherwise. */
  step: number;
  /** Question steps in this scan (1 with `layout="single"`). */
  steps: number;
  /** The level shown in this question step, when the step shows one level. */
  level?: string;
  /** Statements answered so far ("don't know" included). */
  answered: number;
}

/** Detail of `lio-scan-reset`: the visitor threw the answers away and started again. */
export interface LioScanResetDetail {
  scanId: string;
}

declare module '../../src/elements/events.js' {
  interface LioEventMap {
    'lio-scan-start': CustomEvent<LioScanStartDetail>;
    'lio-scan-step': CustomEvent<LioScanStepDetail>;
    /** The visitor asked for the results: the same anonymous object as the opt-in POST. */
    'lio-scan-complete': CustomEvent<ScanResultJson>;
    'lio-scan-reset': CustomEvent<LioScanResetDetail>;
  }
}

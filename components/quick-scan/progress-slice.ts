/**
 * The quick scan's saved progress: a workspace slice `scanProgress` that holds, per `scan-id`, the
 * answers, role, phase, where the visitor was, and the team view's codes. Being part of the
 * workspace, it follows the `persist` rules, is shared with other tabs, and a refused storage keeps
 * it in memory. Checked with small validators (no zod in the first load).
 */
import { isScanAnswer, type ScanAnswer } from '../../src/core/scan.js';
import { defineSlice, isId, isRecord } from '../../src/elements/workspace-data.js';

/** Where the visitor was when they left. */
export type SavedStage = 'questions' | 'check' | 'results';

/** One scan's progress. */
export interface ScanProgress {
  /** The fingerprint of the question set the answers belong to; answers of another set are not mixed in. */
  set: string;
  answers: Record<string, ScanAnswer>;
  role?: string;
  phase?: string;
  stage: SavedStage;
  /** The question step (0-based) when `stage` is `questions`. */
  step: number;
  /** Result codes the facilitator entered in the team view, in their order. */
  team: string[];
}

declare module '../../src/elements/workspace-data.js' {
  interface WorkspaceSlices {
    /** The quick scan's progress per `scan-id`. */
    scanProgress: Record<string, ScanProgress>;
  }
}

const STAGES: readonly SavedStage[] = ['questions', 'check', 'results'];
/** More codes than any team pastes; keeps a tampered store from growing without end. */
const MAX_CODES = 2000;

/** A clean copy of one scan's progress, or undefined when it is not one. */
export function checkProgress(value: unknown): ScanProgress | undefined {
  if (!isRecord(value) || !isId(value.set) || !isRecord(value.answers) || !STAGES.includes(value.stage as SavedStage)) return undefined;
  const answers: Record<string, ScanAnswer> = {};
  for (const [id, answer] of Object.entries(value.answers)) {
    // `__proto__` from parsed JSON would set a prototype, not an answer.
    if (isId(id) && id !== '__proto__' && isScanAnswer(answer)) answers[id] = answer;
  }
  const team = Array.isArray(value.team) ? value.team.filter(isId).slice(0, MAX_CODES) : [];
  const step = Number.isSafeInteger(value.step) && (value.step as number) >= 0 ? (value.step as number) : 0;
  return {
    set: value.set,
    answers,
    ...(isId(value.role) && { role: value.role }),
    ...(isId(value.phase) && { phase: value.phase }),
    stage: value.stage as SavedStage,
    step,
    team,
  };
}

defineSlice('scanProgress', {
  check: (value) => {
    if (!isRecord(value)) return undefined;
    const scans: Record<string, ScanProgress> = {};
    for (const [id, progress] of Object.entries(value)) {
      const checked = id !== '__proto__' && isId(id) ? checkProgress(progress) : undefined;
      if (checked) scans[id] = checked;
    }
    return scans;
  },
});

/**
 * Quick-scan scoring: from a visitor's answers to a score per factor and per level, and the
 * strengths and improvement points the question set's thresholds pick out. Pure: no DOM, no Lit.
 */
import type { Catalogue } from '../catalogue.js';
import type { LevelId } from '../ids.js';

/** One statement of a question set, as scoring needs it. */
export interface ScanStatementLike {
  readonly id: string;
  /** The catalogue factor the statement measures. */
  readonly factor: string;
  /** Reverse-scored: an answer `v` counts as `6 - v`. */
  readonly reverse?: boolean | undefined;
}

/**
 * The part of a catalogue's `scan` question set that the core logic reads. The schema's type
 * satisfies it; tests and hosts can pass a smaller object.
 */
export interface ScanQuestionSetLike {
  /** Format version of the question set. */
  readonly version: number;
  /** The roles a respondent may pick, in display order (their order is part of a result code). */
  readonly roles: readonly { readonly id: string }[];
  /** Factor mean ≥ `strength` is a strength; mean < `improvement` an improvement point. */
  readonly thresholds: { readonly strength: number; readonly improvement: number };
  /** The statements in display order (their order is part of a result code). */
  readonly statements: readonly ScanStatementLike[];
}

/** One answer on the 5-point agreement scale (1 = strongly disagree), or "don't know". */
export type ScanAnswer = 1 | 2 | 3 | 4 | 5 | 'dont-know';

/** Answers by statement id; an unanswered statement is absent. */
export type ScanAnswers = Readonly<Record<string, ScanAnswer>>;

/** The score of one factor. */
export interface FactorScore {
  id: string;
  level: LevelId;
  /** Mean of the scored answers (1–5, reverse-scored where marked); undefined when "not scored". */
  score?: number | undefined;
  /** Statements of this factor answered on the scale (not "don't know"). */
  scored: number;
  /** Statements of this factor in the scan. */
  statements: number;
}

/** The score of one level: the mean of its scored factors. */
export interface LevelScore {
  id: LevelId;
  /** Undefined when none of its factors is scored. */
  score?: number | undefined;
  factors: FactorScore[];
}

/** The scored scan. */
export interface ScanScores {
  /** The levels in the scan, in the catalogue's order, each with its factors. */
  levels: LevelScore[];
  /** Every factor in the scan, in the catalogue's order. */
  factors: FactorScore[];
  /** Factors with a score ≥ the strength threshold, strongest first. */
  strengths: FactorScore[];
  /** Factors with a score < the improvement threshold, weakest first. */
  improvements: FactorScore[];
  /** Statements with an answer, "don't know" included. */
  answered: number;
  /** Statements answered "don't know". */
  dontKnow: number;
  /** Statements in the scan. */
  total: number;
}

/** Options for a scan over part of the model. */
export interface ScanOptions {
  /** Only these levels (a shorter scan); all levels when absent or empty. */
  levels?: readonly string[] | undefined;
}

/** Every answer, in scale order; a result code writes answer `SCAN_ANSWERS[d - 1]` as digit `d`. */
export const SCAN_ANSWERS: readonly ScanAnswer[] = [1, 2, 3, 4, 5, 'dont-know'];

/** True for a value that is a valid answer (stored answers may be stale or tampered with). */
export function isScanAnswer(value: unknown): value is ScanAnswer {
  return SCAN_ANSWERS.includes(value as ScanAnswer);
}

const mean = (values: readonly number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : undefined);

/**
 * The statements of `set` that are part of the scan: those whose factor the catalogue knows and
 * whose level is in `options.levels` (every level when none are given), in the set's order.
 */
export function scanStatements<S extends ScanStatementLike>(catalogue: Catalogue, set: { readonly statements: readonly S[] }, options: ScanOptions = {}): S[] {
  const levels = options.levels?.length ? new Set(options.levels) : undefined;
  return set.statements.filter((s) => {
    const factor = catalogue.factorById.get(s.factor);
    return factor && (!levels || levels.has(factor.level));
  });
}

/**
 * Score `answers`: per factor the mean of its answered statements (an answer `v` on a reverse
 * statement counts as `6 - v`; "don't know", unanswered and invalid values are not scored; a factor
 * without scored answers has no score, never 0), per level the mean of its scored factors, and
 * the strengths and improvement points by `set.thresholds`. Factors without statements in the set
 * are not part of the scan.
 */
export function scoreScan(catalogue: Catalogue, set: ScanQuestionSetLike, answers: ScanAnswers, options: ScanOptions = {}): ScanScores {
  const statements = scanStatements(catalogue, set, options);
  /** Scored answers by factor; every factor with a statement in the scan has a list. */
  const values = new Map<string, number[]>();
  let answered = 0;
  let dontKnow = 0;
  for (const s of statements) {
    const list = values.get(s.factor) ?? [];
    values.set(s.factor, list);
    // Not `Object.hasOwn`: a statement `constructor` finds a function, which is no answer either.
    const answer: unknown = answers[s.id];
    if (!isScanAnswer(answer)) continue;
    answered++;
    if (answer === 'dont-know') dontKnow++;
    else list.push(s.reverse ? 6 - answer : answer);
  }
  const levels: LevelScore[] = [];
  for (const level of catalogue.levels) {
    const factors: FactorScore[] = level.factors
      .filter((f) => values.has(f.id))
      .map((f) => ({ id: f.id, level: level.id, score: mean(values.get(f.id)!), scored: values.get(f.id)!.length, statements: statements.filter((s) => s.factor === f.id).length }));
    if (factors.length) levels.push({ id: level.id, score: mean(factors.flatMap((f) => f.score ?? [])), factors });
  }
  const factors = levels.flatMap((l) => l.factors);
  const { strength, improvement } = set.thresholds;
  // An unscored factor (undefined) compares false both ways. Sorting is stable: ties keep the catalogue's order.
  const strengths = factors.filter((f) => f.score! >= strength).sort((a, b) => b.score! - a.score!);
  const improvements = factors.filter((f) => f.score! < improvement).sort((a, b) => a.score! - b.score!);
  return { levels, factors, strengths, improvements, answered, dontKnow, total: statements.length };
}

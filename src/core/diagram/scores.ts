/**
 * The quick scan's outcome as the model diagram shows it: a score per factor, the strengths and
 * the improvement points, and the step of the colour scale for a score. Pure: no DOM.
 *
 * Two shapes come in: the workspace's `scan` slice (`scores` by factor id, `strengths`,
 * `weakFactors`) and the quick scan's result object (`lio-scan-complete`'s detail, `factors` with
 * a `score` each, `strengths`, `improvements`). Anything else, or values of the wrong type, count
 * as not scored: a stored result from another version never breaks the diagram.
 */

/** Scores per factor id (1–5), and the factors marked as strength or improvement point. */
export interface DiagramScores {
  scores: ReadonlyMap<string, number>;
  strengths: ReadonlySet<string>;
  improvements: ReadonlySet<string>;
  /** The phase the respondent placed the organisation in, when given. */
  phase?: string;
}

/**
 * What `readDiagramScores` reads: the quick scan's result object (`ScanResultJson`, with
 * `factors` and `improvements`), the workspace's `scan` slice (`scores` and `weakFactors`), or a
 * part of either.
 */
export interface DiagramScanInput {
  factors?: ReadonlyArray<{ id: string; score: number | null }>;
  scores?: Readonly<Record<string, number | null | undefined>>;
  strengths?: readonly string[];
  improvements?: readonly string[];
  weakFactors?: readonly string[];
  phase?: string | null;
}

/** How many steps the colour scale has, and the lowest and highest score. */
export const SCORE_STEPS = 5;
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

const isScore = (value: unknown): value is number => typeof value === 'number' && value >= SCORE_MIN && value <= SCORE_MAX;
const ids = (value: unknown): Set<string> => new Set(Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : []);

/** Read a scan outcome in either shape; undefined when it holds no score at all. */
export function readDiagramScores(value: unknown): DiagramScores | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const source = value as Record<string, unknown>;
  const scores = new Map<string, number>();
  if (Array.isArray(source.factors)) {
    for (const factor of source.factors as unknown[]) {
      const { id, score } = (factor ?? {}) as Record<string, unknown>;
      if (typeof id === 'string' && isScore(score)) scores.set(id, score);
    }
  } else if (typeof source.scores === 'object' && source.scores !== null) {
    for (const [id, score] of Object.entries(source.scores)) if (isScore(score)) scores.set(id, score);
  }
  if (!scores.size) return undefined;
  const phase = typeof source.phase === 'string' ? source.phase : undefined;
  return { scores, strengths: ids(source.strengths), improvements: ids(source.improvements ?? source.weakFactors), ...(phase && { phase }) };
}

/** Tenths of a point: scores are shown with one decimal, and each step spans 8 tenths (1.0–1.7, 1.8–2.5, …). */
const STEP_TENTHS = ((SCORE_MAX - SCORE_MIN) * 10) / SCORE_STEPS;

/**
 * The step (0 to `SCORE_STEPS - 1`) of the colour scale for `score`, taken from the score as
 * shown (rounded to one decimal), so a chip that reads "1,8" always has the colour the legend
 * gives to 1,8: steps of equal width over 1–5, 5 itself in the last.
 */
export function scoreStep(score: number): number {
  const tenths = Math.round(score * 10) - SCORE_MIN * 10;
  return Math.min(SCORE_STEPS - 1, Math.max(0, Math.floor(tenths / STEP_TENTHS)));
}

/** Each step's first and last score as shown (one decimal), for the legend: 1.0–1.7 … 4.2–5.0. */
export function scoreSteps(): Array<[number, number]> {
  return Array.from({ length: SCORE_STEPS }, (_, i) => {
    const from = SCORE_MIN * 10 + i * STEP_TENTHS;
    return [from / 10, i === SCORE_STEPS - 1 ? SCORE_MAX : (from + STEP_TENTHS - 1) / 10];
  });
}

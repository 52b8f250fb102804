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

/**
 * The step (0 to `SCORE_STEPS - 1`) of the colour scale for `score`: the range 1–5 cut into
 * equal parts, each step's upper bound belonging to the next one, 5 itself to the last.
 */
export function scoreStep(score: number): number {
  const width = (SCORE_MAX - SCORE_MIN) / SCORE_STEPS;
  return Math.min(SCORE_STEPS - 1, Math.max(0, Math.floor((score - SCORE_MIN) / width + 1e-9)));
}

/** The bounds of each step, for the legend: `[from, to]`, the last including 5. */
export function scoreSteps(): Array<[number, number]> {
  const width = (SCORE_MAX - SCORE_MIN) / SCORE_STEPS;
  return Array.from({ length: SCORE_STEPS }, (_, i) => [SCORE_MIN + i * width, SCORE_MIN + (i + 1) * width]);
}

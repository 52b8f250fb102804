/**
 * Validation problems in a form both machines and people can read:
 * `{ path: "interventions[12].level", code: "invalid-value", message: "expected one of employee, task, …" }`.
 */

/** Every kind of problem the catalogue loader can report. */
export type ProblemCode =
  | 'invalid-json'
  | 'invalid-type'
  | 'invalid-value'
  | 'invalid-format'
  | 'too-small'
  | 'wrong-count'
  | 'unknown-field'
  | 'invalid-text'
  | 'missing-dutch'
  | 'duplicate-id'
  | 'unknown-factor'
  | 'unknown-related'
  | 'unknown-remove'
  | 'missing-entry'
  | 'threshold-order'
  | 'alias-shadows-id'
  | 'alias-chain'
  | 'unknown-alias-target'
  | 'fetch-failed'
  | 'fetch-timeout'
  | 'below-minimum'
  | 'above-maximum'
  | 'not-an-integer'
  | 'out-of-range'
  | 'too-many-problems'
  | 'too-long'
  | 'too-many'
  | 'invalid';

/**
 * Problems only the schema and cross-checks (validate.ts, references.ts) report; their Dutch
 * wording is loaded with them (`validationProblemMessagesNl`).
 */
export type ValidationOnlyProblemCode = 'wrong-count' | 'threshold-order' | 'alias-shadows-id' | 'alias-chain' | 'unknown-alias-target';

/**
 * Problems only a plan import reports (a text or a list over its limit); their Dutch wording is
 * loaded with it (`planProblemMessagesNl`).
 */
export type PlanOnlyProblemCode = 'too-long' | 'too-many';

export interface Problem {
  /**
   * JSON path of the offending value, e.g. `interventions[12].level`; empty for the root. Inside
   * a scan statement the path names it: `scan.statements[3] (autonomy-2).factor`.
   */
  path: string;
  code: ProblemCode;
  /** English description; `i18n.describeProblem` gives the translated one. */
  message: string;
  /**
   * Values the message was built from, for translation (`values`, `expected`, `id`, `keys`,
   * `minimum`, `maximum`, `value`, `count`, `strength`, `improvement`; a scan result code's `reason`). An unknown id may also have `suggestion`, the
   * nearest known id ("did you mean"), and an unknown factor `valid`, every factor id.
   */
  params?: Record<string, string | number>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/**
 * At most this many problems are kept; the rest are counted in one closing `too-many-problems`
 * problem (`params.count`). A file with hundreds of thousands of mistakes must still give an
 * answer, and nobody reads past the first thousand.
 */
export const MAX_PROBLEMS = 1000;

/** The closing problem that stands for `count` problems left out of a capped list. */
export function omittedProblems(count: number): Problem {
  return problem('', 'too-many-problems', `${count} more ${count === 1 ? 'problem' : 'problems'} not listed`, { count });
}

/** Keep the first MAX_PROBLEMS problems and count the rest in one closing problem. */
export function capProblems(problems: readonly Problem[]): Problem[] {
  if (problems.length <= MAX_PROBLEMS) return [...problems];
  return [...problems.slice(0, MAX_PROBLEMS), omittedProblems(problems.length - MAX_PROBLEMS)];
}

/** How many problems a (possibly capped) list stands for, counting the ones left out. */
export function countProblems(problems: readonly Problem[]): number {
  return problems.reduce((n, p) => n + (p.code === 'too-many-problems' ? Number(p.params?.count ?? 0) : 1), 0);
}

/** `['interventions', 12, 'level']` → `interventions[12].level` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** One line per problem: `path: message`. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('\n');
}

export function problem(path: string, code: ProblemCode, message: string, params?: Problem['params']): Problem {
  return params ? { path, code, message, params } : { path, code, message };
}


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
 * Problems that code in a widget's first load reports: a preset attribute, a catalogue that cannot
 * be fetched or read as JSON, a missing question set, a `submit-url` that is not http(s). Their
 * Dutch wording is in i18n.ts (`problemMessagesNl`). Every other code is reported only by code that
 * loads later and brings its wording along: the schema's and the cross-checks' (`issues.ts`,
 * `references.ts`, with `validationProblemMessagesNl`) and a plan import's (`planProblemMessagesNl`).
 */
export type FirstLoadProblemCode = 'invalid-json' | 'invalid-value' | 'invalid-format' | 'missing-entry' | 'fetch-failed' | 'fetch-timeout' | 'out-of-range' | 'invalid';

/**
 * Problems only the schema and cross-checks report (`issues.ts`, `references.ts`, used by
 * validate.ts and a plan import); their Dutch wording is loaded with them (`validationProblemMessagesNl`).
 */
export type ValidationOnlyProblemCode = Exclude<ProblemCode, FirstLoadProblemCode | PlanOnlyProblemCode>;

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

/** How many problems a (possibly capped) list stands for, counting the ones left out. */
export function countProblems(problems: readonly Problem[]): number {
  return problems.reduce((n, p) => n + (p.code === 'too-many-problems' ? Number(p.params?.count ?? 0) : 1), 0);
}

/** One line per problem: `path: message`. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('\n');
}

export function problem(path: string, code: ProblemCode, message: string, params?: Problem['params']): Problem {
  return params ? { path, code, message, params } : { path, code, message };
}


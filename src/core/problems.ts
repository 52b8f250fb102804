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
  | 'unknown-field'
  | 'invalid-text'
  | 'missing-dutch'
  | 'duplicate-id'
  | 'unknown-factor'
  | 'unknown-related'
  | 'unknown-remove'
  | 'missing-entry'
  | 'fetch-failed'
  | 'fetch-timeout'
  | 'invalid';

export interface Problem {
  /** JSON path of the offending value, e.g. `interventions[12].level`; empty for the root. */
  path: string;
  code: ProblemCode;
  /** English description; `i18n.describeProblem` gives the translated one. */
  message: string;
  /** Values the message was built from, for translation (`values`, `expected`, `id`, `keys`, `minimum`). */
  params?: Record<string, string | number>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

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

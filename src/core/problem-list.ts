/**
 * How the checks build their problem lists: paths from zod's, and the cap on their length. Only
 * the checks use these (validate.ts, references.ts, issues.ts, a plan import), which load after a
 * widget's first load, so they live apart from problems.ts, which every widget loads.
 */
import { problem, type Problem } from './problems.js';

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

/** `['interventions', 12, 'level']` → `interventions[12].level` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/**
 * Reading a journey file or the data of a journey link. A bad one gives its problems, each with
 * its place (`slices.plan.default.actions[0].status`), and no journey, so the element changes
 * nothing. Problems come in file order, at most MAX_PROBLEMS.
 *
 *   parseJourney(text)   → the journey in a JSON text, or every problem with it
 *   readJourney(value)   → the same for a parsed value
 */
import type { $ZodIssue } from 'zod/v4/core';
import { planIssueToProblem } from '../plan/issues.js';
import { addPlanProblemMessages } from '../plan/messages.js';
import { problem, type Problem, type Result } from '../problems.js';
import { capProblems, formatPath } from '../problem-list.js';
import { isRecord } from '../records.js';
import { addValidationProblemMessages } from '../validation-messages.js';
import { JOURNEY_FORMAT, JOURNEY_VERSION } from './format.js';
import { Journey } from './schema.js';

// The Dutch wording of the plan format's own problems (a text too long, a date) arrives with it.
addPlanProblemMessages();
addValidationProblemMessages();

/** Read the journey in a JSON text (a file's content); see {@link readJourney}. */
export function parseJourney(text: string): Result<Journey> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [problem('', 'invalid-json', `not valid JSON (${detail})`)] };
  }
  return readJourney(value);
}

/**
 * Check a parsed value as a journey. A value that is not an object, another file's `format` (a
 * plan, a scan result) or another `version` gives that one problem: its fields mean something
 * else. Otherwise every problem at once: the format's, and action ids used twice in a plan (the
 * matrix needs them unique). `$schema` is dropped, at the top and in each plan.
 *
 * The catalogue is not consulted: the widgets show what the catalogue in use does not know (an
 * intervention of another fund's catalogue keeps its title in the plan), as they do for the
 * workspace they keep themselves.
 */
export function readJourney(value: unknown): Result<Journey> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problems: [problem('', 'invalid-type', 'expected a JSON object', { expected: 'object' })] };
  }
  const { format, version } = value as Record<string, unknown>;
  if (format !== JOURNEY_FORMAT) {
    const found = typeof format === 'string' ? ` (this is "${format.slice(0, 40)}")` : '';
    return { ok: false, problems: [problem('format', 'invalid-value', `expected ${JOURNEY_FORMAT}${found}`, { values: JOURNEY_FORMAT })] };
  }
  if (version !== JOURNEY_VERSION) {
    return {
      ok: false,
      problems: [problem('version', 'invalid-value', `expected ${JOURNEY_VERSION} (a journey format version this version of lio-widgets reads)`, { values: String(JOURNEY_VERSION) })],
    };
  }
  const parsed = Journey.safeParse(value, { reportInput: true });
  const problems = parsed.success ? [] : parsed.error.issues.map(journeyIssueToProblem);
  problems.push(...duplicateActionIds((value as Record<string, unknown>).slices));
  if (problems.length) return { ok: false, problems: capProblems(inFileOrder(problems, value)) };
  const { $schema: _schema, ...journey } = parsed.data!;
  const plans = journey.slices.plan;
  if (!plans) return { ok: true, value: journey };
  const clean = Object.fromEntries(Object.entries(plans).map(([id, { $schema: _s, ...plan }]) => [id, plan]));
  return { ok: true, value: { ...journey, slices: { ...journey.slices, plan: clean } } };
}

/** The plan format's wording for its fields, an answer's scale, and a map over its limit. */
function journeyIssueToProblem(issue: $ZodIssue): Problem {
  const path = formatPath(issue.path);
  if (issue.code === 'invalid_union') return problem(path, 'invalid-value', 'expected one of 1, 2, 3, 4, 5, dont-know', { values: '1, 2, 3, 4, 5, dont-know' });
  if (issue.code === 'custom' && typeof issue.params?.['maximum'] === 'number') {
    return problem(path, 'too-many', issue.message, { maximum: issue.params['maximum'] });
  }
  return planIssueToProblem(issue);
}

/** Action ids used twice within one plan: the schema cannot see them, the matrix relies on them. */
function duplicateActionIds(slices: unknown): Problem[] {
  const plans = isRecord(slices) && isRecord(slices['plan']) ? slices['plan'] : {};
  const problems: Problem[] = [];
  for (const [planId, plan] of Object.entries(plans)) {
    const actions = isRecord(plan) && Array.isArray(plan['actions']) ? (plan['actions'] as unknown[]) : [];
    const seen = new Set<string>();
    actions.forEach((action, i) => {
      const id = isRecord(action) ? action['id'] : undefined;
      if (typeof id !== 'string') return;
      if (seen.has(id)) problems.push(problem(formatPath(['slices', 'plan', planId, 'actions', i, 'id']), 'duplicate-id', `"${id}" is used twice`, { id }));
      seen.add(id);
    });
  }
  return problems;
}


/**
 * Problems in the order their places appear in the file (the order of its keys and items), so a
 * long list reads top to bottom. Stable for problems at the same place.
 */
function inFileOrder(problems: Problem[], value: unknown): Problem[] {
  const order = new Map<string, number>();
  const walk = (node: unknown, path: PropertyKey[]) => {
    order.set(formatPath(path), order.size);
    if (Array.isArray(node)) node.forEach((item, i) => walk(item, [...path, i]));
    else if (isRecord(node)) for (const [key, item] of Object.entries(node)) walk(item, [...path, key]);
  };
  walk(value, []);
  // A missing field has no place of its own: it sorts with its parent.
  const rank = (path: string): number => order.get(path) ?? (path ? rank(path.replace(/(\.[^.[]*|\[\d+\])$/, '')) : 0);
  return problems.map((p, i) => ({ p, i, at: rank(p.path) })).sort((a, b) => a.at - b.at || a.i - b.i).map(({ p }) => p);
}

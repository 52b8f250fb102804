/**
 * Reading a plan file and merging two plans (two teams' plans). A file is checked against the
 * plan format (schema.ts) and against the catalogue in use; a bad file gives its problems and no
 * plan, so the element changes nothing. Problems come in file order, at most MAX_PROBLEMS.
 *
 *   parsePlan(text, catalogue)  → the plan in a JSON text, or every problem with it
 *   readPlan(value, catalogue)  → the same for a parsed value
 *   mergePlans(base, incoming)  → one plan with both plans' actions, and what was added or merged
 */
import { parseJson, type Catalogue } from '../catalogue.js';
import { problem, type Problem, type Result } from '../problems.js';
import { capProblems } from '../problem-list.js';
import { nearest } from '../references.js';
import { planIssueToProblem } from './issues.js';
import { addPlanProblemMessages } from './messages.js';
import { newActionId } from './new-id.js';
import { ACTION_STATUSES, Plan, PLAN_FORMAT, PLAN_LIMITS, PLAN_VERSION, type PlanAction } from './schema.js';

// The Dutch wording of the problems only an import reports arrives with it.
addPlanProblemMessages();

/** Read the plan in a JSON text (a file's content) for `catalogue`; see {@link readPlan}. */
export function parsePlan(text: string, catalogue: Catalogue): Result<Plan> {
  const json = parseJson(text);
  return json.ok ? readPlan(json.value, catalogue) : json;
}

/**
 * Check a parsed value as a plan for `catalogue`. A value that is not an object, another file's
 * `format` (a scan result, a catalogue) or another `version` gives that one problem: its fields
 * mean something else. Otherwise every problem at once: the format's (with JSON paths such as
 * `actions[3].status`), action ids used twice, and interventions the catalogue does not know
 * (with the nearest known id). Old intervention ids (the catalogue's `aliases`) are read as the
 * ids they now go by; `$schema` is dropped.
 */
export function readPlan(value: unknown, catalogue: Catalogue): Result<Plan> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problems: [problem('', 'invalid-type', 'expected a JSON object', { expected: 'object' })] };
  }
  const { format, version } = value as Record<string, unknown>;
  if (format !== PLAN_FORMAT) {
    const found = typeof format === 'string' ? ` (this is "${format.slice(0, 40)}")` : '';
    return { ok: false, problems: [problem('format', 'invalid-value', `expected ${PLAN_FORMAT}${found}`, { values: PLAN_FORMAT })] };
  }
  if (version !== PLAN_VERSION) {
    return { ok: false, problems: [problem('version', 'invalid-value', `expected ${PLAN_VERSION} (a plan format version this version of lio-widgets reads)`, { values: String(PLAN_VERSION) })] };
  }
  const parsed = Plan.safeParse(value, { reportInput: true });
  const problems = parsed.success ? [] : parsed.error.issues.map(planIssueToProblem);
  problems.push(...crossCheck((value as Record<string, unknown>).actions, catalogue));
  if (problems.length) return { ok: false, problems: capProblems(sortByAction(problems)) };
  const { $schema: _schema, ...plan } = parsed.data!;
  const current = (id: string) => catalogue.aliases.get(id) ?? id;
  return { ok: true, value: { ...plan, actions: plan.actions.map((a) => (a.intervention ? { ...a, intervention: current(a.intervention) } : a)) } };
}

/**
 * What the schema cannot see: ids used twice and interventions unknown to the catalogue. Reads
 * defensively, so it also runs on a file the schema rejected and an author sees every problem in
 * one go; a malformed value is the schema's to report.
 */
function crossCheck(actions: unknown, catalogue: Catalogue): Problem[] {
  if (!Array.isArray(actions)) return [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const known = [...catalogue.interventionById.keys()];
  actions.forEach((action: unknown, i) => {
    if (typeof action !== 'object' || action === null) return;
    const { id, intervention } = action as Record<string, unknown>;
    if (typeof id === 'string') {
      if (seen.has(id)) problems.push(problem(`actions[${i}].id`, 'duplicate-id', `"${id}" is used twice`, { id }));
      seen.add(id);
    }
    if (typeof intervention === 'string' && intervention && !catalogue.interventionById.has(catalogue.aliases.get(intervention) ?? intervention)) {
      const suggestion = nearest(intervention, known);
      const hint = suggestion ? ` (did you mean "${suggestion}"?)` : '';
      problems.push(problem(`actions[${i}].intervention`, 'unknown-related', `unknown intervention "${intervention}"${hint}`, suggestion ? { id: intervention, suggestion } : { id: intervention }));
    }
  });
  return problems;
}

/** In file order: the plan's own fields first, then per action; within one action, as found (stable). */
function sortByAction(problems: Problem[]): Problem[] {
  const index = (p: Problem) => Number(/^actions\[(\d+)\]/.exec(p.path)?.[1] ?? -1);
  return problems.sort((a, b) => index(a) - index(b));
}

/** What `mergePlans` did with one incoming action. */
export interface MergedAction {
  /** The action's id in the merged plan. */
  id: string;
  /** Its id in the incoming plan. */
  from: string;
}

/** A merged plan and what happened to each incoming action. */
export interface MergeResult {
  plan: Plan;
  /** Incoming actions added as new actions (with a new id where theirs was taken). */
  added: MergedAction[];
  /** Incoming actions that were already in the plan and were merged into that action. */
  merged: MergedAction[];
}

/** An own action's title as compared when merging: Unicode-normalised, lower case, single spaces. */
export function normaliseTitle(title: string): string {
  return title.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** What makes two actions in one cell the same: the catalogue intervention, else the normalised title. */
function sameKey(action: PlanAction): string {
  const what = action.intervention ? `i:${action.intervention}` : `t:${normaliseTitle(action.title ?? '')}`;
  return `${action.level}/${action.phase}/${what}`;
}

/**
 * Merge `incoming` (another team's plan) into `base`: every action of both, where the same catalogue
 * intervention in the same cell, or an own action with the same normalised title in the same cell,
 * is kept once. A merged action keeps `base`'s id, title and owner (the incoming owner when `base`
 * has none), takes the status furthest along (done > running > planned) and keeps both notes when
 * they differ and fit the note limit together (else `base`'s). Added actions keep their id unless
 * it is taken. The plan's own fields (id, title, updated) are `base`'s. Two actions of `incoming`
 * that are the same are merged too.
 */
export function mergePlans(base: Plan, incoming: Plan, options: { generateId?: () => string } = {}): MergeResult {
  const actions = [...base.actions];
  const byKey = new Map<string, number>();
  actions.forEach((action, i) => {
    if (!byKey.has(sameKey(action))) byKey.set(sameKey(action), i);
  });
  const added: MergedAction[] = [];
  const merged: MergedAction[] = [];
  for (const action of incoming.actions) {
    const at = byKey.get(sameKey(action));
    if (at !== undefined) {
      actions[at] = mergeAction(actions[at]!, action);
      merged.push({ id: actions[at]!.id, from: action.id });
      continue;
    }
    const id = actions.some((a) => a.id === action.id) ? newActionId({ actions }, options.generateId) : action.id;
    byKey.set(sameKey(action), actions.length);
    actions.push({ ...action, id });
    added.push({ id, from: action.id });
  }
  return { plan: { ...base, actions }, added, merged };
}

/** One action out of two that are the same (see `mergePlans`). */
function mergeAction(kept: PlanAction, other: PlanAction): PlanAction {
  const status = ACTION_STATUSES[Math.max(ACTION_STATUSES.indexOf(kept.status), ACTION_STATUSES.indexOf(other.status))]!;
  const owner = kept.owner ?? other.owner;
  let note = kept.note ?? other.note;
  if (kept.note && other.note && !kept.note.includes(other.note)) {
    const both = `${kept.note}\n\n${other.note}`;
    if (both.length <= PLAN_LIMITS.note) note = both;
  }
  return { ...kept, status, ...(owner ? { owner } : {}), ...(note ? { note } : {}) };
}

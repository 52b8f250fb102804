/**
 * The plan format's constants, apart from its zod schemas (schema.ts, which re-exports them) so
 * that the operations, the grid and the exports load no zod: only reading a file needs it.
 */

/** The `format` field of every plan file. */
export const PLAN_FORMAT = 'lio-plan';

/** The plan format's version this build writes and reads. */
export const PLAN_VERSION = 1;

/** Where an action is: planned, under way, or done. The order is the order of progress. */
export const ACTION_STATUSES = ['planned', 'running', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/**
 * Length limits. Generous for what an adviser types in a workshop, small enough that a plan stays
 * a small file and a pasted document is refused rather than stored in every tab's workspace.
 */
export const PLAN_LIMITS = {
  /** Characters of an action's or a plan's id. */
  id: 64,
  /** Characters of a title (an own action's, or the plan's). */
  title: 200,
  /** Characters of an owner (a name, a role or a team). */
  owner: 120,
  /** Characters of a note. */
  note: 2000,
  /** Actions in one plan: 25 cells with 40 each. */
  actions: 1000,
} as const;

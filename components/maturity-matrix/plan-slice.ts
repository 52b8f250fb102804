/**
 * The maturity matrix's saved plans: the workspace slice `plan` (version 2), holding one plan per
 * `plan-id`, like the quick scan's `scanProgress` per scan-id. Being part of the workspace, it
 * follows the `persist` rules, is shared with other tabs, and a refused storage keeps it in memory.
 *
 * Defined here, not in the workspace itself: `checkPlan` is about 0.7 KB gzip that every other
 * widget's first load would carry. A page without the matrix keeps the slice's data unseen and
 * passes it on; the first version (`{ cells }`) is dropped when read, never misread as plans.
 */
import { checkPlan } from '../../src/core/plan/check.js';
import { defineSlice, isId, isRecord, type WorkspacePlan } from '../../src/elements/workspace-data.js';

/** A clean copy of the plans per plan-id: a plan that is not one is dropped alone, so the others survive it. */
export function checkPlans(value: unknown): WorkspacePlan | undefined {
  if (!isRecord(value)) return undefined;
  const plans: WorkspacePlan = {};
  for (const [id, raw] of Object.entries(value)) {
    // `__proto__` from parsed JSON would set a prototype, not a plan.
    const plan = id !== '__proto__' && isId(id) ? checkPlan(raw) : undefined;
    if (plan) plans[id] = plan;
  }
  return plans;
}

defineSlice('plan', { version: 2, check: checkPlans });

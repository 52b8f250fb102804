/**
 * New action ids, for adding (edit.ts) and merging (import.ts): a module of its own, so that the
 * maturity matrix's first load (which only reads plans, plan.ts) does not carry it.
 */
import type { Plan } from './schema.js';

/**
 * An id no action of `plan` has. With `generate` (e.g. random ids in the browser), its first
 * unused answer; without, or when it keeps answering used ids, the next of `a1`, `a2`, … after
 * the highest in use: deterministic, so tests and two exports of one plan agree.
 */
export function newActionId(plan: Pick<Plan, 'actions'>, generate?: () => string): string {
  const used = new Set(plan.actions.map((a) => a.id));
  // A generator that keeps repeating itself must not hang the page.
  for (let tries = 0; generate && tries < 20; tries++) {
    const id = generate();
    if (!used.has(id)) return id;
  }
  let highest = 0;
  for (const id of used) {
    const n = /^a([1-9]\d{0,8})$/.exec(id)?.[1];
    if (n) highest = Math.max(highest, Number(n));
  }
  return `a${highest + 1}`;
}

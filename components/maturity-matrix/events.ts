/**
 * The maturity matrix's own event, merged into the shared `LioEventMap` (and so into
 * `GlobalEventHandlersEventMap`). It fires for what the visitor did, never for a plan that changed
 * in another tab or widget.
 */
import type { Plan } from '../../src/core/plan/schema.js';

/** What the visitor changed. */
export interface LioPlanChange {
  kind: 'add' | 'move' | 'edit' | 'remove' | 'restore' | 'import' | 'merge' | 'clear';
  /** The action concerned, for changes of one action. */
  actionId?: string;
}

/** Detail of `lio-plan-change`: the plan after the change, and the change. */
export interface LioPlanChangeDetail {
  plan: Plan;
  change: LioPlanChange;
}

declare module '../../src/elements/events.js' {
  interface LioEventMap {
    'lio-plan-change': CustomEvent<LioPlanChangeDetail>;
  }
}

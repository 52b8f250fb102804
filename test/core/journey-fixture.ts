/**
 * A real journey's workspace state for the journey tests: the built-in quick scan's statements
 * all answered, a team of six codes, its outcome, three saved interventions and a plan of five
 * actions, made with the plan operations.
 */
import { addAction } from '../../src/core/plan/edit.js';
import { emptyPlan } from '../../src/core/plan/plan.js';
import type { Plan } from '../../src/core/plan/schema.js';
import { defaultJson, load } from '../fixtures/catalogues.js';

const catalogue = load(defaultJson);

/** Every statement of the built-in scan answered, cycling through the scale and "don't know". */
export const answers = Object.fromEntries(catalogue.scan!.statements.map((s, i) => [s.id, i % 7 === 6 ? 'dont-know' : ((i % 5) + 1) as 1 | 2 | 3 | 4 | 5]));

function plan(): Plan {
  let result = emptyPlan();
  const inputs = [
    { level: 'task', phase: 'action', intervention: 'job-crafting', status: 'running', owner: 'HR' },
    { level: 'task', phase: 'selection', intervention: 'workload-conversation-guide', status: 'planned' },
    { level: 'colleagues-and-leader', phase: 'action', title: 'Intervisie elke maand', status: 'planned', note: 'Start in januari' },
    { level: 'organisation', phase: 'application', title: 'Leerbudget per team', status: 'done' },
    { level: 'environment', phase: 'continuous', title: 'Netwerk met het ROC', status: 'planned' },
  ] as const;
  for (const input of inputs) result = addAction(result, input).plan;
  return result;
}

/** A workspace snapshot as the widgets leave it after a team's scan and a plan. */
export function journeyState(): Record<string, unknown> {
  return {
    scanProgress: {
      default: { set: 'set-4f2a9c', answers, role: 'manager', phase: 'action', stage: 'results', step: 0, team: ['A1B2-C3', 'D4E5-F6', 'G7H8-I9', 'J1K2-L3', 'M4N5-O6', 'P7Q8-R9'] },
    },
    scan: {
      weakFactors: ['autonomy', 'feedback'],
      strengths: ['colleague-support'],
      scores: { autonomy: 2.5, feedback: 2.75, 'colleague-support': 4.25 },
      phase: 'action',
      team: { respondents: 6, phases: { unaware: 0, selection: 1, action: 4, application: 1, continuous: 0 } },
      scanId: 'default',
    },
    shortlist: ['job-crafting', 'workload-conversation-guide', 'peer-review'],
    focus: { level: 'task', factor: 'autonomy' },
    plan: { default: plan() },
    // Not part of a journey: some other widget's slice.
    other: { kept: true },
  };
}

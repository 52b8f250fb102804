/**
 * Saving a journey and saying what it holds, without zod (read.ts reads one back):
 *
 *   buildJourney(state, options)  → the journey of a workspace state
 *   journeyToJson(journey)        → a file's text
 *   journeyValues(journey)        → the values to put in the workspace's slices (absent: cleared)
 *   summarizeJourney(journey)     → counts for "a team scan of 6, 3 saved interventions, a plan with 5 actions"
 */
import type { Plan } from '../plan/schema.js';
import { JOURNEY_FORMAT, JOURNEY_SLICES, JOURNEY_VERSION, type JourneySliceName } from './format.js';
import type { Journey, JourneySlices } from './schema.js';

/** When a journey is saved (ISO 8601, UTC, whole seconds) and from which workspace. */
export interface BuildOptions {
  created?: string;
  workspace?: string;
}

/** The time now in the format's form: `2026-11-30T09:00:00Z`. */
export const nowUtc = (): string => new Date().toISOString().replace(/\.\d+Z$/, 'Z');

/**
 * The journey of `state` (a workspace's snapshot): the slices a journey holds, as plain copies
 * (the snapshot is frozen); an empty shortlist or map is left out, so an empty workspace gives a
 * journey with no slices. Other slices of the workspace are not part of a journey.
 */
export function buildJourney(state: Readonly<Record<string, unknown>>, options: BuildOptions = {}): Journey {
  const slices: Record<string, unknown> = {};
  for (const name of Object.keys(JOURNEY_SLICES) as JourneySliceName[]) {
    const value = state[name];
    if (value === undefined || value === null) continue;
    if (Array.isArray(value) ? !value.length : typeof value === 'object' && !Object.keys(value).length) continue;
    slices[name] = JSON.parse(JSON.stringify(value)) as unknown;
  }
  return {
    format: JOURNEY_FORMAT,
    version: JOURNEY_VERSION,
    created: options.created ?? nowUtc(),
    ...(options.workspace ? { workspace: options.workspace } : {}),
    slices: slices as JourneySlices,
  };
}

/** The journey as a file's text: two-space indents and a closing line break. */
export function journeyToJson(journey: Journey): string {
  return `${JSON.stringify(journey, null, 2)}\n`;
}

/**
 * The value of every slice a journey holds, for `Workspace.replace`: what the file has, and
 * `undefined` (cleared) for what it has not, so the restored workspace is the saved one.
 */
export function journeyValues(journey: Journey): Record<JourneySliceName, unknown> {
  const values = {} as Record<JourneySliceName, unknown>;
  for (const name of Object.keys(JOURNEY_SLICES) as JourneySliceName[]) values[name] = journey.slices[name];
  return values;
}

/** What a journey holds, counted: the basis of the line that says it in words. */
export interface JourneySummary {
  /** Whether it has a quick scan: a result (`scan`), answers or team codes (`scanProgress`). */
  scan: boolean;
  /** Respondents of the team's scan, when the result is a team's. */
  respondents?: number;
  /** Questions answered, over every scan. */
  answers: number;
  /** Saved interventions. */
  shortlist: number;
  /** Plans with at least one action. */
  plans: number;
  /** Actions over every plan. */
  actions: number;
  /** Whether a level or factor was picked (in the model diagram). */
  focus: boolean;
  /** Nothing at all to save or restore. */
  empty: boolean;
}

/** Count what `journey` holds. */
export function summarizeJourney(journey: Journey): JourneySummary {
  const { scan, scanProgress = {}, shortlist = [], plan = {}, focus } = journey.slices;
  const progress = Object.values(scanProgress);
  const plans = Object.values(plan as Record<string, Plan>).filter((p) => p.actions.length);
  const answers = progress.reduce((n, p) => n + Object.keys(p.answers).length, 0);
  const codes = progress.some((p) => p.team.length);
  const respondents = scan?.team?.respondents;
  const summary: JourneySummary = {
    scan: Boolean(scan) || answers > 0 || codes,
    answers,
    shortlist: shortlist.length,
    plans: plans.length,
    actions: plans.reduce((n, p) => n + p.actions.length, 0),
    focus: Boolean(focus?.level ?? focus?.factor),
    empty: !scan && !answers && !codes && !shortlist.length && !plans.length && !(focus?.level ?? focus?.factor),
  };
  return respondents === undefined ? summary : { ...summary, respondents };
}

/**
 * A plan checked without zod, for the workspace: its slices are checked by small hand-written
 * validators because the workspace is in every widget's first load, and zod is not. It accepts
 * what the plan schema (schema.ts) accepts, returned the way zod returns it (texts trimmed), and
 * also requires unique action ids, which the operations rely on. A test holds it to the schema.
 * What depends on the catalogue (unknown interventions) is for the import to say, not for this.
 */
import { ID_PATTERN } from '../id-pattern.js';
import { LEVEL_IDS, PHASE_IDS } from '../ids.js';
import { isRecord } from '../records.js';
import { ACTION_STATUSES, PLAN_FORMAT, PLAN_LIMITS, PLAN_VERSION } from './format.js';
import type { Plan, PlanAction } from './schema.js';

type Fields = Record<string, unknown>;

const isPlanId = (value: unknown): value is string => typeof value === 'string' && value.length <= PLAN_LIMITS.id && ID_PATTERN.test(value);
const oneOf = <T extends string>(list: readonly T[], value: unknown): value is T => list.includes(value as T);

/** Only these keys, and the required ones present. */
const hasOnly = (value: Fields, allowed: readonly string[], required: readonly string[]) =>
  Object.keys(value).every((key) => allowed.includes(key)) && required.every((key) => key in value);

/**
 * The optional text at `key`, trimmed: `undefined` when absent; `false` when present but not a
 * text of 1 to `max` characters after trimming (zod trims before it measures).
 */
function optionalText(fields: Fields, key: string, max: number): string | undefined | false {
  if (!(key in fields) || fields[key] === undefined) return undefined;
  const value = fields[key];
  if (typeof value !== 'string') return false;
  const trimmed = value.trim();
  return trimmed.length >= 1 && trimmed.length <= max ? trimmed : false;
}

/** An ISO 8601 date-time in UTC (`Z`), a real day of a real month, as `z.iso.datetime()` takes it. */
function isUtcDateTime(value: unknown): boolean {
  const match = typeof value === 'string' && /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?Z$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Day 0 of the next month is the last day of this one.
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const ACTION_KEYS = ['id', 'level', 'phase', 'status', 'intervention', 'title', 'owner', 'note'] as const;

/** `fields` without the keys whose value is `undefined` (the optional fields left out), in their order. */
const defined = <T>(fields: Fields): T => Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as T;

function checkAction(value: unknown): PlanAction | undefined {
  if (!isRecord(value) || !hasOnly(value, ACTION_KEYS, ['id', 'level', 'phase', 'status'])) return undefined;
  const { id, level, phase, status, intervention } = value;
  if (!isPlanId(id) || !oneOf(LEVEL_IDS, level) || !oneOf(PHASE_IDS, phase) || !oneOf(ACTION_STATUSES, status)) return undefined;
  if (intervention !== undefined && !(typeof intervention === 'string' && ID_PATTERN.test(intervention))) return undefined;
  const action: Fields = { id, level, phase, status, intervention };
  for (const key of ['title', 'owner', 'note'] as const) {
    const text = optionalText(value, key, PLAN_LIMITS[key]);
    if (text === false) return undefined;
    action[key] = text;
  }
  return intervention === undefined && action['title'] === undefined ? undefined : defined(action);
}

/** `value` as a plan (a fresh copy, `$schema` dropped), or `undefined` when it is not one. */
export function checkPlan(value: unknown): Plan | undefined {
  if (!isRecord(value) || !hasOnly(value, ['$schema', 'format', 'version', 'id', 'title', 'updated', 'actions'], ['format', 'version', 'actions'])) return undefined;
  if (value.format !== PLAN_FORMAT || value.version !== PLAN_VERSION) return undefined;
  if (value.$schema !== undefined && typeof value.$schema !== 'string') return undefined;
  if (value.id !== undefined && !isPlanId(value.id)) return undefined;
  if (value.updated !== undefined && !isUtcDateTime(value.updated)) return undefined;
  const title = optionalText(value, 'title', PLAN_LIMITS.title);
  if (title === false || !Array.isArray(value.actions) || value.actions.length > PLAN_LIMITS.actions) return undefined;
  const actions: PlanAction[] = [];
  const ids = new Set<string>();
  for (const item of value.actions) {
    const action = checkAction(item);
    if (!action || ids.has(action.id)) return undefined;
    ids.add(action.id);
    actions.push(action);
  }
  return defined({ format: PLAN_FORMAT, version: PLAN_VERSION, id: value.id, title, updated: value.updated, actions });
}

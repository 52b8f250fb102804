/**
 * The plan's exports: the JSON file (the plan format, versioned; what `parsePlan` reads back) and
 * CSV rows for `toCsv`, with the catalogue's titles in the page's language. Pure: no DOM, no Lit.
 */
import type { Catalogue } from '../catalogue.js';
import { CSV_SEPARATORS, entryTitle, toCsv } from '../csv.js';
import { localize } from '../i18n.js';
import type { Lang } from '../ids.js';
import { PLAN_FORMAT, PLAN_VERSION, type ActionStatus } from './format.js';
import type { Plan, PlanAction } from './schema.js';

/**
 * The plan as a JSON text: fields in a fixed order (format and version first, each action's
 * fields as the format lists them), two-space indents, a closing line break. `updated`, when
 * given, replaces the plan's (the element passes the time of the export).
 */
export function planToJson(plan: Plan, options: { updated?: string } = {}): string {
  const updated = options.updated ?? plan.updated;
  const out = {
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    ...(plan.id ? { id: plan.id } : {}),
    ...(plan.title ? { title: plan.title } : {}),
    ...(updated ? { updated } : {}),
    actions: plan.actions.map(({ id, level, phase, status, intervention, title, owner, note }) => ({ id, level, phase, status, intervention, title, owner, note })),
  };
  // JSON.stringify leaves out the undefined fields.
  return `${JSON.stringify(out, null, 2)}\n`;
}

/**
 * An action's title in `lang`: the catalogue intervention's title, the action's own title when the
 * catalogue does not know the intervention (a plan kept from another catalogue), else the id.
 */
export function actionTitle(catalogue: Catalogue, action: PlanAction, lang: Lang): string {
  const item = action.intervention ? catalogue.interventionById.get(action.intervention) : undefined;
  return item ? localize(item.title, lang) : (action.title ?? action.intervention ?? action.id);
}

/** One CSV row per action. */
export interface PlanCsvRow {
  level: string;
  phase: string;
  title: string;
  /** The caller's word for a catalogue intervention or an own action. */
  kind: string;
  /** The caller's word for the status. */
  status: string;
  owner: string;
  note: string;
  /** The catalogue intervention's id; empty for an own action. */
  intervention: string;
}

/** The words the CSV uses for kinds and statuses, in the page's language (the element's messages). */
export interface PlanCsvWords {
  kinds: Readonly<Record<'catalogue' | 'own', string>>;
  statuses: Readonly<Record<ActionStatus, string>>;
}

/**
 * The actions as rows for `toCsv`, in the grid's order (level by level, phase by phase, then the
 * plan's order within a cell) with level, phase and intervention titles in `lang`.
 */
export function planCsvRows(catalogue: Catalogue, plan: Plan, lang: Lang, words: PlanCsvWords): PlanCsvRow[] {
  const levelOrder = new Map(catalogue.levels.map((l, i) => [l.id as string, i]));
  const phaseOrder = new Map(catalogue.phases.map((p, i) => [p.id as string, i]));
  const place = (a: PlanAction) => (levelOrder.get(a.level) ?? 0) * phaseOrder.size + (phaseOrder.get(a.phase) ?? 0);
  // A stable sort keeps the plan's order within a cell.
  return [...plan.actions]
    .sort((a, b) => place(a) - place(b))
    .map((action) => ({
      level: entryTitle(catalogue.levels, action.level, lang),
      phase: entryTitle(catalogue.phases, action.phase, lang),
      title: actionTitle(catalogue, action, lang),
      kind: words.kinds[action.intervention ? 'catalogue' : 'own'],
      status: words.statuses[action.status],
      owner: action.owner ?? '',
      note: action.note ?? '',
      intervention: action.intervention ?? '',
    }));
}

/** The plan as CSV in `lang` (`;` in Dutch, `,` in English; see `toCsv`); `headers` are the column names. */
export function planToCsv(catalogue: Catalogue, plan: Plan, lang: Lang, words: PlanCsvWords, headers: Readonly<Record<keyof PlanCsvRow, string>>): string {
  return toCsv(planCsvRows(catalogue, plan, lang, words), headers, CSV_SEPARATORS[lang]);
}

/**
 * Stories for <lio-maturity-matrix>: one per state a visitor can reach. Controls come from
 * custom-elements.json (see .storybook/preview.ts); the theme and language toolbars wrap every
 * story (decorator), which also sends every lio-* event to the Actions panel.
 *
 * Every story is self-contained and deterministic: it uses its own `workspace` name with
 * `persist="none"` (nothing is stored) and sets that workspace's `plan`, `scan` and `shortlist`
 * slices each time it renders, so an action added in one story never shows up in another. The
 * plan is the workspace's, as on a page: the element has no property to set it.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { getWorkspace, type PersistMode, type Plan, type WorkspaceScan } from '../src/index.js';
import { defineStoryEventLog } from './helpers/event-log.js';
import { adoptStoryStyles } from './helpers/story-styles.js';

interface MatrixArgs {
  planId: string;
  levels: string;
  editable: boolean;
  headingLevel: number;
  workspace: string;
  persist: PersistMode;
  theme: 'light' | 'dark' | 'auto';
}

defineStoryEventLog();

/** The shared story chrome (`.story-compact`, `.story-themed`; stories/helpers/story-styles.ts). */
adoptStoryStyles();

/**
 * A plan half filled in: catalogue interventions and the organisation's own actions in every
 * status, with an owner and a note here and there, in 9 of the 25 cells; the other 16 are gaps.
 */
const HALF_PLAN: Plan = {
  format: 'lio-plan',
  version: 1,
  title: 'Actieplan team Zorg',
  actions: [
    { id: 'a1', level: 'task', phase: 'selection', status: 'done', intervention: 'job-crafting', owner: 'Teamleider' },
    { id: 'a2', level: 'task', phase: 'action', status: 'running', intervention: 'intrapreneurship-toolbox' },
    { id: 'a3', level: 'task', phase: 'action', status: 'planned', title: 'Elk kwartaal een leerdag per team', note: 'Start na de zomer.' },
    { id: 'a4', level: 'colleagues-and-leader', phase: 'action', status: 'running', intervention: 'constructive-feedback', owner: 'HR' },
    { id: 'a5', level: 'colleagues-and-leader', phase: 'continuous', status: 'planned', intervention: 'experiment-without-blame' },
    { id: 'a6', level: 'organisation', phase: 'unaware', status: 'done', intervention: 'discuss-why-learning-organisation', owner: 'Directie' },
    { id: 'a7', level: 'organisation', phase: 'selection', status: 'planned', intervention: 'facilitated-group-dialogue' },
    { id: 'a8', level: 'environment', phase: 'action', status: 'planned', intervention: 'customer-evaluations', note: 'Met de twee grootste klanten.' },
    { id: 'a9', level: 'employee', phase: 'application', status: 'planned', title: 'Persoonlijk ontwikkelplan voor iedereen', owner: 'Medewerkers' },
    { id: 'a10', level: 'environment', phase: 'unaware', status: 'running', intervention: 'visit-customers-with-employees' },
  ],
};

/** A quick scan's outcome as the quick scan writes it to the workspace: improvement points on the task and the organisation. */
const SCAN: WorkspaceScan = { weakFactors: ['doing-reflecting-balance', 'formal-and-informal-learning', 'feedback'], phase: 'action' };

interface MatrixOptions {
  lang?: 'nl' | 'en';
  plan?: Plan;
  scan?: WorkspaceScan;
  /** Interventions saved in a finder: offered in the add dialog of a cell of their level. */
  shortlist?: string[];
}

function matrix(args: MatrixArgs, { lang, plan, scan, shortlist }: MatrixOptions = {}): TemplateResult {
  // In memory only: the matrix uses `persist="none"`. Set on every render, so each story starts as described.
  getWorkspace(args.workspace).update({ plan: plan ? { [args.planId || 'default']: plan } : {}, scan, shortlist: shortlist ?? [] });
  return html`<lio-maturity-matrix
    plan-id=${ifDefined(args.planId || undefined)}
    levels=${ifDefined(args.levels || undefined)}
    editable=${args.editable ? 'true' : 'false'}
    heading-level=${args.headingLevel}
    workspace=${args.workspace}
    persist=${args.persist}
    theme=${args.theme}
    lang=${ifDefined(lang)}
  ></lio-maturity-matrix>`;
}

/** The matrix with the event log around it. */
function renderMatrix(args: MatrixArgs, options?: MatrixOptions): TemplateResult {
  return html`<story-lio-event-log>${matrix(args, options)}</story-lio-event-log>`;
}

const meta = {
  title: 'Elements/lio-maturity-matrix',
  component: 'lio-maturity-matrix',
  render: (args) => renderMatrix(args),
  args: {
    planId: 'default',
    levels: '',
    editable: true,
    headingLevel: 2,
    workspace: 'story-matrix',
    persist: 'none',
    theme: 'light',
  },
  argTypes: {
    planId: { control: 'text' },
    levels: { control: 'text' },
    editable: { control: 'boolean' },
    headingLevel: { control: { type: 'number', min: 2, max: 6, step: 1 } },
    workspace: { control: 'text' },
    persist: { control: 'inline-radio', options: ['local', 'session', 'none'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  parameters: {
    controls: { include: ['planId', 'levels', 'editable', 'headingLevel', 'workspace', 'persist', 'theme'] },
  },
} satisfies Meta<MatrixArgs>;

export default meta;
type Story = StoryObj<MatrixArgs>;

/** A new plan: five levels × five phases, every cell a gap in words ("nog geen acties") with its add button. */
export const EmptyPlan: Story = {
  name: 'Empty plan',
  args: { workspace: 'story-matrix-empty' },
};

/**
 * A plan half filled in: per cell its actions (title, catalogue or own, status and owner in words,
 * a note) with edit, move and remove, and the counts per status; the toolbar totals the actions
 * and the cells still without any. Two interventions saved in a finder wait in the add dialog of
 * their level's cells.
 */
export const HalfFilled: Story = {
  name: 'Half-filled plan with gaps',
  args: { workspace: 'story-matrix-half' },
  render: (args) => renderMatrix(args, { plan: HALF_PLAN, shortlist: ['allow-disagreement', 'co-create-vision-with-all-levels'] }),
};

/** A quick scan's result in the workspace: the levels with improvement points (task, colleagues and leader, organisation) are marked in words. */
export const WithScanResult: Story = {
  name: 'With a scan result',
  args: { workspace: 'story-matrix-scan' },
  render: (args) => renderMatrix(args, { plan: HALF_PLAN, scan: SCAN }),
};

/** `editable="false"`: the plan to publish, without any button; gaps and statuses still in words. */
export const ReadOnly: Story = {
  name: 'Read-only',
  args: { workspace: 'story-matrix-read-only', editable: false },
  render: (args) => renderMatrix(args, { plan: HALF_PLAN }),
};

/** A site's own look through the public tokens only (accent, surface, border, focus, font, radius). */
export const Themed: Story = {
  name: 'Own tokens',
  args: { workspace: 'story-matrix-themed' },
  // The wrapper sets the tokens; the toolbar theme would otherwise only change the page around it.
  globals: { theme: 'light' },
  render: (args) => html`<div class="story-themed">${renderMatrix(args, { plan: HALF_PLAN, scan: SCAN })}</div>`,
};

/** `theme="dark"` on the element, on a dark page, with a scan result: the grid, the marks and the statuses in their dark values. */
export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { workspace: 'story-matrix-dark', theme: 'dark' },
  globals: { theme: 'dark' },
  render: (args) => renderMatrix(args, { plan: HALF_PLAN, scan: SCAN }),
};

/** `lang="en"`: the interface and the catalogue's titles in English; the organisation's own actions keep the words they were written in. */
export const English: Story = {
  args: { workspace: 'story-matrix-en' },
  globals: { lang: 'en' },
  render: (args) => renderMatrix(args, { lang: 'en', plan: HALF_PLAN, scan: SCAN }),
};

/** In a 320 px column (a phone, a narrow sidebar) the six columns do not fit: a section per level, its phases as a list inside. */
export const Compact: Story = {
  name: 'Compact (320 px)',
  args: { workspace: 'story-matrix-compact' },
  render: (args) => html`<div class="story-compact">${renderMatrix(args, { plan: HALF_PLAN })}</div>`,
};

/** `levels="task organisation"`: only those rows, for a page about one part of the model. */
export const SomeLevels: Story = {
  name: 'Some levels',
  args: { workspace: 'story-matrix-levels', levels: 'task organisation' },
  render: (args) => renderMatrix(args, { plan: HALF_PLAN }),
};

/** `levels="taak"` is no level id: the error view names the valid ids and `lio-error` (`invalid-attribute`) fires. */
export const InvalidLevels: Story = {
  name: 'Invalid levels',
  args: { workspace: 'story-matrix-invalid', levels: 'taak' },
};

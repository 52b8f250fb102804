/**
 * Stories for <lio-journey-share>: one per state a visitor can reach. Controls come from
 * custom-elements.json (see .storybook/preview.ts); the theme and language toolbars wrap every
 * story (decorator), which also sends every lio-* event to the Actions panel.
 *
 * Every story is self-contained and deterministic: it uses its own `workspace` name with
 * `persist="none"` (nothing is stored) and sets that workspace's slices each time it renders.
 * The question before replacing and a refused link are reached as a visitor reaches them from a
 * link: the story puts `#lio-journey=…` in the preview's address before the element connects
 * (plain base64url JSON, so it is made synchronously); the element takes it out again once answered.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { getWorkspace, type Journey, type PersistMode, type Plan, type WorkspaceScan } from '../src/index.js';
import { defineStoryEventLog } from './helpers/event-log.js';

interface ShareArgs {
  headingLevel: number;
  workspace: string;
  persist: PersistMode;
  theme: 'light' | 'dark' | 'auto';
}

defineStoryEventLog();

/** A plan of three actions, one of the organisation's own. */
const PLAN: Plan = {
  format: 'lio-plan',
  version: 1,
  actions: [
    { id: 'a1', level: 'task', phase: 'selection', status: 'done', intervention: 'job-crafting', owner: 'Teamleider' },
    { id: 'a2', level: 'colleagues-and-leader', phase: 'action', status: 'running', intervention: 'constructive-feedback' },
    { id: 'a3', level: 'employee', phase: 'application', status: 'planned', title: 'Persoonlijk ontwikkelplan voor iedereen' },
  ],
};

/** A team's outcome as the quick scan's team view writes it. */
const TEAM_SCAN: WorkspaceScan = {
  weakFactors: ['feedback', 'leader-support'],
  strengths: ['trust-and-safety'],
  scores: { feedback: 2.5, 'leader-support': 2, 'trust-and-safety': 4.5 },
  phase: 'action',
  team: { respondents: 6, phases: { unaware: 0, selection: 1, action: 4, application: 1, continuous: 0 } },
  scanId: 'default',
};

interface ShareOptions {
  lang?: 'nl' | 'en';
  /** Fill the workspace with a team scan, two saved interventions and the plan. */
  filled?: boolean;
  /** A journey (or anything) in the address, as a followed link brings it. */
  link?: unknown;
}

/** `value` as a journey link's data in its plain form: `j` and base64url JSON. */
function linkData(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  return `j${btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

function share(args: ShareArgs, { lang, filled, link }: ShareOptions = {}): TemplateResult {
  // In memory only: `persist="none"`. Set on every render, so each story starts as described.
  getWorkspace(args.workspace).update(
    filled ? { scan: TEAM_SCAN, shortlist: ['job-crafting', 'constructive-feedback'], plan: { default: PLAN } } : { scan: undefined, shortlist: [], plan: {} },
  );
  const hash = link === undefined ? '' : `#lio-journey=${linkData(link)}`;
  history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
  return html`<lio-journey-share
    heading-level=${args.headingLevel}
    workspace=${args.workspace}
    persist=${args.persist}
    theme=${args.theme}
    lang=${ifDefined(lang)}
  ></lio-journey-share>`;
}

/** The element with the event log around it. */
function renderShare(args: ShareArgs, options?: ShareOptions): TemplateResult {
  return html`<story-lio-event-log>${share(args, options)}</story-lio-event-log>`;
}

/** What a saved journey holds: the same team scan, saved interventions and plan. */
const JOURNEY: Journey = {
  format: 'lio-journey',
  version: 1,
  created: '2026-11-30T09:00:00Z',
  slices: { scan: TEAM_SCAN, shortlist: ['job-crafting', 'constructive-feedback'], plan: { default: PLAN } },
};

const meta = {
  title: 'Elements/lio-journey-share',
  component: 'lio-journey-share',
  render: (args) => renderShare(args),
  args: { headingLevel: 2, workspace: 'story-share', persist: 'none', theme: 'light' },
  argTypes: {
    headingLevel: { control: { type: 'number', min: 2, max: 6, step: 1 } },
    workspace: { control: 'text' },
    persist: { control: 'inline-radio', options: ['local', 'session', 'none'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  parameters: {
    controls: { include: ['headingLevel', 'workspace', 'persist', 'theme'] },
  },
} satisfies Meta<ShareArgs>;

export default meta;
type Story = StoryObj<ShareArgs>;

/** Nothing in the workspace yet: the line says what to do first; saving and linking wait for something to save. */
export const Empty: Story = {
  args: { workspace: 'story-share-empty' },
};

/** A team's scan, two saved interventions and a plan of three actions: the line says so, every button works. */
export const WithJourney: Story = {
  args: { workspace: 'story-share-filled' },
  render: (args) => renderShare(args, { filled: true }),
};

/** A followed link: before anything is replaced, what the journey holds and what it would replace, "Vervangen" or "Annuleren". */
export const AskingToReplace: Story = {
  args: { workspace: 'story-share-ask' },
  render: (args) => renderShare(args, { filled: true, link: JOURNEY }),
};

/** A link whose journey is not one this version reads (a plan with an unknown status): nothing changes, the problems are listed with their place. */
export const InvalidLink: Story = {
  args: { workspace: 'story-share-invalid' },
  render: (args) =>
    renderShare(args, {
      link: { ...JOURNEY, slices: { plan: { default: { ...PLAN, actions: [{ ...PLAN.actions[0]!, status: 'busy' }] } } } },
    }),
};

/** Dark, from the `theme` attribute. */
export const DarkTheme: Story = {
  args: { workspace: 'story-share-dark', theme: 'dark' },
  render: (args) => renderShare(args, { filled: true }),
};

/** English wording. */
export const English: Story = {
  args: { workspace: 'story-share-en' },
  render: (args) => renderShare(args, { filled: true, lang: 'en' }),
};

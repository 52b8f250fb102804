/**
 * Stories for <lio-quick-scan>: one per state a visitor can reach. Controls come from
 * custom-elements.json (see .storybook/preview.ts); the theme and language toolbars wrap every
 * story (decorator), which also sends every lio-* event to the Actions panel.
 *
 * Every story is self-contained and deterministic: it uses its own `workspace` name with
 * `persist="none"` (nothing is stored), and it puts that workspace's saved scan progress (the
 * `scanProgress` slice) in a known state each time it renders. A returning visitor first chooses
 * between going on and starting again; stories of a later step press "go on" for them once the
 * scan has rendered, as a visitor does — no `play` functions.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import defaultCatalogue from '../catalogue/default.json';
import type { ScanProgress } from '../components/quick-scan/progress-slice.js';
import { encodeScanCode, scanFingerprint, type ScanAnswer } from '../src/core/scan.js';
import { getWorkspace, type PersistMode } from '../src/index.js';
import { defineStoryEventLog } from './helpers/event-log.js';
import { adoptStoryStyles } from './helpers/story-styles.js';

interface ScanArgs {
  levels: string;
  layout: string;
  mode: string;
  scanId: string;
  finderUrl: string;
  submitUrl: string;
  minGroupSize: number;
  workspace: string;
  persist: PersistMode;
  theme: 'light' | 'dark' | 'auto';
}

defineStoryEventLog();

/** The shared story chrome (`.story-themed`; stories/helpers/story-styles.ts). */
adoptStoryStyles();

const SET = defaultCatalogue.scan;
const STATEMENTS = SET.statements as ReadonlyArray<{ id: string; factor: string; reverse?: boolean }>;

/**
 * Answers that make a clear profile: high agreement on the first levels' statements (strengths),
 * disagreement on the organisation and environment ones (improvement points). A reverse-scored
 * statement gets the mirrored answer, so its factor scores the same way. `skip` leaves every
 * n-th statement open; `shift` moves the whole profile up or down a little (for team members).
 */
function sampleAnswers({ skip = 0, shift = 0 }: { skip?: number; shift?: number } = {}): Record<string, ScanAnswer> {
  const answers: Record<string, ScanAnswer> = {};
  STATEMENTS.forEach((statement, i) => {
    if (skip && i % skip === skip - 1) return;
    const high = i < 20;
    const base = Math.min(5, Math.max(1, (high ? 5 - (i % 2) : 2 - (i % 2)) + shift));
    answers[statement.id] = (statement.reverse ? 6 - base : base) as ScanAnswer;
  });
  answers['feedback-1'] = 'dont-know';
  return answers;
}

/** Saved progress of the default question set (the workspace slice `scanProgress`, key `default`). */
function progress(state: Partial<ScanProgress>): Record<string, ScanProgress> {
  return { default: { set: scanFingerprint(SET), answers: {}, stage: 'questions', step: 0, team: [], ...state } };
}

/** Result codes of eight respondents in three roles (what a facilitator collects from a team). */
const TEAM_CODES = (
  [
  { role: 'management', shift: 1, phase: 'action' },
  { role: 'management', shift: 0, phase: 'action' },
  { role: 'management', shift: 1, phase: 'selection' },
  { role: 'employee', shift: -1, phase: 'action' },
  { role: 'employee', shift: 0, phase: 'action' },
  { role: 'employee', shift: -1, phase: 'unaware' },
  { role: 'employee', shift: 0, phase: 'action' },
  { role: 'leader', shift: 0, phase: 'action' },
  ] as const
).map(({ role, shift, phase }) => encodeScanCode(SET, { answers: sampleAnswers({ shift }), role, phase }));

/** What a story does, as a visitor would, once an element of the scan's shadow root is there. */
interface Visit {
  selector: string;
  act: (target: HTMLElement, root: ShadowRoot) => void;
}

/** Press a button. */
const press = (selector: string): Visit => ({ selector, act: (target) => target.click() });

/** Frames to wait for a visit's target (about 10 s): then the story gives up on that element. */
const VISIT_FRAMES = 600;

/**
 * A lit `ref` that runs `visit.act` once the element `visit.selector` is in the scan's shadow root
 * (after the catalogue, the messages and, for later views, the results part loaded). Once per
 * element, not once per ref: Storybook may render the same template result twice, into a first
 * element that never joins the page and then into the one shown.
 */
function whenThere(visit?: Visit) {
  if (!visit) return ref(undefined);
  const visited = new WeakSet<Element>();
  return ref((element) => {
    if (!element || visited.has(element)) return;
    visited.add(element);
    let frames = 0;
    const attempt = () => {
      const root = element.shadowRoot;
      const target = root?.querySelector<HTMLElement>(visit.selector);
      if (root && target) visit.act(target, root);
      else if (frames++ < VISIT_FRAMES) requestAnimationFrame(attempt);
    };
    attempt();
  });
}

interface ScanOptions {
  lang?: 'nl' | 'en';
  /** The saved progress the story starts from (nothing saved by default). */
  saved?: Record<string, ScanProgress>;
  /** What the visitor does once the scan is there (e.g. press "go on" as a returning visitor). */
  visit?: Visit;
  catalogue?: unknown;
}

function scan(args: ScanArgs, { lang, saved, visit, catalogue }: ScanOptions = {}): TemplateResult {
  // In memory only: the scan uses `persist="none"`.
  getWorkspace(args.workspace).update({ scanProgress: saved ?? {}, scan: undefined, focus: undefined, shortlist: [] });
  return html`<lio-quick-scan
    levels=${ifDefined(args.levels || undefined)}
    layout=${ifDefined(args.layout || undefined)}
    mode=${ifDefined(args.mode || undefined)}
    scan-id=${ifDefined(args.scanId || undefined)}
    finder-url=${ifDefined(args.finderUrl || undefined)}
    submit-url=${ifDefined(args.submitUrl || undefined)}
    min-group-size=${args.minGroupSize}
    workspace=${args.workspace}
    persist=${args.persist}
    theme=${args.theme}
    lang=${ifDefined(lang)}
    .catalogue=${catalogue}
    ${whenThere(visit)}
  ></lio-quick-scan>`;
}

/** The scan with the event log around it. */
function renderScan(args: ScanArgs, options?: ScanOptions): TemplateResult {
  return html`<story-lio-event-log>${scan(args, options)}</story-lio-event-log>`;
}

const meta = {
  title: 'Elements/lio-quick-scan',
  component: 'lio-quick-scan',
  render: (args) => renderScan(args),
  args: {
    levels: '',
    layout: 'steps',
    mode: 'respond',
    scanId: '',
    finderUrl: '',
    submitUrl: '',
    minGroupSize: 3,
    workspace: 'story-scan',
    persist: 'none',
    theme: 'light',
  },
  argTypes: {
    levels: { control: 'text' },
    layout: { control: 'inline-radio', options: ['steps', 'single'] },
    mode: { control: 'inline-radio', options: ['respond', 'team'] },
    scanId: { control: 'text' },
    finderUrl: { control: 'text' },
    submitUrl: { control: 'text' },
    minGroupSize: { control: { type: 'number', min: 1, max: 100, step: 1 } },
    workspace: { control: 'text' },
    persist: { control: 'inline-radio', options: ['local', 'session', 'none'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  parameters: {
    controls: { include: ['levels', 'layout', 'mode', 'scanId', 'finderUrl', 'submitUrl', 'minGroupSize', 'workspace', 'persist', 'theme'] },
  },
} satisfies Meta<ScanArgs>;

export default meta;
type Story = StoryObj<ScanArgs>;

/** The introduction: what the scan is, how long it takes, what happens with the answers, and the role question. */
export const Intro: Story = {
  args: { workspace: 'story-scan-intro' },
};

/** A returning visitor (answers saved on step 3): the introduction offers to go on or to start again. */
export const Returning: Story = {
  name: 'Returning visitor',
  args: { workspace: 'story-scan-returning' },
  render: (args) => renderScan(args, { saved: progress({ answers: sampleAnswers({ skip: 2 }), role: 'leader', stage: 'questions', step: 2 }) }),
};

/** Step 2 of 5 with the first level answered and some answers on this step: progress bar, statements, back and next. */
export const QuestionStep: Story = {
  name: 'Question step (step 2)',
  args: { workspace: 'story-scan-step' },
  render: (args) => {
    const answers = Object.fromEntries(Object.entries(sampleAnswers()).slice(0, 9));
    return renderScan(args, { saved: progress({ answers, role: 'employee', stage: 'questions', step: 1 }), visit: press('.resume-button') });
  },
};

/** The check step with every third statement open: the list of open statements links back to their level, then the phase question. */
export const CheckOpen: Story = {
  name: 'Check step, statements open',
  args: { workspace: 'story-scan-check' },
  render: (args) => renderScan(args, { saved: progress({ answers: sampleAnswers({ skip: 3 }), role: 'hr', stage: 'check' }), visit: press('.resume-button') }),
};

/** `layout="single"`: every statement on one page, with the role and phase questions and one "show results" button. */
export const Single: Story = {
  name: 'Single page',
  args: { workspace: 'story-scan-single', layout: 'single' },
};

/**
 * The results of a saved scan: the profile chart with the table and its summary, the strengths and
 * the improvement points with their best-supported interventions, the exports, the result code.
 */
export const Results: Story = {
  args: { workspace: 'story-scan-results' },
  render: (args) => renderScan(args, { saved: progress({ answers: sampleAnswers(), role: 'management', phase: 'action', stage: 'results' }), visit: press('.resume-button') }),
};

/** The same results in English (`lang="en"`): interface and question set texts. */
export const ResultsEnglish: Story = {
  name: 'Results in English',
  args: { workspace: 'story-scan-results-en' },
  globals: { lang: 'en' },
  render: (args) =>
    renderScan(args, { lang: 'en', saved: progress({ answers: sampleAnswers(), role: 'management', phase: 'action', stage: 'results' }), visit: press('.resume-button') }),
};

/** `theme="dark"` on the element, on a dark page, with the results (chart colours follow the theme). */
export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { workspace: 'story-scan-dark', theme: 'dark' },
  globals: { theme: 'dark' },
  render: (args) => renderScan(args, { saved: progress({ answers: sampleAnswers(), stage: 'results' }), visit: press('.resume-button') }),
};

/** A site's own look through the public tokens only (accent, surface, border, focus, font, radius), on a question step. */
export const Themed: Story = {
  name: 'Own tokens',
  args: { workspace: 'story-scan-themed' },
  // The wrapper sets the tokens; the toolbar theme would otherwise only change the page around it.
  globals: { theme: 'light' },
  render: (args) =>
    html`<div class="story-themed">
      ${renderScan(args, { saved: progress({ answers: sampleAnswers({ skip: 4 }), stage: 'questions', step: 0 }), visit: press('.resume-button') })}
    </div>`,
};

/**
 * A site's own question set: a catalogue (the `catalogue` property) that extends the default with
 * its own `scan` of four statements over two levels, two roles and its own thresholds.
 */
export const CustomQuestionSet: Story = {
  name: 'Own question set',
  args: { workspace: 'story-scan-custom' },
  render: (args) =>
    renderScan(args, {
      catalogue: {
        schemaVersion: 1,
        extends: 'default',
        scan: {
          version: 1,
          about: { nl: 'De korte teamscan van Voorbeeldfonds: vier stellingen.', en: "Voorbeeldfonds's short team scan: four statements." },
          scale: SET.scale,
          roles: [
            { id: 'staff', label: { nl: 'Medewerker', en: 'Staff member' } },
            { id: 'manager', label: { nl: 'Manager', en: 'Manager' } },
          ],
          thresholds: { strength: 3.5, improvement: 2.5 },
          statements: [
            { id: 'fund-variety', factor: 'task-variety', text: { nl: 'Mijn werk is afwisselend.', en: 'My work is varied.' } },
            { id: 'fund-autonomy', factor: 'job-autonomy', text: { nl: 'Ik bepaal zelf hoe ik mijn werk doe.', en: 'I decide how I do my work.' } },
            { id: 'fund-feedback', factor: 'feedback', text: { nl: 'Ik hoor hoe het gaat met mijn werk.', en: 'I hear how my work is going.' } },
            { id: 'fund-learning', factor: 'formal-and-informal-learning', text: { nl: 'Er is tijd om te leren.', en: 'There is time to learn.' } },
          ],
        },
      },
    }),
};

/** `levels="task,organisation"`: a shorter scan of two levels (two steps). */
export const ShortScan: Story = {
  name: 'Shorter scan (two levels)',
  args: { workspace: 'story-scan-short', levels: 'task,organisation' },
  render: (args) => renderScan(args, { saved: progress({ stage: 'questions', step: 0, answers: { 'task-variety-1': 4 } }), visit: press('.resume-button') }),
};

/**
 * `mode="team"` with the result codes of eight respondents in three roles (three management, four
 * employees, one supervisor): the team's median and spread per factor, the roles with at least
 * `min-group-size` (3) respondents apart — the single supervisor is not shown apart — and where
 * the roles differ most.
 */
export const Team: Story = {
  name: 'Team view',
  args: { workspace: 'story-scan-team', mode: 'team' },
  render: (args) => renderScan(args, { saved: progress({ team: TEAM_CODES }) }),
};

/** The team view after pasting a mistyped code and one of another question set: each is named with the reason. */
export const TeamBadCode: Story = {
  name: 'Team view, bad code',
  args: { workspace: 'story-scan-team-bad', mode: 'team' },
  render: (args) =>
    renderScan(args, {
      saved: progress({ team: TEAM_CODES.slice(0, 3) }),
      visit: {
        selector: '.team-add',
        act: (add, root) => {
          root.querySelector<HTMLTextAreaElement>('#team-codes')!.value = `${TEAM_CODES[3]!.slice(0, -3)}xyz lio1.zzzzzzzz`;
          add.click();
        },
      },
    }),
};

/** `layout="grid"` is not a layout: the error view names the valid values and `lio-error` (`invalid-attribute`) fires. */
export const InvalidAttribute: Story = {
  name: 'Invalid attribute',
  args: { workspace: 'story-scan-invalid', layout: 'grid' },
};

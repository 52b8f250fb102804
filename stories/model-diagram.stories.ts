/**
 * Stories for <lio-model-diagram>: one per state a visitor can reach. Controls come from
 * custom-elements.json (see .storybook/preview.ts); the theme and language toolbars wrap every
 * story (decorator), which also sends every lio-* event to the Actions panel.
 *
 * Every story is self-contained and deterministic: it uses its own `workspace` name with
 * `persist="none"` (nothing is stored) and clears that workspace's `scan` and `focus` slices each
 * time it renders, so a scan or a pick from another story never shows up here. Scores come from
 * the `scanResult` property. The list view is reached as a visitor does, by pressing "show as a
 * list" once the diagram has rendered — no `play` functions.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import defaultCatalogue from '../catalogue/default.json';
import { getWorkspace, type PersistMode } from '../src/index.js';
import { fundModelCatalogue } from './helpers/catalogues.js';
import { defineStoryEventLog } from './helpers/event-log.js';
import { adoptStoryStyles } from './helpers/story-styles.js';

interface DiagramArgs {
  selected: string;
  showCounts: boolean;
  showScores: boolean;
  finderUrl: string;
  headingLevel: number;
  workspace: string;
  persist: PersistMode;
  theme: 'light' | 'dark' | 'auto';
}

defineStoryEventLog();

/** The shared story chrome (`.story-compact`, `.story-themed`; stories/helpers/story-styles.ts), and the score scale a themed site sets. */
adoptStoryStyles(`
  .story-themed {
    --lio-model-diagram-score-1: #f3f6fb;
    --lio-model-diagram-score-2: #dde7f4;
    --lio-model-diagram-score-3: #c5d7ee;
    --lio-model-diagram-score-4: #a9c4e6;
    --lio-model-diagram-score-5: #8fb2dd;
  }
`);

/**
 * A team's quick-scan outcome in the shape of the workspace's `scan` slice (what the quick scan
 * writes): 20 of the 24 factors scored over all five colour steps, four not scored (no statement
 * answered), strengths from 4 up and improvement points below 3 (the built-in thresholds).
 */
const SCORES: Record<string, number> = {
  'personal-traits': 3.5,
  'learning-and-innovative-capability': 4.5,
  motivation: 4.2,
  'task-variety': 4.6,
  'challenging-tasks': 3.8,
  'minimal-division-of-labour': 2.9,
  'job-autonomy': 4.0,
  'demands-control-balance': 2.4,
  'doing-reflecting-balance': 1.5,
  'trust-and-safety': 3.7,
  'colleague-support': 4.3,
  'leader-support': 3.2,
  feedback: 2.2,
  'participation-in-decisions': 2.8,
  'multidisciplinary-teams': 3.0,
  interaction: 3.6,
  'long-term-vision': 2.5,
  transparency: 3.1,
  'formal-and-informal-learning': 1.9,
  'external-orientation': 3.4,
};
const SCAN_RESULT = {
  scores: SCORES,
  strengths: Object.keys(SCORES).filter((id) => SCORES[id]! >= 4),
  weakFactors: Object.keys(SCORES).filter((id) => SCORES[id]! < 3),
  phase: 'action',
};

/** A fund's own model (one to nine factors a level), with the built-in phases and kinds of evidence. */
const CUSTOM_CATALOGUE = fundModelCatalogue(defaultCatalogue.phases, defaultCatalogue.evidence);

/** What a story does, as a visitor would, once an element of the diagram's shadow root is there. */
interface Visit {
  selector: string;
  act: (target: HTMLElement, root: ShadowRoot) => void;
}

/** Press a button. */
const press = (selector: string): Visit => ({ selector, act: (target) => target.click() });

/** Frames to wait for a visit's target (about 10 s): then the story gives up on that element. */
const VISIT_FRAMES = 600;

/**
 * A lit `ref` that runs `visit.act` once the element `visit.selector` is in the diagram's shadow
 * root (after the catalogue and the messages loaded). Once per element, not once per ref:
 * Storybook may render the same template result twice, into a first element that never joins the
 * page and then into the one shown.
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

interface DiagramOptions {
  lang?: 'nl' | 'en';
  /** A quick-scan outcome for `show-scores` (the `scanResult` property). */
  scanResult?: unknown;
  /** What the visitor does once the diagram is there (e.g. press "show as a list"). */
  visit?: Visit;
  catalogue?: unknown;
}

function diagram(args: DiagramArgs, { lang, scanResult, visit, catalogue }: DiagramOptions = {}): TemplateResult {
  // In memory only: the diagram uses `persist="none"`.
  getWorkspace(args.workspace).update({ scan: undefined, focus: undefined });
  return html`<lio-model-diagram
    selected=${ifDefined(args.selected || undefined)}
    ?show-counts=${args.showCounts}
    ?show-scores=${args.showScores}
    finder-url=${ifDefined(args.finderUrl || undefined)}
    heading-level=${args.headingLevel}
    workspace=${args.workspace}
    persist=${args.persist}
    theme=${args.theme}
    lang=${ifDefined(lang)}
    .scanResult=${scanResult}
    .catalogue=${catalogue}
    ${whenThere(visit)}
  ></lio-model-diagram>`;
}

/** The diagram with the event log around it. */
function renderDiagram(args: DiagramArgs, options?: DiagramOptions): TemplateResult {
  return html`<story-lio-event-log>${diagram(args, options)}</story-lio-event-log>`;
}

const meta = {
  title: 'Elements/lio-model-diagram',
  component: 'lio-model-diagram',
  render: (args) => renderDiagram(args),
  args: {
    selected: '',
    showCounts: false,
    showScores: false,
    finderUrl: '',
    headingLevel: 2,
    workspace: 'story-diagram',
    persist: 'none',
    theme: 'light',
  },
  argTypes: {
    selected: { control: 'text' },
    showCounts: { control: 'boolean' },
    showScores: { control: 'boolean' },
    finderUrl: { control: 'text' },
    headingLevel: { control: { type: 'number', min: 2, max: 6, step: 1 } },
    workspace: { control: 'text' },
    persist: { control: 'inline-radio', options: ['local', 'session', 'none'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  parameters: {
    controls: { include: ['selected', 'showCounts', 'showScores', 'finderUrl', 'headingLevel', 'workspace', 'persist', 'theme'] },
  },
} satisfies Meta<DiagramArgs>;

export default meta;
type Story = StoryObj<DiagramArgs>;

/** The built-in model: five levels from the environment inwards, each with its factors; nothing picked. */
export const Default: Story = {
  args: { workspace: 'story-diagram-default' },
};

/**
 * `selected="feedback"`: the factor is marked in the figure and its panel is open: description,
 * interventions per kind of evidence, the best-supported ones, "show in the finder" (a link, with
 * `finder-url`) and "clear the pick".
 */
export const SelectedFactor: Story = {
  name: 'Selected factor',
  args: { workspace: 'story-diagram-factor', selected: 'feedback', finderUrl: '/interventies/' },
};

/** `selected="task"`: a whole level picked; the panel counts the interventions of all its factors. Without `finder-url`, "show in the finder" is a button that filters a finder on the same page. */
export const SelectedLevel: Story = {
  name: 'Selected level',
  args: { workspace: 'story-diagram-level', selected: 'task' },
};

/**
 * `show-scores` with a quick-scan outcome in the `scanResult` property: each factor's chip has a
 * fill from the five-step colour scale and its score in words ("4,6 · sterk punt", "2,2 ·
 * verbeterpunt"); four factors are "niet gescoord" (dashed border). The legend explains the steps.
 */
export const WithScores: Story = {
  name: 'With scan scores',
  args: { workspace: 'story-diagram-scores', showScores: true },
  render: (args) => renderDiagram(args, { scanResult: SCAN_RESULT }),
};

/** `show-counts`: the number of interventions under each factor's name. */
export const WithCounts: Story = {
  name: 'With counts',
  args: { workspace: 'story-diagram-counts', showCounts: true },
};

/**
 * In a 320 px column (a phone, a narrow sidebar) the Dutch labels do not fit in nested bands: the
 * levels are stacked, one band below the other. The shorter English labels (language toolbar)
 * still fit nested, wrapped over more lines.
 */
export const Compact: Story = {
  name: 'Compact (320 px)',
  args: { workspace: 'story-diagram-compact' },
  render: (args) => html`<div class="story-compact">${renderDiagram(args)}</div>`,
};

/** After pressing "Toon als lijst": the same model as nested lists in the report's order (the employee first), each level and factor a toggle button; here with scores. */
export const ListView: Story = {
  name: 'List view',
  args: { workspace: 'story-diagram-list', showScores: true, selected: 'job-autonomy' },
  render: (args) => renderDiagram(args, { scanResult: SCAN_RESULT, visit: press('.bar button') }),
};

/**
 * A fund's own model through the `catalogue` property: a full catalogue with its own level titles
 * and factors — one factor on one level, nine on another, long titles among them — and a few
 * interventions of its own. The diagram draws that model, with the counts from its interventions.
 * (The catalogue format requires all five levels, so a model of fewer levels cannot be given.)
 */
export const CustomCatalogue: Story = {
  name: 'Custom catalogue',
  args: { workspace: 'story-diagram-custom', showCounts: true },
  render: (args) => renderDiagram(args, { catalogue: CUSTOM_CATALOGUE }),
};

/** A site's own look through the public tokens only (accent, surface, border, focus, font, radius) and its own score scale (`--lio-model-diagram-score-1` … `-5`). */
export const Themed: Story = {
  name: 'Own tokens',
  args: { workspace: 'story-diagram-themed', showScores: true, selected: 'feedback' },
  // The wrapper sets the tokens; the toolbar theme would otherwise only change the page around it.
  globals: { theme: 'light' },
  render: (args) => html`<div class="story-themed">${renderDiagram(args, { scanResult: SCAN_RESULT })}</div>`,
};

/** `theme="dark"` on the element, on a dark page, with scores and a pick: the bands, the chips and the score scale in their dark values. */
export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { workspace: 'story-diagram-dark', theme: 'dark', showScores: true, selected: 'task-variety' },
  globals: { theme: 'dark' },
  render: (args) => renderDiagram(args, { scanResult: SCAN_RESULT }),
};

/** `lang="en"`: the interface and the catalogue's titles and descriptions in English, with scores, counts and a picked factor. */
export const English: Story = {
  args: { workspace: 'story-diagram-en', showScores: true, showCounts: true, selected: 'colleague-support' },
  globals: { lang: 'en' },
  render: (args) => renderDiagram(args, { lang: 'en', scanResult: SCAN_RESULT }),
};

/** `selected="feedbak"` is no level or factor: the error view names the valid ids and `lio-error` (`invalid-attribute`) fires. */
export const InvalidSelected: Story = {
  name: 'Invalid selected',
  args: { workspace: 'story-diagram-invalid', selected: 'feedbak' },
};

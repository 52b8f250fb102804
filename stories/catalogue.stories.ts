/**
 * Stories for <lio-catalogue>: one per meaningful state. Controls come from custom-elements.json
 * (see .storybook/preview.ts); the theme and language toolbars wrap every story (decorator).
 *
 * Fixtures under stories/fixtures/ are served at `fixtures/` (relative, so the static build also
 * works from a sub-folder).
 */
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { INVALID_CATALOGUE } from './helpers/catalogues.js';
import { defineStoryEventLog } from './helpers/event-log.js';

type Lang = 'nl' | 'en';

interface CatalogueArgs {
  src?: string;
  timeout: number;
  theme: 'light' | 'dark' | 'auto';
  catalogue?: unknown;
}

defineStoryEventLog();

/** A bit of the host page's own content, slotted into the provider (it renders unchanged). */
function hostContent(lang: Lang): TemplateResult {
  return lang === 'en'
    ? html`<p>This paragraph belongs to the host page. Widgets placed inside &lt;lio-catalogue&gt; share its catalogue.</p>`
    : html`<p>Deze alinea hoort bij de hostpagina. Widgets binnen &lt;lio-catalogue&gt; delen de catalogus ervan.</p>`;
}

function langOf(context: Pick<StoryContext, 'globals'>): Lang {
  return context.globals['lang'] === 'en' ? 'en' : 'nl';
}

function renderCatalogue(args: CatalogueArgs, context: Pick<StoryContext, 'globals'>, extra: TemplateResult | typeof nothing = nothing): TemplateResult {
  return html`<story-lio-event-log>
    <lio-catalogue src=${ifDefined(args.src || undefined)} .timeout=${args.timeout} theme=${args.theme} .catalogue=${args.catalogue}>
      ${extra}${hostContent(langOf(context))}
    </lio-catalogue>
  </story-lio-event-log>`;
}


const FIXTURE = 'fixtures/fund-extension.json';
const MISSING = 'fixtures/does-not-exist.json';

const meta = {
  title: 'Elements/lio-catalogue',
  component: 'lio-catalogue',
  render: (args, context) => renderCatalogue(args, context),
  args: {
    src: '',
    timeout: 10_000,
    theme: 'light',
    catalogue: undefined,
  },
  argTypes: {
    src: { control: 'text' },
    timeout: { control: { type: 'number', min: 0, step: 100 } },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    catalogue: { control: 'object' },
  },
  parameters: {
    controls: { include: ['src', 'timeout', 'theme', 'catalogue'] },
  },
} satisfies Meta<CatalogueArgs>;

export default meta;
type Story = StoryObj<CatalogueArgs>;

/** The built-in catalogue (the report's interventions); no attributes needed. */
export const Default: Story = {};

/**
 * A fund's own catalogue pasted into the page: it extends the default with one own intervention
 * and removes one. The same JSON is in stories/fixtures/fund-extension.json.
 */
export const InlineJsonExtension: Story = {
  name: 'Inline JSON extension',
  render: (args, context) =>
    renderCatalogue(
      args,
      context,
      html`<script type="application/json">
        {
          "schemaVersion": 1,
          "extends": "default",
          "interventions": [
            {
              "id": "peer-consultation",
              "title": { "nl": "Intervisie in vaste groepjes", "en": "Peer consultation in fixed groups" },
              "summary": {
                "nl": "Collega's bespreken elke maand in een vaste groep van vier tot zes een vraag uit hun eigen werk, met een vaste gespreksmethode. Voorbeeld van een eigen interventie van een sectorfonds.",
                "en": "Every month colleagues discuss a question from their own work in a fixed group of four to six, using a set method. Example of a sector fund's own intervention."
              },
              "level": "colleagues-and-leader",
              "factors": ["feedback", "colleague-support", "trust-and-safety"],
              "phases": ["action", "application"],
              "evidence": "practice",
              "sources": ["Voorbeeldfonds, 2024"],
              "links": [
                { "url": "https://example.org/intervisie", "label": { "nl": "Handreiking intervisie", "en": "Peer consultation guide (Dutch)" } }
              ]
            }
          ],
          "remove": ["task-rotation"]
        }
      </script>`,
    ),
};

/** The same extension loaded from a URL (`src`). */
export const FromUrl: Story = {
  name: 'From URL',
  args: { src: FIXTURE },
};

/**
 * A catalogue property with several mistakes: the error view lists every problem with its path,
 * in the order of the file, schema problems and mistyped ids together, each mistyped id with the
 * nearest known one ("bedoelde u …?").
 */
export const InvalidCatalogue: Story = {
  name: 'Invalid catalogue',
  args: { catalogue: INVALID_CATALOGUE },
};

/** `src` points at a file that does not exist: an error with a retry button. */
export const UnreachableUrl: Story = {
  name: 'Unreachable URL',
  args: { src: MISSING },
};

/** `src` is fine but the answer takes longer than `timeout` (1 ms here). */
export const Timeout: Story = {
  args: { src: FIXTURE, timeout: 1 },
};

/** `lang="en"` (on the element or any ancestor) translates the error view. */
export const English: Story = {
  args: { catalogue: INVALID_CATALOGUE },
  globals: { lang: 'en' },
  render: (args) => html`<story-lio-event-log>
    <lio-catalogue lang="en" theme=${args.theme} .catalogue=${args.catalogue}>${hostContent('en')}</lio-catalogue>
  </story-lio-event-log>`,
};

/**
 * `theme="dark"` switches the element's own defaults; the page around it uses the dark theme
 * class (themes/dark.css) so host content matches. Either one alone is enough for the widget.
 */
export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { theme: 'dark', src: MISSING },
  globals: { theme: 'dark' },
};

/**
 * Stories for <lio-intervention-finder>: one per state a visitor can reach. Controls come from
 * custom-elements.json (see .storybook/preview.ts); the theme and language toolbars wrap every
 * story (decorator).
 *
 * Every story is self-contained and deterministic: it uses its own `workspace` name with
 * `persist="none"` (nothing is stored, no story sees another story's shortlist or scan), and it
 * resets that workspace each time it renders. States that need a script call (search text,
 * filters, the detail view, the shortlist) run it through the public API once the finder has
 * rendered with its catalogue — no `play` functions. Script calls fire no change events (only
 * the visitor's actions do), so the event log of such a story shows only what you do in it.
 *
 * Fixtures under stories/fixtures/ are served at `fixtures/` (relative, so the static build also
 * works from a sub-folder).
 */
import { ContextProvider } from '@lit/context';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { css, html, LitElement, type ReactiveController, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import defaultCatalogue from '../catalogue/default.json';
import { catalogueContext, type CatalogueState } from '../src/elements/context.js';
import { getWorkspace, type LioInterventionFinder, type PersistMode, type WorkspaceState } from '../src/index.js';
import { INVALID_CATALOGUE } from './helpers/catalogues.js';
import { defineStoryEventLog } from './helpers/event-log.js';
import { adoptStoryStyles } from './helpers/story-styles.js';

interface FinderArgs {
  level: string;
  factors: string;
  phases: string;
  evidence: string;
  headingLevel: number;
  syncUrl: boolean;
  pageSize: number;
  workspace: string;
  persist: PersistMode;
  theme: 'light' | 'dark' | 'auto';
}

defineStoryEventLog();

/** What a story does with the finder once its catalogue is there. */
type Setup = (finder: LioInterventionFinder) => void;

/** The shared story chrome (`.story-narrow`, `.story-surface`; stories/helpers/story-styles.ts). */
adoptStoryStyles();

/**
 * Story-only catalogue provider that stays loading forever: it answers the finder's context
 * request with `{ status: 'loading' }` and never sends anything else, so the skeleton stays on
 * screen. (A real `<lio-catalogue>` always settles: it loads, fails or times out.)
 */
class StoryLoadingCatalogue extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;

  /** Provides the catalogue context; kept so the value could be changed from the console. */
  readonly provider = new ContextProvider(this, {
    context: catalogueContext,
    initialValue: { status: 'loading' } satisfies CatalogueState as CatalogueState,
  });

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}

if (!customElements.get('story-loading-catalogue')) customElements.define('story-loading-catalogue', StoryLoadingCatalogue);

declare global {
  interface HTMLElementTagNameMap {
    'story-loading-catalogue': StoryLoadingCatalogue;
  }
}

/**
 * A lit `ref` that runs `setup` once, after the first update in which the finder has a ready
 * catalogue (through a reactive controller, the finder's own update hook), and after that
 * update has finished so `setup` starts a fresh one.
 */
function whenReady(setup?: Setup) {
  if (!setup) return ref(undefined);
  let done = false;
  return ref((element) => {
    if (done || !element) return;
    const finder = element as LioInterventionFinder;
    const controller: ReactiveController = {
      hostUpdated: () => {
        if (done || finder.catalogueState.status !== 'ready') return;
        done = true;
        finder.removeController(controller);
        void finder.updateComplete.then(() => setup(finder));
      },
    };
    finder.addController(controller);
  });
}

/** Start the story's workspace from a known state (in memory only: the finder uses `persist="none"`). */
function resetWorkspace(name: string, state: WorkspaceState = {}): void {
  getWorkspace(name).update({ shortlist: [], focus: undefined, scan: undefined, ...state });
}

interface FinderOptions {
  lang?: 'nl' | 'en';
  setup?: Setup;
  workspaceState?: WorkspaceState;
}

function finder(args: FinderArgs, { lang, setup, workspaceState }: FinderOptions = {}): TemplateResult {
  resetWorkspace(args.workspace, workspaceState);
  return html`<lio-intervention-finder
    level=${ifDefined(args.level || undefined)}
    factors=${ifDefined(args.factors || undefined)}
    phases=${ifDefined(args.phases || undefined)}
    evidence=${ifDefined(args.evidence || undefined)}
    heading-level=${args.headingLevel}
    ?sync-url=${args.syncUrl}
    page-size=${args.pageSize}
    workspace=${args.workspace}
    persist=${args.persist}
    theme=${args.theme}
    lang=${ifDefined(lang)}
    ${whenReady(setup)}
  ></lio-intervention-finder>`;
}

/** The finder with the event log around it. */
function renderFinder(args: FinderArgs, options?: FinderOptions): TemplateResult {
  return html`<story-lio-event-log>${finder(args, options)}</story-lio-event-log>`;
}

/** The finder inside a `<lio-catalogue>` given either a catalogue object or a URL. */
function renderInCatalogue(args: FinderArgs, source: { catalogue?: unknown; src?: string }, options?: FinderOptions): TemplateResult {
  return html`<story-lio-event-log>
    <lio-catalogue src=${ifDefined(source.src)} .catalogue=${source.catalogue}>${finder(args, options)}</lio-catalogue>
  </story-lio-event-log>`;
}


/** A complete catalogue (it replaces the default) with the default's levels, phases and evidence, and no interventions. */
const EMPTY_CATALOGUE = {
  schemaVersion: defaultCatalogue.schemaVersion,
  meta: defaultCatalogue.meta,
  levels: defaultCatalogue.levels,
  phases: defaultCatalogue.phases,
  evidence: defaultCatalogue.evidence,
  interventions: [],
};

/** catalogue/examples/fund-extension.json, copied as a fixture. */
const FUND_CATALOGUE = 'fixtures/fund-catalogue.json';

const meta = {
  title: 'Elements/lio-intervention-finder',
  component: 'lio-intervention-finder',
  render: (args) => renderFinder(args),
  args: {
    level: '',
    factors: '',
    phases: '',
    evidence: '',
    headingLevel: 2,
    syncUrl: false,
    pageSize: 20,
    workspace: 'story-finder',
    persist: 'none',
    theme: 'light',
  },
  argTypes: {
    level: { control: 'text' },
    factors: { control: 'text' },
    phases: { control: 'text' },
    evidence: { control: 'text' },
    headingLevel: { control: { type: 'number', min: 2, max: 6, step: 1 } },
    syncUrl: { control: 'boolean' },
    pageSize: { control: { type: 'number', min: 0, step: 1 } },
    workspace: { control: 'text' },
    persist: { control: 'inline-radio', options: ['local', 'session', 'none'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  parameters: {
    controls: { include: ['level', 'factors', 'phases', 'evidence', 'headingLevel', 'syncUrl', 'pageSize', 'workspace', 'persist', 'theme'] },
  },
} satisfies Meta<FinderArgs>;

export default meta;
type Story = StoryObj<FinderArgs>;

/** The built-in catalogue, nothing searched or filtered: the first 20 of all interventions. */
export const Default: Story = {
  args: { workspace: 'story-finder-default' },
};

/** A search with a typo: `setFilters({ text: 'feedbak' })` finds "feedback" (fuzzy) and marks the matched words. */
export const Searching: Story = {
  args: { workspace: 'story-finder-searching' },
  render: (args) => renderFinder(args, { setup: (el) => el.setFilters({ text: 'feedbak' }) }),
};

/** Two filters chosen: level "colleagues and supervisor" and evidence "proven effective". */
export const Filtered: Story = {
  args: { workspace: 'story-finder-filtered' },
  render: (args) => renderFinder(args, { setup: (el) => el.setFilters({ levels: ['colleagues-and-leader'], evidence: ['proven'] }) }),
};

/** A search word that matches nothing plus a level filter: the no-results state offers one chip per thing to remove. */
export const NoResults: Story = {
  name: 'No results',
  args: { workspace: 'story-finder-no-results' },
  render: (args) => renderFinder(args, { setup: (el) => el.setFilters({ text: 'zeppelinhangar', levels: ['environment'] }) }),
};

/**
 * The factor lists fold per level: long lists (task, colleagues and supervisor) start folded, short
 * ones open; `setFilters({ factors: ['feedback'] })` opens the list of the chosen factor and its
 * summary says "(1 actief)". Levels and factors without interventions are not offered.
 */
export const FactorListsOpen: Story = {
  name: 'Factor lists (one chosen, open)',
  args: { workspace: 'story-finder-factor-lists', pageSize: 3 },
  render: (args) => renderFinder(args, { setup: (el) => el.setFilters({ factors: ['feedback'] }) }),
};

/** An item studied without effect: its card says so in words, and under "Relevance" it comes after every item that works. */
export const NotEffective: Story = {
  name: 'Item without effect',
  args: { workspace: 'story-finder-not-effective' },
  render: (args) => renderFinder(args, { setup: (el) => el.setFilters({ text: 'werkdruk' }) }),
};

/** In a 320 px wide container with the filters opened: the result count stands right above the first filter, the kind of evidence. */
export const NarrowFiltersOpen: Story = {
  name: 'Narrow 320 px, filters open',
  args: { workspace: 'story-finder-narrow-open', pageSize: 3 },
  render: (args) =>
    html`<div class="story-narrow">
      ${renderFinder(args, {
        setup: (el) => {
          el.setFilters({ evidence: ['proven'] });
          // The button is there once the messages of the story's language are (the skeleton shows until then).
          const open = () => {
            const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('.facets-toggle');
            if (toggle) toggle.click();
            else requestAnimationFrame(open);
          };
          open();
        },
      })}
    </div>`,
};

/** `openIntervention('job-crafting')`: the detail dialog with study details, sources, links and related interventions. */
export const DetailOpen: Story = {
  name: 'Detail open',
  args: { workspace: 'story-finder-detail' },
  render: (args) => renderFinder(args, { setup: (el) => el.openIntervention('job-crafting') }),
};

/**
 * `openIntervention('training-transfer-supervisor-support')`: an approach whose details list its
 * forms ("Vormen"), one per line — the nine forms of supervisor support for training transfer
 * that the report gives in one list — next to what the studies found.
 */
export const DetailWithForms: Story = {
  name: 'Detail with forms',
  args: { workspace: 'story-finder-detail-forms' },
  render: (args) => renderFinder(args, { setup: (el) => el.openIntervention('training-transfer-supervisor-support') }),
};

/**
 * Two interventions added with `addToShortlist()` and "Mijn selectie (2)" beside the search
 * clicked, as a visitor does: the shortlist panel opens right below it, each title with its
 * evidence kind and report section, and its CSV, JSON, print and close buttons.
 * `page-size="3"` keeps the result list short.
 */
export const Shortlist: Story = {
  name: 'Shortlist (selection open)',
  args: { workspace: 'story-finder-shortlist', pageSize: 3 },
  render: (args) =>
    renderFinder(args, {
      setup: (el) => {
        el.addToShortlist('job-crafting');
        el.addToShortlist('constructive-feedback');
        el.shadowRoot?.querySelector<HTMLButtonElement>('.shortlist-toggle')?.click();
      },
    }),
};

/**
 * A shortlist saved before issue 9 merged `workload-conversation-guide` into
 * `workload-conversation`: the catalogue's `aliases` put the item that took it in at its place,
 * so the visitor's saved item stays saved ("Mijn selectie (2)"). An old deep link
 * (`?lio-open=workload-conversation-guide` with `sync-url`) opens the same item.
 */
export const ShortlistWithMergedItem: Story = {
  name: 'Shortlist saved before a merge',
  args: { workspace: 'story-finder-shortlist-merged', pageSize: 3 },
  render: (args) =>
    renderFinder(args, {
      workspaceState: { shortlist: ['job-crafting', 'workload-conversation-guide'] },
      setup: (el) => el.shadowRoot?.querySelector<HTMLButtonElement>('.shortlist-toggle')?.click(),
    }),
};

/** Preset attributes `level="task"` and `evidence="proven,mixed"`: only that subset, and the fixed level facet is hidden. */
export const PresetSubset: Story = {
  name: 'Preset subset',
  args: { workspace: 'story-finder-preset', level: 'task', evidence: 'proven,mixed' },
};

/** `level="team"` is not a level id: the error view lists the valid ids and `lio-error` (`invalid-attribute`) fires. */
export const InvalidPreset: Story = {
  name: 'Invalid preset',
  args: { workspace: 'story-finder-invalid-preset', level: 'team' },
};

/**
 * The skeleton while the catalogue loads. A story-only provider (`<story-loading-catalogue>`)
 * answers the finder's catalogue context with `{ status: 'loading' }` and never settles.
 */
export const Loading: Story = {
  args: { workspace: 'story-finder-loading' },
  render: (args) => html`<story-lio-event-log><story-loading-catalogue>${finder(args)}</story-loading-catalogue></story-lio-event-log>`,
};

/** Inside `<lio-catalogue>` whose `catalogue` property is invalid: the provider and the finder both show the problems. */
export const InvalidCatalogue: Story = {
  name: 'Invalid catalogue',
  args: { workspace: 'story-finder-invalid-catalogue' },
  render: (args) => renderInCatalogue(args, { catalogue: INVALID_CATALOGUE }),
};

/** A valid complete catalogue without interventions (the default's levels, phases and evidence; `interventions: []`). */
export const EmptyCatalogue: Story = {
  name: 'Empty catalogue',
  args: { workspace: 'story-finder-empty' },
  render: (args) => renderInCatalogue(args, { catalogue: EMPTY_CATALOGUE }),
};

/** In a 320 px wide container: the filters collapse behind the "Filters" button (container query). */
export const Narrow320: Story = {
  name: 'Narrow 320 px',
  args: { workspace: 'story-finder-narrow', pageSize: 5 },
  render: (args) => html`<div class="story-narrow">${renderFinder(args)}</div>`,
};

/** `theme="dark"` on the element, on a dark page (the dark theme class from themes/dark.css). */
export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { workspace: 'story-finder-dark', theme: 'dark' },
  globals: { theme: 'dark' },
};

/** `lang="en"`: English interface and the English catalogue texts. */
export const English: Story = {
  args: { workspace: 'story-finder-english' },
  globals: { lang: 'en' },
  render: (args) => renderFinder(args, { lang: 'en' }),
};

/** Inside a container with the `example-theme` class (themes/nlds-example.css): NL Design System tokens mapped onto --lio-*. */
export const NldsTheme: Story = {
  name: 'NL Design System theme',
  args: { workspace: 'story-finder-nlds' },
  // The wrapper sets the theme; the toolbar theme would otherwise only change the page around it.
  globals: { theme: 'light' },
  render: (args) => html`<div class="example-theme story-surface">${renderFinder(args)}</div>`,
};

/**
 * Inside `<lio-catalogue src="fixtures/fund-catalogue.json">`: a fund's catalogue that extends the
 * default (catalogue/examples/fund-extension.json). It overrides "Taakroulatie" with its own
 * text, adds "Sectoraal leerbudget" and removes the book tip "Het nieuwe belonen". The search "sectorfonds" (in
 * the fund's sources and links) shows the fund's two items: the added one is marked "Eigen aanbod
 * van Voorbeeld sectorfonds" (its `meta.publisher`), and the intro speaks of "deze verzameling".
 */
export const FundCatalogue: Story = {
  name: 'Fund catalogue',
  args: { workspace: 'story-finder-fund' },
  render: (args) => renderInCatalogue(args, { src: FUND_CATALOGUE }, { setup: (el) => el.setFilters({ text: 'sectorfonds' }) }),
};

/** A fund's catalogue with its own introduction (`meta.intro`) and publisher; its own item is marked on its card. */
export const FundIntro: Story = {
  name: 'Fund catalogue with its own intro',
  args: { workspace: 'story-finder-fund-intro', pageSize: 3 },
  render: (args) =>
    renderInCatalogue(
      args,
      {
        catalogue: {
          schemaVersion: 1,
          extends: 'default',
          meta: {
            publisher: 'Voorbeeldfonds',
            intro: { nl: 'Alles wat Voorbeeldfonds vergoedt, naast de interventies uit het TNO-rapport.', en: 'Everything Voorbeeldfonds funds, next to the interventions of the TNO report.' },
          },
          interventions: [
            {
              id: 'fund-learning-budget',
              title: { nl: 'Leerbudget van het fonds', en: "The fund's learning budget" },
              summary: { nl: 'Een persoonlijk scholingsbudget voor iedereen in de sector.', en: 'A personal training budget for everyone in the sector.' },
              level: 'organisation',
              factors: ['formal-and-informal-learning'],
              phases: ['selection'],
              evidence: 'practice',
              sources: ['Voorbeeldfonds, 2024'],
              links: [],
            },
          ],
        },
      },
      { setup: (el) => el.setFilters({ text: 'leerbudget' }) },
    ),
};

/**
 * The quick scan left its outcome in the workspace (`scan: { weakFactors, phase }`), so the
 * finder offers "recommendations from my scan".
 */
export const WorkspaceRecommendations: Story = {
  name: 'Workspace recommendations',
  args: { workspace: 'story-finder-recommendations', pageSize: 5 },
  render: (args) => renderFinder(args, { workspaceState: { scan: { weakFactors: ['feedback', 'colleague-support'], phase: 'action' } } }),
};

/**
 * A fund's own wording without a fork: the `messages` property replaces single texts ("maatregel"
 * instead of "interventie"); plural forms follow `Intl.PluralRules`. Unknown keys would fire
 * `lio-error` (`invalid-messages`) with the valid keys.
 */
export const OwnWording: Story = {
  name: 'Own wording (message overrides)',
  args: { workspace: 'story-finder-wording', pageSize: 5 },
  render: (args) => renderFinder(args, {
    setup: (el) => {
      el.messages = {
        nl: {
          'finder.title': 'Maatregelen zoeken',
          'finder.intro': 'Zoek en filter alle maatregelen uit het TNO-rapport.',
          'finder.count': { one: '1 maatregel', other: '{count} maatregelen' },
        },
        en: { 'finder.title': 'Find measures', 'finder.count': { one: '1 measure', other: '{count} measures' } },
      };
    },
  }),
};

/** `page-size="0.5"` is not a whole number from 0 to 10000: the error view says so and `lio-error` (`invalid-attribute`) fires. */
export const InvalidPageSize: Story = {
  name: 'Invalid page size',
  args: { workspace: 'story-finder-invalid-page-size', pageSize: 0.5 },
};

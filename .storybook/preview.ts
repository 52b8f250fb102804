import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { action } from 'storybook/actions';
import manifest from '../custom-elements.json';
import '../themes/dark.css';
import '../themes/nlds-example.css';
import '../src/index.js';

interface ManifestMember {
  name: string;
  privacy?: string;
  static?: boolean;
}
type Manifest = { modules: Array<{ declarations?: Array<{ members?: ManifestMember[]; events?: Array<{ name: string }> }> }> };

/**
 * The manifest as a page author sees the elements: without private, protected and static members
 * (the analyzer lists them; Storybook would show them in every Docs page's API table).
 */
function publicApi(full: Manifest): Manifest {
  return {
    ...full,
    modules: full.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter((member) => !member.static && (member.privacy ?? 'public') === 'public' && !member.name.startsWith('#')),
      })),
    })),
  };
}

// Controls and the Docs pages' API tables come from the manifest (`npm run analyze` regenerates it).
setCustomElementsManifest(publicApi(manifest as Manifest));

type ThemeName = 'light' | 'dark' | 'nlds';

/**
 * Theme mechanism: the decorator wraps each story in one container carrying a theme class.
 * The theme files set the public --lio-* tokens on that class; custom properties inherit into
 * every shadow root, so every lio-* element in the story (nested ones and ones rendered later
 * too) and the story's host content follow, without touching the elements or fighting the
 * `theme` control. This is also exactly what a host page does. `theme="dark"` on an element
 * still works on its own (see the "Dark theme" story); tokens set by a class win over it.
 */
const THEME_CLASS: Record<ThemeName, string> = {
  light: '',
  dark: 'lio-theme-dark',
  nlds: 'example-theme',
};

/**
 * Story chrome (container, grid, panels), from a constructed stylesheet: no style attributes,
 * so stories run under the same strict CSP rules as the widgets.
 */
const chrome = new CSSStyleSheet();
chrome.replaceSync(`
  .lio-story {
    box-sizing: border-box;
    min-block-size: 100vh;
    padding: 1rem;
    background: var(--lio-color-background, #ffffff);
    color: var(--lio-color-text, #1a1a1a);
    font-family: var(--lio-font-family, system-ui, sans-serif);
    line-height: var(--lio-line-height, 1.5);
    /* The theme classes set no colour-scheme on the page; the story page opts in through the token. */
    color-scheme: var(--lio-color-scheme, light);
  }
  .lio-story-docs {
    min-block-size: 0;
  }
  .lio-story-grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr));
    gap: 1rem;
    align-items: start;
  }
  .lio-story-panel {
    padding: 1rem;
    border: 1px solid var(--lio-color-border, #8a8f98);
    border-radius: var(--lio-radius, 0.375rem);
    background: var(--lio-color-background, #ffffff);
    color: var(--lio-color-text, #1a1a1a);
    font-family: var(--lio-font-family, system-ui, sans-serif);
  }
  .lio-story-panel-title {
    margin: 0 0 1rem;
    font-weight: 700;
  }
  .lio-story-panel-title code {
    font-weight: 400;
    font-size: 0.85em;
  }
`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, chrome];

/** Every event any element fires (`lio-error`, `lio-filter-change`, …), from the manifest. */
const EVENT_NAMES: readonly string[] = [
  ...new Set(
    (manifest as Manifest).modules.flatMap((module) =>
      (module.declarations ?? []).flatMap((declaration) => (declaration.events ?? []).map((event) => event.name)),
    ),
  ),
];

/**
 * What the Actions panel shows of an event: its `detail`. (Storybook's own `withActions` passes
 * the Event object, whose `detail` is a getter the panel does not show.) A catalogue in a detail
 * is summarised: the whole indexed catalogue is large to send on every render.
 */
function actionArgs(event: Event): unknown {
  const detail = (event as CustomEvent<unknown>).detail;
  if (typeof detail !== 'object' || detail === null || !('catalogue' in detail)) return detail;
  const catalogue = (detail as { catalogue: { interventions?: readonly unknown[] } }).catalogue;
  return { ...detail, catalogue: `${catalogue.interventions?.length ?? 0} interventions` };
}

const logged = new WeakSet<Element>();

/**
 * Sends each lio-* event from the story's container to the Actions panel (every event bubbles and
 * is composed). Listening on the container, not the document, keeps stories apart on a Docs page.
 */
function logActions(container: Element | undefined): void {
  if (!container || logged.has(container)) return;
  logged.add(container);
  for (const name of EVENT_NAMES) container.addEventListener(name, (event) => action(name)(actionArgs(event)));
}

const withThemeAndLanguage: Decorator = (story, context) => {
  const theme = (context.globals['theme'] as ThemeName | undefined) ?? 'light';
  const lang = context.globals['lang'] === 'en' ? 'en' : 'nl';
  // On a Docs page the stories sit one below the other: no full-window height each.
  const docs = context.viewMode === 'docs' ? 'lio-story-docs' : '';
  return html`<div class="lio-story ${docs} ${THEME_CLASS[theme] ?? ''}" lang=${lang} ${ref(logActions)}>${story()}</div>`;
};

const preview: Preview = {
  decorators: [withThemeAndLanguage],
  globalTypes: {
    theme: {
      description: 'Theme of the widgets and the page around them',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        dynamicTitle: true,
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
          { value: 'nlds', title: 'NL Design System (example)', icon: 'paintbrush' },
        ],
      },
    },
    lang: {
      description: 'Language (the lang attribute around the story)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'nl', title: 'Nederlands', right: 'nl' },
          { value: 'en', title: 'English', right: 'en' },
        ],
      },
    },
  },
  initialGlobals: { theme: 'light', lang: 'nl' },
  parameters: {
    layout: 'fullscreen',
    // Events reach the Actions panel through the decorator (logActions) as well as the stories' own log.
    controls: { expanded: true },
    // The panel reports violations as errors; `npm test` enforces the same axe rules on every story (scripts/check-stories.ts).
    a11y: { test: 'error' },
  },
};

export default preview;

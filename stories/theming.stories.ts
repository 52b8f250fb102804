/**
 * Theming: the shared error view under the three example themes, side by side, and the finder on
 * a hostile host page.
 *
 * Each panel only differs by a class on its container: none (light defaults),
 * `lio-theme-dark` (themes/dark.css) and `example-theme` (themes/nlds-example.css, an
 * NL Design System–style mapping). Custom properties inherit into the widgets' shadow roots.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../themes/dark.css';
import '../themes/nlds-example.css';
import { INVALID_CATALOGUE } from './helpers/catalogues.js';


const THEMES = [
  { className: '', title: 'Light (default)', note: 'no class' },
  { className: 'lio-theme-dark', title: 'Dark', note: 'class="lio-theme-dark"' },
  { className: 'example-theme', title: 'NL Design System (example)', note: 'class="example-theme"' },
] as const;

function panel({ className, title, note }: (typeof THEMES)[number]): TemplateResult {
  return html`<section class="lio-story-panel ${className}" aria-label=${title}>
    <p class="lio-story-panel-title">${title} <code>${note}</code></p>
    <lio-catalogue .catalogue=${INVALID_CATALOGUE}></lio-catalogue>
    <lio-catalogue src="fixtures/does-not-exist.json"></lio-catalogue>
  </section>`;
}

/**
 * What a hostile CMS page does (the same as test/pages/hostile.html, scoped to the story): a
 * 62.5 % root font size while the story is shown, universal selectors, a button reset and a
 * centred, capitalised section around the widget. A constructed sheet: no style attributes (CSP).
 */
const hostileSheet = new CSSStyleSheet();
hostileSheet.replaceSync(`
  html:has(.lio-story-hostile) { font-size: 62.5%; }
  .lio-story-hostile, .lio-story-hostile * {
    font-family: 'Courier New', Courier, monospace;
    box-sizing: content-box;
    line-height: 1;
    letter-spacing: 0.08em;
  }
  .lio-story-hostile button { all: unset; }
  .lio-story-hostile section {
    font-size: 1.2rem;
    font-style: italic;
    text-align: center;
    text-transform: uppercase;
    white-space: pre;
  }
`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, hostileSheet];

const meta = {
  title: 'Theming',
  // The panels set their own themes; the toolbar theme would otherwise leak into them by inheritance.
  globals: { theme: 'light' },
  parameters: { controls: { disable: true } },
} satisfies Meta;

export default meta;

/** Validation errors (problem list) and a loading error (retry button) in each theme. */
export const ErrorView: StoryObj = {
  name: 'Error view in three themes',
  render: () => html`<div class="lio-story-grid">${THEMES.map(panel)}</div>`,
};

/**
 * The finder on a page with `html { font-size: 62.5% }`, `* { font-family; box-sizing; line-height }`,
 * `button { all: unset }` and a capitalised, centred section: the page's own text changes, the
 * widget looks as on a plain page (sizes follow `--lio-font-size`, not the page's root size).
 */
export const HostilePage: StoryObj = {
  name: 'Finder on a hostile host page',
  render: () => html`<div class="lio-story-hostile">
    <p>Page text: 10px root font size, universal selectors, <button type="button">a reset button</button>.</p>
    <section>
      <p>Centred, capitalised section text.</p>
      <lio-intervention-finder workspace="story-hostile-page" persist="none" page-size="3"></lio-intervention-finder>
    </section>
  </div>`,
};

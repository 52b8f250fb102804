/**
 * Theming: the shared error view under the three example themes, side by side.
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

/**
 * The embed builder (demo/builder.js) in Storybook: the same module the demo page mounts, given
 * the manifest and the package version Storybook bundles. Its Docs page
 * (stories/docs/embed-builder.mdx) adds the guide for CMS editors from the README.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import pkg from '../package.json';
import { mountBuilder } from '../demo/builder.js';
import '../demo/builder.css';

/**
 * Mounts the builder once it is in the document, so it finds the story's `lang` (the language
 * toolbar) above it; unmounts when the story goes away.
 */
class StoryEmbedBuilder extends HTMLElement {
  #builder: { destroy(): void } | undefined;

  connectedCallback(): void {
    this.#builder ??= mountBuilder(this, { manifest, version: pkg.version });
  }

  disconnectedCallback(): void {
    this.#builder?.destroy();
    this.#builder = undefined;
  }
}
if (!customElements.get('story-embed-builder')) customElements.define('story-embed-builder', StoryEmbedBuilder);

const meta = {
  title: 'Guides/Embed builder',
  render: () => html`<story-embed-builder></story-embed-builder>`,
  parameters: { controls: { disable: true } },
} satisfies Meta;

export default meta;

/** Pick a widget and its settings, see the real element, copy the snippet. */
export const Builder: StoryObj = {};

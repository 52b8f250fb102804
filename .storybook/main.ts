import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig, type UserConfig } from 'vite';

/**
 * Storybook for lio-widgets. Storybook's Vite builder reads ../vite.config.ts but drops its
 * `build` section (library/CDN settings), so stories bundle lit and zod normally.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  // One Docs page per element (stories/docs/*.mdx): usage, the manifest's API, tokens, accessibility.
  stories: ['../stories/docs/*.mdx', '../stories/**/*.stories.ts'],
  // Controls, toolbars and actions are built in; docs and the accessibility panel are addons.
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  // Catalogue fixtures for the `src` stories, fetched relative to iframe.html as `fixtures/…`.
  staticDirs: [{ from: '../stories/fixtures', to: '/fixtures' }],
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    const lio: UserConfig = {
      define: { __LIO_VERSION__: JSON.stringify('storybook') },
      // Dev server: Storybook's renderer imports lit/directive-helpers.js, which Vite would serve
      // unbundled next to the pre-bundled lit, loading lit-html twice ("Multiple versions of Lit").
      // The other entries are listed so the first start does not re-optimise and reload.
      optimizeDeps: {
        include: ['lit', 'lit/directive-helpers.js', 'lit/decorators.js', 'lit/directives/if-defined.js', '@lit/context', 'zod/mini'],
      },
      build: {
        // The big chunks are Storybook's own preview runtime and axe-core, not lio-widgets code.
        chunkSizeWarningLimit: 1024,
        rollupOptions: {
          onwarn(warning, warn) {
            // zod ships comments rollup cannot place; harmless (same filter as vite.config.ts).
            if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules/zod')) return;
            warn(warning);
          },
        },
      },
    };
    return mergeConfig(viteConfig, lio);
  },
};

export default config;

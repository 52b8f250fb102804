import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  // Vue renders lio-* tags as custom elements instead of looking for Vue components of that name.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('lio-') } } })],
  // Relative asset URLs, so the built app works from any folder the test serves it from.
  base: './',
  logLevel: 'warn',
  build: {
    rollupOptions: {
      // zod's own comments that Rollup cannot place; nothing of ours or the app's.
      onwarn(warning, warn) {
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules/zod')) return;
        warn(warning);
      },
    },
  },
});

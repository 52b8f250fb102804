import { defineConfig } from 'vite';

// No React plugin: esbuild compiles the JSX (tsconfig's "jsx": "react-jsx"); fast refresh is not needed to build.
// Relative asset URLs, so the built app works from any folder the test serves it from.
export default defineConfig({
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

/** @custom-elements-manifest/analyzer config: `npm run analyze` writes custom-elements.json. */
export default {
  globs: ['components/**/*.ts'],
  exclude: ['components/**/*.styles.ts', '**/*.test.ts', '**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
};

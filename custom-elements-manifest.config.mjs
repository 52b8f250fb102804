/** @custom-elements-manifest/analyzer config: `npm run analyze` writes custom-elements.json. */

/**
 * The analyzer lists modules in the order the file system returns them, which differs between
 * machines; sorting by path makes the committed manifest the same wherever it is generated.
 */
const sortModulesByPath = {
  name: 'lio-sort-modules',
  packageLinkPhase({ customElementsManifest }) {
    customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  },
};

export default {
  // The base classes are analysed too, so inherited attributes (workspace, persist, theme) are listed.
  globs: ['components/**/*.ts', 'src/elements/lio-widget.ts', 'src/elements/lio-workspace-element.ts', 'src/elements/lio-element.ts'],
  // Only the element classes and their define files: a component's state controller, views, events,
  // palette, messages and the quick scan's lazily loaded chart are internal modules, not API.
  exclude: [
    'components/**/*.styles.ts',
    'components/**/*-state.ts',
    'components/**/*-slice.ts',
    'components/**/events.ts',
    'components/**/palette.ts',
    'components/*/views/**',
    'components/*/messages/**',
    'components/*/chart/**',
    '**/*.test.ts',
    '**/*.stories.ts',
  ],
  outdir: '.',
  litelement: true,
  dependencies: false,
  // package.json names the manifest itself; the analyzer must not rewrite it (the up-to-date check writes elsewhere).
  packagejson: false,
  plugins: [sortModulesByPath],
};

import js from '@eslint/js';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = dirname(fileURLToPath(import.meta.url));

/** Which room of the project a file (path relative to the root) is in. */
function room(file) {
  if (file.startsWith('src/core/')) return { name: 'core' };
  if (file.startsWith('src/elements/')) return { name: 'elements' };
  const component = /^components\/([^/]+)\//.exec(file);
  return component ? { name: 'component', component: component[1] } : undefined;
}

/**
 * Import boundaries (dependencies point one way: components → src/elements → src/core):
 * the core imports no DOM code and no Lit; src/elements imports no component; a component does
 * not import another component (they meet through context, events and the workspace); browser
 * code imports the core module by module, never the src/core/index.ts barrel (it would pull the
 * schema library and every core module into each bundle).
 */
const boundaries = {
  meta: {
    type: 'problem',
    schema: [],
    messages: {
      coreLit: 'src/core imports no Lit: it runs in Node and browsers alike.',
      coreDom: 'src/core imports no browser code (src/elements, components): it stays pure.',
      elementsComponent: 'src/elements is shared by every widget and imports no component.',
      componentComponent: 'Components do not import each other ({{other}}); share through src/elements, context, events or the workspace.',
      barrel: 'Browser code imports the core module by module, not the src/core/index.ts barrel.',
    },
  },
  create(context) {
    const file = relative(root, context.filename).split('\\').join('/');
    const from = room(file);
    if (!from) return {};
    const check = (source) => {
      if (!source || typeof source.value !== 'string') return;
      const spec = source.value;
      if (!spec.startsWith('.')) {
        if (from.name === 'core' && /^(lit|@lit)(\/|$)/.test(spec)) context.report({ node: source, messageId: 'coreLit' });
        return;
      }
      const target = relative(root, resolve(dirname(context.filename), spec)).split('\\').join('/');
      const to = room(`${target}/`) ?? room(target);
      if (from.name === 'core' && to && to.name !== 'core') context.report({ node: source, messageId: 'coreDom' });
      if (from.name === 'elements' && to?.name === 'component') context.report({ node: source, messageId: 'elementsComponent' });
      if (from.name === 'component' && to?.name === 'component' && to.component !== from.component) {
        context.report({ node: source, messageId: 'componentComponent', data: { other: to.component } });
      }
      if (from.name !== 'core' && /^src\/core(\/index(\.[jt]s)?)?$/.test(target)) context.report({ node: source, messageId: 'barrel' });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
    };
  },
};

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'storybook-static/', 'catalogue/generated/', 'test/generated/', 'test/hosts/*/dist/', 'custom-elements.json', '.wtr-results/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      // Browser code and Node scripts share the repo; type-checking catches misuse of either.
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Security and CSP rules of the product: catalogue text is never HTML, no inline styles.
    files: ['src/**/*.ts', 'components/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'Catalogue text is never rendered as HTML.' },
            { name: 'lit/directives/unsafe-svg.js', message: 'Catalogue text is never rendered as markup.' },
            { name: 'lit/directives/style-map.js', message: 'No inline styles: they break a strict CSP. Use classes or adopted styles.' },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render with lit templates; never assign HTML strings.' },
        { property: 'outerHTML', message: 'Render with lit templates; never assign HTML strings.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='eval']", message: 'No eval: the bundle must work under a strict CSP.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function: the bundle must work under a strict CSP.' },
      ],
    },
  },
  {
    // The rooms of the project and which way imports may point.
    files: ['src/**/*.ts', 'components/**/*.ts'],
    plugins: { lio: { rules: { boundaries } } },
    rules: { 'lio/boundaries': 'error' },
  },
  {
    // Core stays pure: no DOM globals either.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'customElements', 'HTMLElement', 'localStorage', 'sessionStorage'],
    },
  },
);

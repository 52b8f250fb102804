import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'storybook-static/', 'catalogue/generated/', 'test/generated/', 'custom-elements.json', '.wtr-results/'],
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
    // Core stays pure: no DOM, no Lit.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['lit', 'lit/*', '@lit/*'], message: 'src/core must not depend on Lit.' }] }],
      'no-restricted-globals': ['error', 'window', 'document', 'customElements', 'HTMLElement', 'localStorage', 'sessionStorage'],
    },
  },
);

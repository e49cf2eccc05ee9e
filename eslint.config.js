// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The recommended sets of ESLint, typescript-eslint and eslint-plugin-astro (with its accessibility rules,
 * which run on the markup of .astro files). A rule is turned off only with its reason beside it.
 */
export default tseslint.config(
  {
    // Built output, caches, generated files, and fixtures whose bytes the tests pin.
    ignores: ['dist/', '.astro/', '.tmp/', 'node_modules/', 'screenshots/', 'tests/fixtures/', 'public/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs['flat/recommended'],
  ...astro.configs['flat/jsx-a11y-recommended'],
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      // `_name` marks a parameter a callback's signature requires but this code does not read.
      // A wide table sits in a focusable <section> so a keyboard user can scroll it sideways (WCAG 2.1.1;
      // axe's scrollable-region-focusable asks for exactly this); other non-interactive tabindex stays an error.
      'astro/jsx-a11y/no-noninteractive-tabindex': ['error', { tags: ['section'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
);

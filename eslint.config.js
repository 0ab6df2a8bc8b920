// @ts-check
// ESLint for the whole project: TypeScript (typescript-eslint), accessibility of the islands'
// JSX and of .astro templates (jsx-a11y rules), Astro components, and the rules of hooks for
// the islands (written against the React API, rendered by Preact). Formatting is Prettier's job
// (.prettierrc.json), not ESLint's. Run: `npm run lint`; fix what can be fixed: `npm run opmaak`.
//
// eslint-plugin-jsx-a11y-x is the maintained, flat-config fork of eslint-plugin-jsx-a11y (same
// rules): upstream 6.10.2 caps ESLint at ^9, and eslint-plugin-astro 3 needs ESLint 10. The Astro
// plugin loads whichever of the two is installed for its astro/jsx-a11y/* rules.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: ['dist/', '.astro/', 'node_modules/', 'public/', 'tests/fixtures/kapotte-content/'],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  astro.configs['jsx-a11y-recommended'],
  {
    files: ['**/*.tsx'],
    ...jsxA11y.configs.recommended,
  },
  {
    // Hooks live in the islands' .tsx components and in their .ts hooks (useStappen.ts, …).
    files: ['**/*.tsx', 'src/islands/**/*.ts'],
    // Only the two classic rules (7.x's recommended set adds the React Compiler's rules).
    plugins: { 'react-hooks': { rules: reactHooks.rules } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // A leading underscore marks a parameter that must be there but is not used.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // What runs in the browser: islands, inline scripts of components.
    files: ['src/islands/**', 'src/components/**', 'src/pages/**', 'src/layouts/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
);

// Lint for the whole repository. Besides the usual rules it enforces the layering that the
// per-environment tsconfigs also enforce: shared/ is pure, renderer/ is web-only, and the
// shell's parts only meet in main/.
import js from '@eslint/js';
import i18next from 'eslint-plugin-i18next';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'http', 'https', 'net', 'url', 'crypto', 'stream', 'util', 'worker_threads'];

const restrict = (message, patterns) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  // tests/scratch: a developer's local experiments (ignored by git too).
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.ci/node/**', 'tests/scratch/**'] },
  // Build scripts and configuration run in Node.
  { files: ['build/**/*.{js,mjs}'], languageOptions: { globals: globals.node } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict('shared/ is pure TypeScript: no Node, no Electron, no DOM libraries, no main/ or renderer/ code.', [
      ...nodeBuiltins,
      'electron',
      'react',
      'react-dom',
      '**/main/**',
      '**/renderer/**',
      'lowdb',
      'lowdb/*',
    ]),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, i18next },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // react-hook-form's controller objects carry a `ref` member (field.ref) that this rule takes
      // for a React ref read during render; every report it makes on our forms is of that kind.
      'react-hooks/refs': 'off',
      // Every user-facing string goes through i18next.
      'i18next/no-literal-string': ['error', { mode: 'jsx-only', 'jsx-attributes': { include: ['label', 'title', 'placeholder', 'aria-label', 'alt', 'description', 'message', 'tooltip'] }, callees: { exclude: ['i18n(ext)?', 't', 'require', 'header', 'form.register', 'register'] } }],
      ...restrict('renderer/ is web-only: reach main through the API (renderer/api), never Electron or Node.', [
        ...nodeBuiltins,
        'electron',
        '**/main/**',
        'lowdb',
        'lowdb/*',
      ]),
    },
  },
  {
    files: ['main/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: restrict('main/ never imports the UI.', ['**/renderer/**', 'react', 'react-dom']),
  },
  {
    files: ['main/services/**/*.ts', 'main/api/**/*.ts', 'main/cli/**/*.ts', 'main/host/**/*.ts'],
    rules: restrict('Services, handlers, the CLI and the test host run without Electron; only the shell (main/index.ts, main/shell, main/preload.ts) may import it.', [
      'electron',
      '**/renderer/**',
    ]),
  },
  {
    files: ['tests/**/*.{ts,tsx,mjs}', 'build/**/*.{ts,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);

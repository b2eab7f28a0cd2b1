// Lint, and the import direction of ENGINEERING.md enforced as errors:
// core ← data ← features; host, state, ui ← features; src-main imports only core. A feature reaches
// another feature only through its index.ts (scripts/eslint/feature-boundaries.mjs).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import featureBoundaries from './scripts/eslint/feature-boundaries.mjs';

const platform = ['electron', 'node:*', 'fs', 'path', 'child_process', 'os'];
const ui = ['react', 'react-dom', 'react/*', '@mantine/*', 'dexie-react-hooks', 'zustand', 'zustand/*', 'wouter', 'wouter/*', '@tabler/*'];
const layer = (name) => [`**/${name}/**`, `**/${name}`];

function restrict(files, groups, message) {
  return {
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }],
    },
  };
}

export default tseslint.config(
  {
    ignores: [
      '.tmp/**',
      '.airgap-browser-profile/**',
      'out/**',
      'dist/**',
      'node_modules/**',
      '.bench/**',
      'test-results/**',
      'playwright-report/**',
      'tests/security/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        URL: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        globalThis: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='openExternal']", message: 'No shell.openExternal: nothing leaves this machine.' },
      ],
    },
  },
  {
    // The two classic hook rules (not the compiler rules of the plugin's recommended set); dexie's
    // useLiveQuery takes a deps list like useEffect, so its deps are checked too.
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': ['error', { additionalHooks: '^useLiveQuery$' }],
    },
  },
  {
    // Features and the app root import a feature through its folder (index.ts), never its insides.
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'feature-boundaries': featureBoundaries },
    rules: { 'feature-boundaries/no-deep-feature-import': 'error' },
  },
  restrict(
    ['src-renderer/core/**'],
    [
      ...ui,
      'dexie',
      ...platform,
      ...layer('data'),
      ...layer('features'),
      ...layer('host'),
      ...layer('state'),
      ...layer('ui'),
      ...layer('app'),
      ...layer('src-main'),
    ],
    'core/ is pure domain code: no UI, storage or platform imports.',
  ),
  restrict(
    ['src-renderer/data/**'],
    [...ui, ...platform, ...layer('features'), ...layer('state'), ...layer('ui'), ...layer('app'), ...layer('src-main')],
    'data/ may import core/ and dexie only.',
  ),
  restrict(
    ['src-renderer/host/**', 'src-renderer/state/**', 'src-renderer/ui/**'],
    [...platform, ...layer('features'), ...layer('app'), ...layer('src-main')],
    'host/, state/ and ui/ must not import features, the app root or the main process.',
  ),
  restrict(['src-renderer/features/**'], [...platform, ...layer('app'), ...layer('src-main')], 'features/ must not import the app root or the main process.'),
  restrict(
    ['src-main/**'],
    [...ui, 'dexie', ...layer('data'), ...layer('features'), ...layer('host'), ...layer('state'), ...layer('ui'), ...layer('app')],
    'src-main may import src-renderer/core only.',
  ),
  {
    files: ['src-main/**', 'scripts/**', 'tests/**', '*.config.*'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src-main/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...ui, 'dexie', ...layer('data'), ...layer('features'), ...layer('host'), ...layer('state'), ...layer('ui'), ...layer('app')],
              message: 'src-main may import src-renderer/core only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'tests/**/*.mjs'],
    // Node scripts; the callbacks they hand to page.evaluate() run in the browser.
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        setTimeout: 'readonly',
        URL: 'readonly',
        window: 'readonly',
        document: 'readonly',
        performance: 'readonly',
        requestIdleCallback: 'readonly',
        requestAnimationFrame: 'readonly',
        HTMLInputElement: 'readonly',
        Event: 'readonly',
      },
    },
  },
  {
    files: ['scripts/**/*.cjs'],
    // CommonJS hooks that electron-builder requires (scripts/builder/).
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
);

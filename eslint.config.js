// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'dist-web/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['error'] }],
    },
  },
  {
    // shared/ runs in both processes: it may import neither the DOM, Node nor Electron.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', 'electron', 'react', 'dexie', '../renderer/*', '../electron/*'] }],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'indexedDB', 'localStorage'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: ['electron', '**/electron/**', 'node:*'] }],
    },
  },
  {
    // Screens reach stored data only through the repositories' interfaces (data/context, data/hooks): never Dexie, the
    // database object or a repository's implementation, so every stored change goes through the data layer's one write path.
    files: ['renderer/src/features/**/*.{ts,tsx}', 'renderer/src/app/**/*.{ts,tsx}', 'renderer/src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'dexie', message: 'Screens read and write through the repositories (data/context), not Dexie.' }],
          patterns: [
            { group: ['electron', '**/electron/**', 'node:*'], message: 'The renderer reaches the host only through the bridge.' },
            { group: ['**/data/db', '**/data/recorder', '**/data/recorder/**'], message: 'Screens never hold the database: use the repositories (data/context).' },
            {
              group: ['**/data/repositories/*', '!**/data/repositories/index'],
              allowTypeImports: true,
              message: 'Import only types from a repository module; values come from shared/ or the repositories object.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/renderer/**', 'react', 'dexie'] }] },
  },
  {
    files: ['scripts/**/*.{js,mjs,ts}', 'test/**/*.{ts,tsx,mjs}', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-console': 'off' },
  },
  {
    // Scripts (seed, start, web) share code with the app through shared/ only.
    files: ['scripts/**/*.{js,mjs,ts}'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/renderer/**'] }] },
  },
);

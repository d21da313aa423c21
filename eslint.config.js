// @ts-check
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = builtinModules.flatMap((m) => [m, `node:${m}`]);

/**
 * The layering rule of STYLE.md: each folder runs in one runtime and may import only what that runtime has.
 * @param {string} what
 * @param {{ names?: string[], patterns?: string[] }} banned
 */
const layer = (what, banned) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: (banned.names ?? []).map((name) => ({ name, message: `${what} may not import "${name}" (see STYLE.md, layers).` })),
      patterns: (banned.patterns ?? []).map((p) => ({ group: [p], message: `${what} may not import from "${p}" (see STYLE.md, layers).` })),
    },
  ],
});

const uiPackages = ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime', '@fluentui/react-components', 'zustand'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'playwright-report/**', 'tests/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked.map((c) => ({ ...c, files: ['**/*.ts', '**/*.tsx'] })),
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      '@typescript-eslint/no-unnecessary-condition': 'off',
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unnecessary-type-parameters': 'off',
      'no-control-regex': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['renderer/**/*.tsx', 'renderer/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // Layers: src/core runs anywhere; src/node in plain Node; main/ in Electron main; renderer/ in the window.
  {
    files: ['src/core/**/*.ts'],
    rules: {
      ...layer('src/core', {
        names: ['electron', ...nodeBuiltins, ...uiPackages],
        patterns: ['electron/*', 'node:*', '**/src/node/**', '../node/**', '**/main/**', '**/renderer/**', 'react-dom/*', '@fluentui/*'],
      }),
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'sessionStorage',
        'process',
        'require',
        'Buffer',
      ],
    },
  },
  {
    files: ['src/node/**/*.ts'],
    rules: layer('src/node', {
      names: ['electron', ...uiPackages],
      patterns: ['electron/*', '**/main/**', '**/renderer/**', '@fluentui/*'],
    }),
  },
  {
    files: ['main/**/*.ts'],
    rules: layer('main/', { names: uiPackages, patterns: ['**/renderer/**', '@fluentui/*'] }),
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: layer('renderer/', {
      names: ['electron', ...nodeBuiltins],
      patterns: ['electron/*', 'node:*', '**/main/**', '**/src/node/**'],
    }),
  },
);

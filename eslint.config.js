import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import vue from 'eslint-plugin-vue';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

// Layering, enforced: shared/ imports nothing of ours and neither Node nor
// Electron; services never import electron; the renderer never imports Node,
// Electron or the main process.
const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'net', 'url'];
const layer = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'tests/artifacts/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } },
    rules: {
      'vue/block-lang': ['error', { script: { lang: 'ts' } }],
      'vue/multi-word-component-names': 'off',
    },
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['electron/**/*.{ts,mjs}', 'tests/**/*.{ts,mjs}', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['renderer/**/*.{ts,vue}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['shared/**/*.ts'],
    rules: layer(
      [...nodeBuiltins, 'electron', 'vue', 'pinia', 'dexie', '**/electron/**', '**/renderer/**', '@/*'],
      'shared/ is pure: no Node, Electron, Vue or app layers.',
    ),
  },
  {
    // web.ts runs under plain Node (npm run web), so it and what it shares
    // with main must stay free of electron too.
    files: [
      'electron/services/**/*.ts',
      'electron/web.ts',
      'electron/rebinding-guard.ts',
      'electron/data-dir.ts',
      'electron/content-security-policy.ts',
    ],
    rules: layer(
      ['electron', 'vue', 'pinia', 'dexie', '**/renderer/**'],
      'Services are plain Node: no electron, no renderer.',
    ),
  },
  {
    files: ['renderer/**/*.{ts,vue}'],
    rules: layer(
      [...nodeBuiltins, 'electron', '**/electron/**'],
      'The renderer talks to main only through the API client.',
    ),
  },
  prettier,
);

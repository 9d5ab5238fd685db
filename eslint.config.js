// ESLint checks which way imports point between layers (README, developer section); it does not check style.
// Rules stay few: each one encodes an arrow of the architecture, and a wrong-way import fails `npm test`.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import { importDirection } from './scripts/lint/import-direction.js';

const kontaktspor = { rules: { 'import-direction': importDirection } };

const botbuilderOnlyInBot = {
  patterns: [
    {
      group: ['botbuilder', 'botbuilder-*', 'botframework-*', 'botbuilder/*', 'botframework-*/*'],
      message: 'Teams and botbuilder live under bot/; call a use case or a port from here instead.',
    },
  ],
};

export default defineConfig(
  {
    ignores: [
      'dist/**',
      'build/**',
      'node_modules/**',
      'bench/results/**',
      'test-artifacts/**',
      'test/fixtures/**',
      '.data/**',
      '**/*.d.ts',
    ],
  },
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    languageOptions: { parser: tseslint.parser },
    plugins: { kontaktspor },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'kontaktspor/import-direction': ['error', { layer: 'src/domain', allow: ['src/domain'], packages: [] }],
    },
  },
  {
    files: ['src/app/**/*.ts'],
    rules: {
      'kontaktspor/import-direction': [
        'error',
        { layer: 'src/app', allow: ['src/app', 'src/domain', 'src/ports'], packages: [] },
      ],
    },
  },
  {
    files: ['web-shared/**/*.{ts,tsx}'],
    rules: {
      'kontaktspor/import-direction': [
        'error',
        { layer: 'web-shared', allow: ['web-shared', 'src/domain'], allowTypeOnly: ['src/http'] },
      ],
    },
  },
  {
    files: ['tab/src/**/*.{ts,tsx}'],
    rules: {
      'kontaktspor/import-direction': [
        'error',
        { layer: 'tab/src', allow: ['tab/src', 'web-shared'], allowTypeOnly: ['src/http', 'src/domain'] },
      ],
    },
  },
  {
    files: ['addin/src/**/*.{ts,tsx}'],
    rules: {
      'kontaktspor/import-direction': [
        'error',
        { layer: 'addin/src', allow: ['addin/src', 'web-shared'], allowTypeOnly: ['src/http', 'src/domain'] },
      ],
    },
  },
  {
    files: ['src/**/*.ts', 'web-shared/**/*.{ts,tsx}', 'tab/src/**/*.{ts,tsx}', 'addin/src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', botbuilderOnlyInBot] },
  },
);

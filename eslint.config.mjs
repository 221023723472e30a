import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** Core modules stay pure: no clock, no randomness, no I/O (see DESIGN.md, "Architecture"). */
const pureCore = {
  files: ['server/engine/**/*.ts', 'server/scoring/**/*.ts', 'server/language/**/*.ts'],
  rules: {
    'no-restricted-globals': [
      'error',
      { name: 'setTimeout', message: 'The core is pure: the server schedules time.' },
      { name: 'setInterval', message: 'The core is pure: the server schedules time.' },
      { name: 'process', message: 'The core is pure: pass configuration in.' },
      { name: 'Date', message: 'The core is pure: pass time in.' },
    ],
    'no-restricted-properties': [
      'error',
      {
        object: 'Math',
        property: 'random',
        message: 'Use the seeded generator in engine/random.ts.',
      },
    ],
    'no-restricted-imports': [
      'error',
      { patterns: ['fs', 'node:*', 'fs/*', 'path', 'http', 'net', 'child_process'] },
    ],
  },
};

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'dist/**', 'coverage/**', 'client/dist/**', 'tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  pureCore,
);

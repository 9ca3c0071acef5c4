// Lint: type-aware typescript-eslint, Microsoft's office-addins rules, Prettier for formatting,
// and the rule that keeps src/core pure (no Office, DOM or Node APIs: architecture guide).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';
import prettier from 'eslint-config-prettier';

const hostGlobals = [
  'Excel',
  'Office',
  'OfficeExtension',
  'CustomFunctions',
  'window',
  'document',
  'navigator',
  'localStorage',
  'fetch',
  'XMLHttpRequest',
  'process',
  'Buffer',
  'require',
  '__dirname',
  'setTimeout',
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'out/**',
      'node_modules/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
      'tools/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/call-sync-after-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      // Plain JavaScript (configs, scripts) is linted without type information.
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
        __filename: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
    rules: { ...tseslint.configs.disableTypeChecked.rules, '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...hostGlobals.map((name) => ({ name, message: 'src/core is pure: pass data in from a host adapter.' })),
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'fs',
                'fs/*',
                'node:*',
                'path',
                'os',
                'child_process',
                'stream',
                'zlib',
                'crypto',
                'util',
                'buffer',
              ],
              message: 'src/core is pure: no Node APIs.',
            },
            {
              group: [
                'exceljs',
                'react',
                'react-dom',
                '@fluentui/*',
                '@microsoft/office-js',
                '**/office/**',
                '**/files/**',
                '**/taskpane/**',
                '**/cli/**',
                '**/functions/**',
              ],
              message: 'src/core is pure: hosts depend on the core, not the reverse.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);

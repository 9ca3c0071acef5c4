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
      'dist-bench/**',
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
  // The layer order (architecture guide), lowest first. A folder may import only from layers below
  // it, never from a higher layer and never from a peer in its own rank (files, office and lib are
  // independent adapters; taskpane and cli independent apps). Relative imports are matched by the
  // top-level folder they climb to, e.g. '../../taskpane/x' from anywhere below src/.
  ...layerZones(),
  prettier,
);

function layerZones() {
  const ranks = [['core'], ['workbook'], ['files', 'office', 'lib'], ['functions'], ['taskpane', 'cli']];
  const nodeApis = [
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
  ];
  const uiAndHosts = ['exceljs', 'react', 'react-dom', '@fluentui/*', '@microsoft/office-js'];
  return ranks.flatMap((rank, level) =>
    rank.map((folder) => {
      const above = ranks.slice(level + 1).flat();
      const peers = rank.filter((other) => other !== folder);
      const patterns = [];
      if (above.length > 0) {
        patterns.push({
          regex: `^(\\.\\./)+(${above.join('|')})(/|$)`,
          message: `src/${folder} is below ${above.join(', ')}: higher layers depend on it, not the reverse.`,
        });
      }
      if (peers.length > 0) {
        patterns.push({
          regex: `^(\\.\\./)+(${peers.join('|')})(/|$)`,
          message: `src/${folder} and ${peers.join(', ')} are peers: share code through a lower layer (core or workbook).`,
        });
      }
      if (folder === 'core' || folder === 'workbook') {
        patterns.push({ group: nodeApis, message: `src/${folder} is host-neutral: no Node APIs.` });
        patterns.push({
          group: uiAndHosts,
          message: `src/${folder} is host-neutral: no UI, Office or file libraries.`,
        });
      }
      const config = {
        files: [`src/${folder}/**/*.{ts,tsx}`],
        rules: { 'no-restricted-imports': ['error', { patterns }] },
      };
      if (folder === 'core') {
        config.rules['no-restricted-globals'] = [
          'error',
          ...hostGlobals.map((name) => ({ name, message: 'src/core is pure: pass data in from a host adapter.' })),
        ];
      }
      return config;
    }),
  );
}

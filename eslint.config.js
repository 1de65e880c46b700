import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * The tenant core must run identically in the page, in Node and in a worker, and replay must
 * reproduce a state byte for byte. These rules are the wall that keeps it that way.
 */
export const tenantCoreWall = {
  files: ['src/tenant/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [
          { name: 'react', message: 'src/tenant is UI-free: no React.' },
          { name: 'react-dom', message: 'src/tenant is UI-free: no React DOM.' },
          { name: '@xstate/react', message: 'src/tenant is UI-free: no @xstate/react.' },
          { name: 'dexie', message: 'src/tenant does no storage: no Dexie.' },
          { name: 'react-router', message: 'src/tenant is UI-free: no router.' },
        ],
        patterns: [
          { group: ['**/app/**', '**/app', 'src/app/**'], message: 'src/tenant may not import the app.' },
          { group: ['**/storage/**', '**/scenario/**', '**/console/**', '**/graph/**', '**/cli/**'], message: 'src/tenant imports nothing of ours.' },
          { group: ['react/*', 'react-dom/*', 'react-router/*', 'dexie/*', '@fluentui/*'], message: 'src/tenant is UI-free.' },
        ],
      },
    ],
    'no-restricted-properties': [
      'error',
      { object: 'Date', property: 'now', message: 'Use the simulated clock in the tenant state.' },
      { object: 'Math', property: 'random', message: 'Use the seeded id generator in the tenant state.' },
      { object: 'crypto', property: 'randomUUID', message: 'Use the seeded id generator in the tenant state.' },
      { object: 'globalThis', property: 'crypto', message: 'Use the seeded id generator in the tenant state.' },
      { object: 'performance', property: 'now', message: 'Use the simulated clock in the tenant state.' },
    ],
    'no-restricted-syntax': [
      'error',
      { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'new Date() reads the wall clock; use the simulated clock.' },
      { selector: "CallExpression[callee.name='Date']", message: 'Date() reads the wall clock; use the simulated clock.' },
    ],
  },
};

/** The scenario engine, the read models and the attempt session run in the page and in Node; storage runs under the UI. None renders. */
export const layerWalls = [
  {
    files: ['src/scenario/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', '@xstate/react', 'dexie', 'react-router'].map((name) => ({ name, message: 'src/scenario runs in Node too: no UI or storage.' })),
          patterns: [{ group: ['**/app/**', '**/storage/**', '@fluentui/*'], message: 'src/scenario depends only on src/tenant.' }],
        },
      ],
    },
  },
  {
    files: ['src/views/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', '@xstate/react', 'dexie', 'react-router'].map((name) => ({ name, message: 'src/views are headless read models: the console and Graph use them too.' })),
          patterns: [{ group: ['**/app/**', '**/storage/**', '**/session/**', '@fluentui/*'], message: 'src/views read only the tenant.' }],
        },
      ],
    },
  },
  {
    files: ['src/session/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', '@xstate/react', 'react-router'].map((name) => ({ name, message: 'src/session is headless: the CLI, console and Graph drive attempts through it.' })),
          patterns: [{ group: ['**/app/**', '@fluentui/*', 'react/*', 'react-dom/*'], message: 'src/session may not import the app or the UI.' }],
        },
      ],
    },
  },
  {
    files: ['src/console/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', '@xstate/react', 'dexie', 'react-router'].map((name) => ({ name, message: 'src/console is headless: the terminal in src/app draws it.' })),
          patterns: [{ group: ['**/app/**', '**/storage/**', '@fluentui/*', '@xterm/*'], message: 'src/console runs in Node too: no UI, storage or terminal.' }],
        },
      ],
    },
  },
  {
    files: ['src/storage/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', '@xstate/react', 'react-router'].map((name) => ({ name, message: 'src/storage is below the UI: no React.' })),
          patterns: [{ group: ['**/app/**', '@fluentui/*'], message: 'src/storage may not import the app.' }],
        },
      ],
    },
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'src/tenant/catalog/*.generated.ts', 'public/mockServiceWorker.js', 'src/console/language/parser.generated.*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.tsx', 'src/app/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  tenantCoreWall,
  ...layerWalls,
);

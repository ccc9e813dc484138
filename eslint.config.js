import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.data/**',
      'neo4j-local/target/**',
      'tests/artifacts/**',
      'bench/results/**',
      'client/src/gql/graphql-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['client/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // Only the server's data-access layer talks to Neo4j; the launcher and test harness may too.
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/db/**', 'server/src/repositories/**', 'server/src/main.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['neo4j-driver'] }],
    },
  },
  {
    files: ['client/src/**/*.{ts,tsx}'],
    ignores: ['client/src/features/graph-canvas/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['cytoscape', 'cytoscape-fcose'] }],
    },
  },
);

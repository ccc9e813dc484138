/**
 * One jest run, three projects: unit (pure code), integration (a real Neo4j started once per run
 * by tests/helpers/global-setup.ts) and e2e (real Chromium against the real server).
 * Test files run one at a time: they share that Neo4j, and each starts from an emptied database.
 */
const transform = {
  '^.+\\.tsx?$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', tsx: true },
        target: 'es2022',
        transform: { react: { runtime: 'automatic' } },
      },
      module: { type: 'es6' },
    },
  ],
};

const project = (name) => ({
  displayName: name,
  testMatch: [`<rootDir>/tests/${name}/**/*.test.ts`],
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform,
  testEnvironment: 'node',
});

export default {
  projects: [project('unit'), project('integration'), project('e2e')],
  // Jest reads the timeout from the global config only; browser flows on a busy 2-core machine need it.
  testTimeout: 90_000,
  globalSetup: '<rootDir>/tests/helpers/global-setup.ts',
  globalTeardown: '<rootDir>/tests/helpers/global-teardown.ts',
  maxWorkers: 1,
  reporters: ['default', '<rootDir>/tests/helpers/summary-reporter.js'],
};

/**
 * `npm run fuzz -- --runs 5000 [--seed 42] [--writes]`: the GraphQL fuzz test
 * (tests/integration/graphql-fuzz.test.ts) for a long run, through jest so it gets the same
 * throw-away Neo4j and seeded article graph. `--writes` adds mutations, with a write token.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '2000' },
    seed: { type: 'string' },
    writes: { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive whole number');

const result = spawnSync(
  process.execPath,
  [
    '--experimental-vm-modules',
    'node_modules/jest/bin/jest.js',
    '--selectProjects',
    'integration',
    '--testPathPatterns',
    'graphql-fuzz',
  ],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      GUANXI_FUZZ_RUNS: String(runs),
      ...(values.seed ? { GUANXI_FUZZ_SEED: values.seed } : {}),
      ...(values.writes ? { GUANXI_FUZZ_WRITES: 'yes' } : {}),
    },
  },
);
process.exit(result.status ?? 1);

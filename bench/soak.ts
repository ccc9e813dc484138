import { parseArgs } from 'node:util';
import { emptyDatabase } from '../tests/helpers/test-database';
import { benchNeo4j } from './neo4j';
import { formatSoakReport, runSoak } from './soak-load';
import { createDriver, createLogger, Executor } from '@guanxi/server';

/**
 * `npm run soak -- --minutes 5 [--rate 20]`: the real server in-process on a free port, over a
 * Neo4j of its own (or NEO4J_URI with GUANXI_BENCH_RESET=yes, which empties it), under a fixed
 * rate of mixed reads and writes over HTTP. Exits 1 when any operation failed.
 */
const { values } = parseArgs({
  options: { minutes: { type: 'string', default: '5' }, rate: { type: 'string', default: '20' } },
});
const minutes = Number(values.minutes);
const rate = Number(values.rate);
if (!(minutes > 0) || !(rate > 0)) {
  console.error('usage: npm run soak -- [--minutes 5] [--rate 20]');
  process.exit(2);
}

const database = await benchNeo4j();
if (!database.disposable) {
  console.error(
    'soak: NEO4J_URI points at a database the soak would write to and empty; ' +
      'set GUANXI_BENCH_RESET=yes if that is what you want.',
  );
  await database.stop();
  process.exit(2);
}
try {
  const driver = createDriver(database.connection);
  await emptyDatabase(new Executor(driver, { timeoutMs: 60_000, logger: createLogger('warn') }));
  await driver.close();
  const report = await runSoak({
    connection: database.connection,
    durationMs: minutes * 60_000,
    ratePerSecond: rate,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(`${formatSoakReport(report)}\n`);
  process.exitCode = report.errors === 0 ? 0 : 1;
} finally {
  await database.stop();
}

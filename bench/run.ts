import { parseArgs } from 'node:util';
import {
  applyMigrations,
  createDriver,
  createGuanxiYoga,
  createLogger,
  Executor,
} from '@guanxi/server';
import { emptyDatabase } from '../tests/helpers/test-database';
import { checkSameAnswer } from './check';
import { compareUnderLoad, type LoadSettings } from './compare';
import { measureConnections } from './connections';
import { measureImport } from './import';
import { againstHandWrittenCypher } from './in-process';
import { LastRequestExecutor } from './servers/last-request-executor';
import { benchNeo4j } from './neo4j';
import { institutionMembers } from './operations/institution-members';
import { neighbourhood } from './operations/neighbourhood';
import { peopleList } from './operations/people-list';
import { trivialOperation } from './overhead';
import {
  comparisonRow,
  connectionsRow,
  importRows,
  markdownReport,
  type TableRow,
  writeReport,
} from './report';
import { type Contender, startContender } from './servers/contender';
import { busiestInstitution, roomiestNeighbourhood } from './subjects';

/**
 * `npm run bench [-- --people 10000 --seconds 5 --rounds 2]`: on a synthetic graph of `people`,
 * Guanxi against @neo4j/graphql, each served over HTTP from its own process on the same Neo4j:
 * answers checked identical, then latency and throughput at 1, 8 and 32 clients; the server's
 * own overhead; the nested operation against hand-written Cypher; the import. One Markdown table.
 */
const { values } = parseArgs({
  options: {
    people: { type: 'string', default: process.env.GUANXI_BENCH_PEOPLE ?? '10000' },
    seconds: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '2' },
  },
});
const [people, seconds, rounds] = [values.people, values.seconds, values.rounds].map(Number);
if (![people, seconds, rounds].every((n) => Number.isInteger(n) && n! > 0)) {
  console.error('usage: npm run bench -- [--people 10000] [--seconds 5] [--rounds 2]');
  process.exit(2);
}
const CLIENTS = [1, 8, 32];
const settings: LoadSettings = { seconds: seconds!, rounds: rounds!, warmupSeconds: 2 };
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

const logger = createLogger('warn');
const neo4j = await benchNeo4j();
const driver = createDriver(neo4j.connection);
const executor = new Executor(driver, { timeoutMs: 10 * 60_000, logger });
const contenders: Contender[] = [];
try {
  if (!neo4j.disposable) {
    throw new Error(
      'NEO4J_URI is set: the bench empties the database it uses. Set GUANXI_BENCH_RESET=yes to allow that, or unset NEO4J_URI to let the bench start its own Neo4j.',
    );
  }
  await emptyDatabase(executor);
  await applyMigrations(executor);
  // The import is measured, and leaves the graph every later row reads.
  const imported = await measureImport({ executor, people: people! });
  log(`synthetic graph of ${people} people loaded`);

  const guanxi = await startContender('Guanxi', neo4j.connection);
  contenders.push(guanxi);
  const peer = await startContender('@neo4j/graphql', neo4j.connection);
  contenders.push(peer);

  const operations = [
    peopleList,
    institutionMembers(await busiestInstitution(executor)),
    neighbourhood(await roomiestNeighbourhood(guanxi.url)),
  ];
  const rows: TableRow[] = [];
  const overheadTrips = await checkSameAnswer(trivialOperation, guanxi, peer);
  const overhead = await compareUnderLoad(trivialOperation, guanxi, peer, 1, settings);
  rows.push(
    comparisonRow(
      trivialOperation.name,
      1,
      overheadTrips,
      overhead.guanxi,
      overhead.peer,
      'overhead',
    ),
  );
  log('server overhead measured');
  for (const operation of operations) {
    const roundTrips = await checkSameAnswer(operation, guanxi, peer);
    for (const clients of CLIENTS) {
      const figures = await compareUnderLoad(operation, guanxi, peer, clients, settings);
      rows.push(
        comparisonRow(operation.name, clients, roundTrips, figures.guanxi, figures.peer, 'load'),
      );
      log(`${operation.name} at ${clients} clients measured`);
    }
  }
  const nested = operations[1]!;
  rows.push(await againstHandWrittenCypher(driver, logger, String(nested.guanxi.variables?.id)));
  rows.push(...importRows(imported));
  const counting = new LastRequestExecutor(driver, { timeoutMs: 60_000, logger });
  const connectionsYoga = createGuanxiYoga({ executor: counting, logger, tokens: [] });
  const connections = await measureConnections(
    driver,
    (url, init) => connectionsYoga.fetch(url, init),
    { lastRequestStatements: () => counting.lastRequest?.roundTrips ?? 0 },
  );
  rows.push(...connections.map(connectionsRow));
  log('connections measured');

  const report = markdownReport(
    {
      command: `npm run bench -- --people ${people} --seconds ${seconds} --rounds ${rounds}`,
      people: people!,
      database: process.env.NEO4J_URI
        ? 'the Neo4j at NEO4J_URI'
        : 'a Neo4j 5.26 of its own on the same machine (neo4j-local, heap 2 GiB, page cache 512 MiB)',
      compared: [trivialOperation, ...operations].map(({ name, compared }) => ({
        measurement: name,
        compared,
      })),
      settings:
        `Each contender in its own process, over HTTP on 127.0.0.1, loaded by autocannon (closed loop) ` +
        `in ${rounds} alternating rounds of ${seconds} s after ${settings.warmupSeconds} s of unmeasured warm-up; ` +
        `answers checked identical first; latency of successful answers only.`,
    },
    rows,
  );
  process.stdout.write(`${report}\n`);
  log(`written to ${await writeReport(report, { people, settings, rows, imported })}`);
} finally {
  for (const contender of contenders) await contender.stop();
  await driver.close();
  await neo4j.stop();
}

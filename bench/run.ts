import { generateSyntheticGraph } from '@guanxi/seed';
import {
  applyMigrations,
  createDriver,
  createGuanxiYoga,
  createLogger,
  Executor,
  loadGraph,
  seedArticle,
} from '@guanxi/server';
import type { Driver } from 'neo4j-driver';
import { emptyDatabase } from '../tests/helpers/test-database';
import { measurePair } from './measure';
import { benchNeo4j } from './neo4j';
import { NESTED_OPERATION } from '../tests/helpers/nested-operation';
import { type NestedShape, runBaseline, shapeOfGraphQL } from './nested-operation';
import { printResults, type ScenarioResult, writeResults } from './report';

/**
 * `npm run bench`: one nested GraphQL operation, in-process through yoga.fetch, against the
 * same data fetched by hand-written Cypher through the raw driver — on the article graph and
 * on a synthetic graph (GUANXI_BENCH_PEOPLE, 10,000 by default). Prints and writes the results.
 */
const SYNTHETIC_PEOPLE = Number(process.env.GUANXI_BENCH_PEOPLE ?? 10_000);
const RUNS = { warmup: 30, iterations: 300 };

/** Each request's executor counts its own round trips; this keeps the last one's count. */
class LastRequestExecutor extends Executor {
  lastRequest: Executor | undefined;
  override fork(): Executor {
    this.lastRequest = super.fork();
    return this.lastRequest;
  }
}

const logger = createLogger('warn');

async function scenario(
  name: string,
  driver: Driver,
  executor: LastRequestExecutor,
  institution: string,
): Promise<ScenarioResult> {
  const yoga = createGuanxiYoga({ executor, logger, tokens: [] });
  const runGraphQL = async (): Promise<NestedShape> => {
    const response = await yoga.fetch('http://bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: NESTED_OPERATION, variables: { id: institution } }),
    });
    const body = (await response.json()) as {
      data?: Parameters<typeof shapeOfGraphQL>[0];
      errors?: unknown;
    };
    if (body.errors || !body.data)
      throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
    return shapeOfGraphQL(body.data);
  };

  const shape = await runGraphQL();
  const graphqlRoundTrips = executor.lastRequest?.roundTrips ?? 0;
  const baselineShape = await runBaseline(driver, institution);
  if (JSON.stringify(shape) !== JSON.stringify(baselineShape)) {
    throw new Error(`GraphQL and baseline disagree: ${JSON.stringify({ shape, baselineShape })}`);
  }
  const [graphql, baseline] = await measurePair(
    runGraphQL,
    () => runBaseline(driver, institution),
    RUNS,
  );
  return {
    scenario: name,
    institution,
    shape,
    graphqlRoundTrips,
    baselineRoundTrips: 1,
    graphql,
    baseline,
    ratioP50: graphql.p50 / baseline.p50,
    ratioP95: graphql.p95 / baseline.p95,
  };
}

async function busiestInstitution(executor: Executor): Promise<string> {
  const [row] = await executor.run(
    'benchBusiestInstitution',
    `MATCH (i:Institution)<-[:HOLDS_POSITION|MEMBER_OF]-(p:Person)
     RETURN i.id AS id, count(p) AS people ORDER BY people DESC, id LIMIT 1`,
  );
  if (!row) throw new Error('the graph has no institution with people');
  return String(row.get('id'));
}

const neo4j = await benchNeo4j();
const driver = createDriver(neo4j.connection);
const executor = new LastRequestExecutor(driver, { timeoutMs: 60_000, logger });
try {
  if (!neo4j.disposable) {
    throw new Error(
      'NEO4J_URI is set: the bench empties the database it uses. Set GUANXI_BENCH_RESET=yes to allow that, or unset NEO4J_URI to let the bench start its own Neo4j.',
    );
  }
  await emptyDatabase(executor);
  await applyMigrations(executor);
  await seedArticle(executor);
  const results = [
    await scenario('article', driver, executor, 'shanghai-association-of-overseas-returnees'),
  ];

  await emptyDatabase(executor);
  const started = performance.now();
  const loaded = await loadGraph(
    executor,
    generateSyntheticGraph({ people: SYNTHETIC_PEOPLE }),
    () => undefined,
  );
  if (!loaded.ok) throw new Error('the synthetic graph did not load');
  process.stderr.write(
    `[bench] synthetic graph of ${SYNTHETIC_PEOPLE} people loaded in ${Math.round(performance.now() - started)} ms\n`,
  );
  results.push(
    await scenario(
      `synthetic (${SYNTHETIC_PEOPLE} people)`,
      driver,
      executor,
      await busiestInstitution(executor),
    ),
  );

  printResults(results);
  process.stdout.write(`\nwritten to ${await writeResults(results)}\n`);
} finally {
  await driver.close();
  await neo4j.stop();
}

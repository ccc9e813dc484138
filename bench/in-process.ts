import { createGuanxiYoga, type createLogger } from '@guanxi/server';
import type { Driver } from 'neo4j-driver';
import { NESTED_OPERATION } from '../tests/helpers/nested-operation';
import { measurePair } from './measure';
import { type NestedShape, runBaseline, shapeOfGraphQL } from './nested-operation';
import { sequentialRow, type TableRow } from './report';
import { LastRequestExecutor } from './servers/last-request-executor';

const RUNS = { warmup: 30, iterations: 300 };

/**
 * What the GraphQL layer costs over the best a careful engineer could write by hand: the nested
 * operation in-process through yoga.fetch (no HTTP) against one hand-written Cypher statement
 * through the raw driver, one request at a time.
 */
export async function againstHandWrittenCypher(
  driver: Driver,
  logger: ReturnType<typeof createLogger>,
  institution: string,
): Promise<TableRow> {
  const executor = new LastRequestExecutor(driver, { timeoutMs: 60_000, logger });
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
  return sequentialRow(
    'institution members, in-process, other: hand-written Cypher (raw driver)',
    { guanxi: graphqlRoundTrips, peer: 1 },
    graphql,
    baseline,
  );
}

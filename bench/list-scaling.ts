import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { checkGraph } from '@guanxi/graph-io';
import { generateSyntheticGraph } from '@guanxi/seed';
import {
  applyMigrations,
  createDriver,
  createGuanxiYoga,
  createLogger,
  deleteGraph,
  writeGraph,
} from '@guanxi/server';
import { listCursor } from '../server/src/services/list-cursor';
import { summarise, type Timing } from './measure';
import { LastRequestExecutor } from './servers/last-request-executor';
import { benchNeo4j } from './neo4j';

/** One page of 50 people by name, at one graph size. */
export interface ListScalingRow {
  people: number;
  page: 'first' | 'deep keyset';
  totalCount: boolean;
  timing: Timing;
  roundTrips: number;
}

const PAGE = /* GraphQL */ `
  query Page($after: String) {
    people(first: 50, after: $after) {
      edges {
        cursor
        node {
          name
        }
      }
    }
  }
`;
const PAGE_WITH_TOTAL = PAGE.replace('edges {', 'totalCount\n      edges {');

/**
 * Loads the synthetic graph of each size in turn into the emptied database behind `executor`
 * and times a page of 50 people's names through GraphQL (in-process): the first page and a page
 * 90% of the way down (after a keyset cursor), each with and without `totalCount`.
 */
export async function measureListScaling(
  executor: LastRequestExecutor,
  sizes: readonly number[],
  iterations: number,
): Promise<ListScalingRow[]> {
  const yoga = createGuanxiYoga({ executor, logger: createLogger('warn'), tokens: [] });
  const run = async (query: string, after: string | null) => {
    const response = await yoga.fetch('http://bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables: { after } }),
    });
    const body = (await response.json()) as { errors?: unknown; data?: unknown };
    if (body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  };
  const rows: ListScalingRow[] = [];
  for (const people of sizes) {
    await deleteGraph(executor);
    const checked = checkGraph(generateSyntheticGraph({ people, seed: 42 }), () => undefined);
    if (!checked.ok) throw new Error('the synthetic graph must be valid');
    await writeGraph(executor, checked.graph, { transactions: 'per-batch' });
    const [deep] = await executor.run(
      'benchDeepPerson',
      `MATCH (n:Person) WITH n ORDER BY n.name, n.id SKIP toInteger($skip) LIMIT 1 RETURN n.name AS name, n.id AS id`,
      { skip: Math.floor(people * 0.9) },
    );
    const deepCursor = listCursor(
      { field: 'NAME', direction: 'ASC' },
      { name: String(deep!.get('name')), id: String(deep!.get('id')) },
    );
    for (const [page, after] of [
      ['first', null],
      ['deep keyset', deepCursor],
    ] as const) {
      for (const totalCount of [false, true]) {
        const query = totalCount ? PAGE_WITH_TOTAL : PAGE;
        for (let i = 0; i < 20; i += 1) await run(query, after);
        const durations: number[] = [];
        for (let i = 0; i < iterations; i += 1) {
          const started = performance.now();
          await run(query, after);
          durations.push(performance.now() - started);
        }
        const roundTrips = executor.lastRequest?.roundTrips ?? 0;
        rows.push({ people, page, totalCount, timing: summarise(durations), roundTrips });
      }
    }
  }
  return rows;
}

async function main() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '10000,100000' },
      iterations: { type: 'string', default: '200' },
    },
  });
  const sizes = values.sizes.split(',').map(Number);
  const neo4j = await benchNeo4j();
  if (!neo4j.disposable)
    throw new Error('list-scaling empties its database: set GUANXI_BENCH_RESET=yes');
  const logger = createLogger('warn');
  const driver = createDriver(neo4j.connection);
  try {
    const executor = new LastRequestExecutor(driver, { timeoutMs: 600_000, logger });
    await applyMigrations(executor);
    const rows = await measureListScaling(executor, sizes, Number(values.iterations));
    process.stdout.write(
      '| people | page | totalCount | p50 ms | p95 ms | round trips |\n|---|---|---|---|---|---|\n',
    );
    for (const row of rows) {
      process.stdout.write(
        `| ${row.people} | ${row.page} | ${row.totalCount ? 'yes' : 'no'} | ${row.timing.p50.toFixed(2)} | ${row.timing.p95.toFixed(2)} | ${row.roundTrips} |\n`,
      );
    }
  } finally {
    await driver.close();
    await neo4j.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();

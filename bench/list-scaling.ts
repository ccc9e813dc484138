import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { checkGraph } from '@guanxi/graph-io';
import { generateSyntheticGraph } from '@guanxi/seed';
import {
  applyMigrations,
  computeScores,
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

/** One page of 50 people by name or by PageRank, at one graph size. */
export interface ListScalingRow {
  people: number;
  order: 'name' | 'PageRank';
  page: 'first' | 'deep keyset';
  totalCount: boolean;
  timing: Timing;
  roundTrips: number;
}

const PAGE = /* GraphQL */ `
  query Page($after: String, $orderBy: EntityOrder) {
    people(first: 50, after: $after, orderBy: $orderBy) {
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

const BY_PAGE_RANK = { field: 'PAGE_RANK', direction: 'DESC' } as const;

/** The cursors of the person 90% of the way down each order: where a deep page starts. */
async function deepCursors(executor: LastRequestExecutor, people: number) {
  const skip = Math.floor(people * 0.9);
  const [byName] = await executor.run(
    'benchDeepPerson',
    `MATCH (n:Person) WITH n ORDER BY n.name, n.id SKIP toInteger($skip) LIMIT 1 RETURN n.name AS name, n.id AS id`,
    { skip },
  );
  const [byPageRank] = await executor.run(
    'benchDeepPersonByPageRank',
    `MATCH (n:Person) WITH n ORDER BY n.pageRank DESC, n.id DESC SKIP toInteger($skip) LIMIT 1 RETURN n.pageRank AS score, n.id AS id`,
    { skip },
  );
  return {
    name: listCursor(
      { field: 'NAME', direction: 'ASC' },
      { name: String(byName!.get('name')), id: String(byName!.get('id')) },
    ),
    PageRank: listCursor(BY_PAGE_RANK, {
      name: '',
      id: String(byPageRank!.get('id')),
      score: Number(byPageRank!.get('score')),
    }),
  };
}

/**
 * Loads the synthetic graph of each size in turn into the emptied database behind `executor`,
 * scores it as `npm run analyse` does, and times a page of 50 people's names through GraphQL
 * (in-process), by name and by PageRank: the first page and a page 90% of the way down (after a
 * keyset cursor), each with and without `totalCount`.
 */
export async function measureListScaling(
  executor: LastRequestExecutor,
  sizes: readonly number[],
  iterations: number,
): Promise<ListScalingRow[]> {
  const yoga = createGuanxiYoga({ executor, logger: createLogger('warn'), tokens: [] });
  const run = async (query: string, variables: Record<string, unknown>) => {
    const response = await yoga.fetch('http://bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
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
    await computeScores(executor);
    const deep = await deepCursors(executor, people);
    const pages = [
      ['name', 'first', { after: null }],
      ['name', 'deep keyset', { after: deep.name }],
      ['PageRank', 'first', { after: null, orderBy: BY_PAGE_RANK }],
      ['PageRank', 'deep keyset', { after: deep.PageRank, orderBy: BY_PAGE_RANK }],
    ] as const;
    for (const [order, page, variables] of pages) {
      for (const totalCount of [false, true]) {
        const query = totalCount ? PAGE_WITH_TOTAL : PAGE;
        for (let i = 0; i < 20; i += 1) await run(query, variables);
        const durations: number[] = [];
        for (let i = 0; i < iterations; i += 1) {
          const started = performance.now();
          await run(query, variables);
          durations.push(performance.now() - started);
        }
        const roundTrips = executor.lastRequest?.roundTrips ?? 0;
        rows.push({ people, order, page, totalCount, timing: summarise(durations), roundTrips });
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
      '| people | order | page | totalCount | p50 ms | p95 ms | round trips |\n|---|---|---|---|---|---|---|\n',
    );
    for (const row of rows) {
      process.stdout.write(
        `| ${row.people} | ${row.order} | ${row.page} | ${row.totalCount ? 'yes' : 'no'} | ${row.timing.p50.toFixed(2)} | ${row.timing.p95.toFixed(2)} | ${row.roundTrips} |\n`,
      );
    }
  } finally {
    await driver.close();
    await neo4j.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();

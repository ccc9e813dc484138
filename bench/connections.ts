import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { seededRandom } from '@guanxi/graph-metrics';
import { API_LIMITS, ENTITY_RELATION_TYPES } from '@guanxi/graph-schema';
import { findFreePort, startLocalNeo4j } from '@guanxi/neo4j-local';
import { generateSyntheticGraph } from '@guanxi/seed';
import type { Executor } from '@guanxi/server';
import {
  applyMigrations,
  createDriver,
  createGuanxiYoga,
  createLogger,
  loadGraph,
} from '@guanxi/server';
import type { Driver } from 'neo4j-driver';
import { emptyDatabase } from '../tests/helpers/test-database';
import { measurePair, type Timing } from './measure';
import { LastRequestExecutor } from './servers/last-request-executor';
import { benchNeo4j } from './neo4j';

/**
 * Who-knows-whom at scale: `connections` through GraphQL in-process against Neo4j's own
 * bidirectional `allShortestPaths` for the same person pairs, measured in alternation. Run alone:
 *   tsx bench/connections.ts --people 100000 [--data-dir /tmp/guanxi-100k] [--pairs 100]
 * `--data-dir` keeps the loaded graph between runs (it is loaded only when missing); with
 * NEO4J_URI set, the graph there is used as it is.
 */

/** `yoga.fetch`, or anything that answers a GraphQL POST the same way. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response> | Response;

export interface ConnectionsBenchOptions {
  /** Random person pairs measured (seeded). */
  pairs?: number;
  /** Further pairs run before measuring, never measured. */
  warmupPairs?: number;
  /** Times each pair is measured. */
  rounds?: number;
  seed?: number;
  maxHops?: number;
  first?: number;
  /** Cypher statements the last GraphQL request sent, when the caller can count them. */
  lastRequestStatements?: () => number;
}

export interface ConnectionsResultRow {
  scenario: string;
  maxHops: number;
  first: number;
  pairs: number;
  /** Pairs with a path within `maxHops`. */
  connectedPairs: number;
  /** Pairs whose first path is longer or shorter than Neo4j's shortest: must be 0. */
  notShortest: number;
  /** Most Cypher statements one `connections` request sent; null when not counted. */
  maxStatements: number | null;
  graphql: Timing;
  floor: Timing;
  ratioP50: number;
  ratioP95: number;
}

const CONNECTIONS = /* GraphQL */ `
  query Connections($from: ID!, $to: ID!, $maxHops: Int, $first: Int) {
    connections(from: $from, to: $to, maxHops: $maxHops, first: $first) {
      length
      nodes {
        id
      }
      steps {
        relationshipId
        sentence
      }
    }
  }
`;

interface Pair {
  from: string;
  to: string;
}

const TRAVERSED = ENTITY_RELATION_TYPES.join('|');

/** The floor: Neo4j's bidirectional search for every shortest path, as one would write it by hand. */
async function allShortestPathLengths(
  driver: Driver,
  pair: Pair,
  maxHops: number,
): Promise<number[]> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    const result = await session.executeRead((tx) =>
      tx.run(
        `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
         MATCH p = allShortestPaths((a)-[:${TRAVERSED}*..${maxHops}]-(b))
         RETURN [n IN nodes(p) | n.id] AS nodeIds`,
        pair,
      ),
    );
    return result.records.map((row) => (row.get('nodeIds') as string[]).length - 1);
  } finally {
    await session.close();
  }
}

async function connectionLengths(
  fetchLike: FetchLike,
  pair: Pair,
  maxHops: number,
  first: number,
): Promise<number[]> {
  const response = await fetchLike('http://bench/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: CONNECTIONS, variables: { ...pair, maxHops, first } }),
  });
  const body = (await response.json()) as {
    data?: { connections: { length: number }[] };
    errors?: unknown;
  };
  if (body.errors || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data.connections.map((path) => path.length);
}

async function read<T>(driver: Driver, cypher: string, params: Record<string, unknown>) {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    const result = await session.executeRead((tx) => tx.run(cypher, params));
    return result.records.map((row) => row.toObject() as T);
  } finally {
    await session.close();
  }
}

/** mulberry32: the same seed draws the same pairs on every run. */
export function seededIndex(seed: number): (size: number) => number {
  const random = seededRandom(seed);
  return (size) => Math.floor(random() * size);
}

async function randomPersonPairs(driver: Driver, count: number, seed: number): Promise<Pair[]> {
  const ids = (await read<{ id: string }>(driver, 'MATCH (p:Person) RETURN p.id AS id', {}))
    .map((row) => row.id)
    .sort();
  if (ids.length < 2) throw new Error('the graph needs at least two people');
  const draw = seededIndex(seed);
  const pairs: Pair[] = [];
  while (pairs.length < count) {
    const from = ids[draw(ids.length)]!;
    const to = ids[draw(ids.length)]!;
    if (from !== to) pairs.push({ from, to });
  }
  return pairs;
}

/**
 * The hardest empty answer: two people tied only to the two largest institutions, asked one hop
 * short of their distance, so both searches expand through the hubs and exhaust the bound.
 */
async function farApartHubMembers(
  driver: Driver,
): Promise<{ pair: Pair; maxHops: number } | undefined> {
  const hubs = await read<{ id: string }>(
    driver,
    `MATCH (i:Institution)-[:${TRAVERSED}]-()
     RETURN i.id AS id, count(*) AS degree ORDER BY degree DESC, id LIMIT 2`,
    {},
  );
  const loneMembers = await Promise.all(
    hubs.map(async (hub) => {
      const [member] = await read<{ id: string }>(
        driver,
        `MATCH (:Institution {id: $hub})-[:${TRAVERSED}]-(p:Person)
         WHERE COUNT { (p)-[:${TRAVERSED}]-() } = 1
         RETURN p.id AS id ORDER BY id LIMIT 1`,
        { hub: hub.id },
      );
      return member?.id;
    }),
  );
  const [from, to] = loneMembers;
  if (!from || !to) return undefined;
  const [distance] = await read<{ hops: number }>(
    driver,
    `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
     MATCH p = shortestPath((a)-[:${TRAVERSED}*..${API_LIMITS.connections.hops.max}]-(b))
     RETURN length(p) AS hops`,
    { from, to },
  );
  const hops = Number(distance?.hops ?? API_LIMITS.connections.hops.max + 1);
  return hops > 1 ? { pair: { from, to }, maxHops: hops - 1 } : undefined;
}

async function measureScenario(
  scenario: string,
  driver: Driver,
  fetchLike: FetchLike,
  pairs: readonly Pair[],
  warmup: readonly Pair[],
  settings: { maxHops: number; first: number; rounds: number },
  lastRequestStatements: (() => number) | undefined,
): Promise<ConnectionsResultRow> {
  const { maxHops, first, rounds } = settings;
  let connectedPairs = 0;
  let notShortest = 0;
  let maxStatements: number | null = lastRequestStatements ? 0 : null;
  for (const pair of pairs) {
    const lengths = await connectionLengths(fetchLike, pair, maxHops, first);
    if (maxStatements !== null && lastRequestStatements) {
      maxStatements = Math.max(maxStatements, lastRequestStatements());
    }
    const floor = await allShortestPathLengths(driver, pair, maxHops);
    if (floor.length > 0) connectedPairs += 1;
    if (lengths[0] !== floor[0]) notShortest += 1;
  }
  // Warm-up pairs first, then every measured pair `rounds` times, each side in turn.
  const schedule = [...warmup, ...Array.from({ length: rounds }, () => pairs).flat()];
  let graphqlNext = 0;
  let floorNext = 0;
  const [graphql, floor] = await measurePair(
    () => connectionLengths(fetchLike, schedule[graphqlNext++]!, maxHops, first),
    () => allShortestPathLengths(driver, schedule[floorNext++]!, maxHops),
    { warmup: warmup.length, iterations: pairs.length * rounds },
  );
  return {
    scenario,
    maxHops,
    first,
    pairs: pairs.length,
    connectedPairs,
    notShortest,
    maxStatements,
    graphql,
    floor,
    ratioP50: graphql.p50 / floor.p50,
    ratioP95: graphql.p95 / floor.p95,
  };
}

/**
 * `connections(from, to, maxHops, first)` for seeded random person pairs against the raw
 * `allShortestPaths` floor, and the no-path case between the members of the largest hubs.
 */
export async function measureConnections(
  driver: Driver,
  fetchLike: FetchLike,
  options: ConnectionsBenchOptions = {},
): Promise<ConnectionsResultRow[]> {
  const {
    pairs = 100,
    warmupPairs = 20,
    rounds = 1,
    seed = 42,
    maxHops = 4,
    first = 3,
    lastRequestStatements,
  } = options;
  const drawn = await randomPersonPairs(driver, warmupPairs + pairs, seed);
  const rows = [
    await measureScenario(
      'random person pairs',
      driver,
      fetchLike,
      drawn.slice(warmupPairs),
      drawn.slice(0, warmupPairs),
      { maxHops, first, rounds },
      lastRequestStatements,
    ),
  ];
  const hubCase = await farApartHubMembers(driver);
  if (hubCase) {
    rows.push(
      await measureScenario(
        `no path within ${hubCase.maxHops} hops: ${hubCase.pair.from} (largest hub) to ${hubCase.pair.to} (second)`,
        driver,
        fetchLike,
        [hubCase.pair],
        [hubCase.pair, hubCase.pair],
        { maxHops: hubCase.maxHops, first, rounds: 10 },
        lastRequestStatements,
      ),
    );
  }
  return rows;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

function printRows(rows: readonly ConnectionsResultRow[]): void {
  for (const row of rows) {
    process.stdout.write(
      [
        `\n${row.scenario} (maxHops ${row.maxHops}, first ${row.first})`,
        `  pairs ${row.pairs}, connected ${row.connectedPairs}, first path not shortest ${row.notShortest}, statements ≤ ${row.maxStatements ?? '?'}`,
        `  connections        p50 ${ms(row.graphql.p50)}  p95 ${ms(row.graphql.p95)}  p99 ${ms(row.graphql.p99)}  (${row.graphql.samples} runs)`,
        `  allShortestPaths   p50 ${ms(row.floor.p50)}  p95 ${ms(row.floor.p95)}  p99 ${ms(row.floor.p99)}  (${row.floor.samples} runs)`,
        `  ratio              p50 ×${row.ratioP50.toFixed(2)}  p95 ×${row.ratioP95.toFixed(2)}`,
        '',
      ].join('\n'),
    );
  }
}

/** A local Neo4j in `dataDir` that outlives the run, or a throw-away one. */
export async function openNeo4j(dataDir: string | undefined) {
  if (!dataDir) return benchNeo4j();
  const local = await startLocalNeo4j({
    dataDir: path.resolve(dataDir),
    boltPort: await findFreePort(),
    heapMiB: 2048,
    pageCacheMiB: 1024,
    log: (line) => process.stderr.write(`[bench neo4j] ${line}\n`),
  });
  return { connection: local, disposable: true, stop: () => local.stop() };
}

export async function ensureSyntheticGraph(
  executor: Executor,
  people: number,
  disposable: boolean,
): Promise<void> {
  const [row] = await executor.run('benchCountPeople', 'MATCH (p:Person) RETURN count(p) AS n');
  if (Number(row?.get('n')) === people) return;
  if (!disposable) {
    throw new Error(
      `NEO4J_URI holds no synthetic graph of ${people} people; GUANXI_BENCH_RESET=yes lets the bench empty it and load one.`,
    );
  }
  await emptyDatabase(executor);
  await applyMigrations(executor);
  const started = performance.now();
  const loaded = await loadGraph(executor, generateSyntheticGraph({ people }), () => undefined, {
    transactions: 'per-batch',
  });
  if (!loaded.ok) throw new Error('the synthetic graph did not load');
  process.stderr.write(
    `[bench] synthetic graph of ${people} people loaded in ${Math.round(performance.now() - started)} ms\n`,
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      people: { type: 'string', default: '10000' },
      'data-dir': { type: 'string' },
      pairs: { type: 'string', default: '100' },
      rounds: { type: 'string', default: '1' },
    },
  });
  const people = Number(values.people);
  const neo4j = await openNeo4j(values['data-dir']);
  const driver = createDriver(neo4j.connection);
  const logger = createLogger('warn');
  const executor = new LastRequestExecutor(driver, { timeoutMs: 60_000, logger });
  try {
    await ensureSyntheticGraph(executor, people, neo4j.disposable);
    const yoga = createGuanxiYoga({ executor, logger, tokens: [] });
    const rows = await measureConnections(driver, (url, init) => yoga.fetch(url, init), {
      pairs: Number(values.pairs),
      rounds: Number(values.rounds),
      lastRequestStatements: () => executor.lastRequest?.roundTrips ?? 0,
    });
    process.stdout.write(`synthetic graph of ${people} people\n`);
    printRows(rows);
  } finally {
    await driver.close();
    await neo4j.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();

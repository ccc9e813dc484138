import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { API_LIMITS, ENTITY_RELATION_TYPES, RELATION_TYPES } from '@guanxi/graph-schema';
import { createDriver, createGuanxiYoga, createLogger } from '@guanxi/server';
import type { Driver } from 'neo4j-driver';
import { ensureSyntheticGraph, type FetchLike, openNeo4j, seededIndex } from './connections';
import { measurePair, type Timing } from './measure';
import { LastRequestExecutor } from './servers/last-request-executor';

/**
 * The analysis queries at scale, each against the hand-written Cypher that ranks the same answer
 * without GraphQL, projections or evidence, measured in alternation in the same run:
 *   tsx bench/analysis.ts --people 100000 [--data-dir /tmp/guanxi-100k] [--sets 100]
 * `--data-dir` keeps the loaded graph between runs (it is loaded only when missing); with
 * NEO4J_URI set, the graph there is used as it is. Before timing, every ask is answered both
 * ways and the ranked ids compared.
 */

const COMMON = API_LIMITS.analysis.commonConnections;
const INTERLOCKS = API_LIMITS.analysis.interlocks;

/** What the explorer's "What do these share?" panel reads. */
const COMMON_CONNECTIONS = /* GraphQL */ `
  query CommonConnections($ids: [ID!]!) {
    commonConnections(ids: $ids) {
      sharedCount
      directCount
      entity {
        id
        name
      }
      ties {
        nodes {
          id
        }
        steps {
          sentence
          evidence {
            quote
          }
        }
      }
    }
  }
`;

const INTERLOCKS_QUERY = /* GraphQL */ `
  query Interlocks($ids: [ID!]) {
    interlocks(ids: $ids) {
      sharedCount
      institutions {
        id
        name
      }
      people {
        person {
          name
        }
        ties {
          label
          institution {
            id
          }
          evidence {
            quote
          }
        }
      }
    }
  }
`;

const TIES = ENTITY_RELATION_TYPES.join('|');
const TYPE_RANK = Object.fromEntries(RELATION_TYPES.map((type, rank) => [type, rank]));

/** The floor for `commonConnections`: the same ranking, ids only. */
const COMMON_FLOOR = `
  MATCH (given:Entity) WHERE given.id IN $ids
  CALL (given) {
    MATCH (given)-[tie:${TIES}]-(c:Entity) RETURN c, 1 AS direct, type(tie) AS tieType
    UNION
    MATCH (given)-[tie:${TIES}]-()-[:PART_OF]->(c:Entity) RETURN c, 0 AS direct, type(tie) AS tieType
    UNION
    MATCH (given)<-[:PART_OF]-()-[tie:${TIES}]-(c:Entity) RETURN c, 0 AS direct, type(tie) AS tieType
  }
  WITH given, c, max(direct) AS direct, min($typeRank[tieType]) AS typeRank
  WHERE NOT c.id IN $ids
  WITH c, count(given) AS shared, sum(direct) AS direct, min(typeRank) AS typeRank
  WHERE shared >= 2
  RETURN c.id AS id ORDER BY shared DESC, direct DESC, typeRank, c.name, c.id
  LIMIT ${COMMON.first.default}`;

/** The floor for `interlocks`: the same pairs and counts, ids only. */
const INTERLOCKS_FLOOR = `
  MATCH (a:Institution)<-[:HOLDS_POSITION|MEMBER_OF]-(p:Person)-[:HOLDS_POSITION|MEMBER_OF]->(b:Institution)
  WHERE ($ids IS NULL OR (a.id IN $ids AND b.id IN $ids))
    AND (a.name < b.name OR (a.name = b.name AND a.id < b.id))
  WITH a, b, count(DISTINCT p) AS shared WHERE shared >= ${INTERLOCKS.minShared.default}
  RETURN a.id + ' + ' + b.id AS id ORDER BY shared DESC, a.name, b.name, a.id, b.id
  LIMIT ${INTERLOCKS.first.default}`;

interface AnalysisRow {
  scenario: string;
  /** Distinct asks measured; each is measured `rounds` times. */
  asks: number;
  /** Asks whose ranked ids differ between GraphQL and the floor: must be 0. */
  differing: number;
  /** Mean number of results per ask. */
  meanResults: number;
  /** Most Cypher statements one GraphQL request sent. */
  maxStatements: number;
  graphql: Timing;
  floor: Timing;
  goal?: { p95Ms: number; text: string };
}

async function read(driver: Driver, cypher: string, params: Record<string, unknown>) {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    const result = await session.executeRead((tx) => tx.run(cypher, params));
    return result.records.map((row) => row.toObject());
  } finally {
    await session.close();
  }
}

const readIds = async (driver: Driver, cypher: string, params: Record<string, unknown>) =>
  (await read(driver, cypher, params)).map((row) => String(row.id));

/** One GraphQL ask; answers the ranked ids it found. */
function graphqlAsk(
  fetchLike: FetchLike,
  document: string,
  idsOf: (data: Record<string, unknown>) => string[],
) {
  return async (variables: Record<string, unknown>): Promise<string[]> => {
    const response = await fetchLike('http://bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: document, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
    if (body.errors || !body.data)
      throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
    return idsOf(body.data);
  };
}

async function measureScenario(
  scenario: string,
  asks: readonly Record<string, unknown>[],
  warmup: readonly Record<string, unknown>[],
  rounds: number,
  viaGraphql: (variables: Record<string, unknown>) => Promise<string[]>,
  viaFloor: (variables: Record<string, unknown>) => Promise<string[]>,
  lastRequestStatements: () => number,
  goal?: AnalysisRow['goal'],
): Promise<AnalysisRow> {
  let differing = 0;
  let results = 0;
  let maxStatements = 0;
  for (const ask of asks) {
    const answered = await viaGraphql(ask);
    maxStatements = Math.max(maxStatements, lastRequestStatements());
    const floor = await viaFloor(ask);
    if (answered.join('\n') !== floor.join('\n')) differing += 1;
    results += answered.length;
  }
  const schedule = [...warmup, ...Array.from({ length: rounds }, () => asks).flat()];
  let graphqlNext = 0;
  let floorNext = 0;
  const [graphql, floor] = await measurePair(
    () => viaGraphql(schedule[graphqlNext++]!),
    () => viaFloor(schedule[floorNext++]!),
    { warmup: warmup.length, iterations: asks.length * rounds },
  );
  return {
    scenario,
    asks: asks.length,
    differing,
    meanResults: results / asks.length,
    maxStatements,
    graphql,
    floor,
    goal,
  };
}

/** `count` seeded sets of `size` distinct ids drawn from `pool`. */
function randomSets(pool: readonly string[], count: number, size: number, seed: number) {
  const sorted = [...pool].sort();
  const draw = seededIndex(seed);
  return Array.from({ length: count }, () => {
    const set = new Set<string>();
    while (set.size < size) set.add(sorted[draw(sorted.length)]!);
    return [...set];
  });
}

/** The institutions most people hold an office in or belong to. */
const largestInstitutions = (driver: Driver, count: number) =>
  readIds(
    driver,
    `MATCH (i:Institution)
     RETURN i.id AS id ORDER BY COUNT { (i)<-[:HOLDS_POSITION|MEMBER_OF]-(:Person) } DESC, id
     LIMIT toInteger($count)`,
    { count },
  );

interface AnalysisBenchOptions {
  /** Random sets of five people measured (seeded), from everyone and from the largest body. */
  sets?: number;
  rounds?: number;
  seed?: number;
}

/**
 * `commonConnections` of five random people, of five members of the largest body and of the five
 * largest bodies; `interlocks` of the twenty largest bodies and of all of them; each against its
 * floor.
 */
async function measureAnalysis(
  driver: Driver,
  fetchLike: FetchLike,
  lastRequestStatements: () => number,
  options: AnalysisBenchOptions = {},
): Promise<AnalysisRow[]> {
  const { sets = 100, rounds = 1, seed = 42 } = options;
  const warmupSets = 20;
  const common = graphqlAsk(fetchLike, COMMON_CONNECTIONS, (data) =>
    (data.commonConnections as { entity: { id: string } }[]).map((c) => c.entity.id),
  );
  const commonFloor = (variables: Record<string, unknown>) =>
    readIds(driver, COMMON_FLOOR, { ...variables, typeRank: TYPE_RANK });
  const interlocks = graphqlAsk(fetchLike, INTERLOCKS_QUERY, (data) =>
    (data.interlocks as { institutions: { id: string }[] }[]).map((pair) =>
      pair.institutions.map((institution) => institution.id).join(' + '),
    ),
  );
  const interlocksFloor = (variables: Record<string, unknown>) =>
    readIds(driver, INTERLOCKS_FLOOR, { ids: null, ...variables });

  const largest = await largestInstitutions(driver, 20);
  const people = randomSets(
    await readIds(driver, 'MATCH (p:Person) RETURN p.id AS id', {}),
    warmupSets + sets,
    5,
    seed,
  );
  // Five people who share at least one body: the question the explorer's panel is for.
  const members = randomSets(
    await readIds(
      driver,
      'MATCH (:Institution {id: $id})<-[:HOLDS_POSITION|MEMBER_OF]-(p:Person) RETURN DISTINCT p.id AS id',
      { id: largest[0] },
    ),
    warmupSets + sets,
    5,
    seed,
  );
  const rows = [
    await measureScenario(
      'commonConnections of 5 random people',
      people.slice(warmupSets).map((ids) => ({ ids })),
      people.slice(0, warmupSets).map((ids) => ({ ids })),
      rounds,
      common,
      commonFloor,
      lastRequestStatements,
      { p95Ms: 200, text: 'p95 ≤ 200 ms' },
    ),
    await measureScenario(
      `commonConnections of 5 random members of the largest institution (${largest[0]})`,
      members.slice(warmupSets).map((ids) => ({ ids })),
      members.slice(0, warmupSets).map((ids) => ({ ids })),
      rounds,
      common,
      commonFloor,
      lastRequestStatements,
      { p95Ms: 200, text: 'p95 ≤ 200 ms' },
    ),
    await measureScenario(
      'commonConnections of the 5 largest institutions',
      [{ ids: largest.slice(0, 5) }],
      [{ ids: largest.slice(0, 5) }],
      10 * rounds,
      common,
      commonFloor,
      lastRequestStatements,
    ),
    await measureScenario(
      'interlocks of the 20 largest institutions',
      [{ ids: largest }],
      [{ ids: largest }],
      10 * rounds,
      interlocks,
      interlocksFloor,
      lastRequestStatements,
      { p95Ms: 2000, text: 'p95 ≤ 2 s' },
    ),
    await measureScenario(
      'interlocks among all institutions',
      [{}],
      [{}],
      5 * rounds,
      interlocks,
      interlocksFloor,
      lastRequestStatements,
    ),
  ];
  return rows;
}

const ms = (value: number) => value.toFixed(value < 10 ? 2 : 1);

/** The table docs/benchmarks.md shows under "Analysis". */
function markdownTable(rows: readonly AnalysisRow[]): string {
  const cells = (row: AnalysisRow) => [
    row.scenario,
    `${ms(row.graphql.p50)} / ${ms(row.floor.p50)}`,
    `${ms(row.graphql.p95)} / ${ms(row.floor.p95)}`,
    `×${(row.graphql.p95 / row.floor.p95).toFixed(2)}`,
    `${row.graphql.samples} / ${row.floor.samples}`,
    `${row.asks}, ${row.differing}`,
    row.meanResults.toFixed(1),
    String(row.maxStatements),
    row.goal ? `${row.graphql.p95 <= row.goal.p95Ms ? 'met' : 'not met'}: ${row.goal.text}` : '',
  ];
  return [
    '| Measurement | p50 ms (GraphQL / floor) | p95 ms (GraphQL / floor) | p95 ratio | Samples (GraphQL / floor) | Asks, ranked ids differing | Results per ask | Statements | Goal |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${cells(row).join(' | ')} |`),
  ].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      people: { type: 'string', default: '100000' },
      'data-dir': { type: 'string' },
      sets: { type: 'string', default: '100' },
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
    const rows = await measureAnalysis(
      driver,
      (url, init) => yoga.fetch(url, init),
      () => executor.lastRequest?.roundTrips ?? 0,
      { sets: Number(values.sets), rounds: Number(values.rounds) },
    );
    process.stdout.write(
      [
        `Measured ${new Date().toISOString()} on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node.js ${process.version}; synthetic graph of ${people} people.`,
        `Command: \`npm run bench:analysis -- ${process.argv.slice(2).join(' ')}\``,
        '',
        markdownTable(rows),
        '',
      ].join('\n'),
    );
  } finally {
    await driver.close();
    await neo4j.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ENTITY_RELATION_TYPES, type RelationType } from '@guanxi/graph-schema';
import { generateSyntheticGraph } from '@guanxi/seed';
import { createGuanxiYoga, createLogger, Executor, loadGraph } from '@guanxi/server';
import {
  CONNECTIONS_OPERATION as CONNECTIONS,
  type PathResult,
} from '../helpers/connections-operation';
import { seedArticle } from '../helpers/seed-article';
import { emptyDatabase, openEmptyTestDatabase, type TestDatabase } from '../helpers/test-database';

/*
 * `connections` against answers computed here from the raw graph: Neo4j's own shortestPath for
 * the length of the first path, and every simple path enumerated in the test for the rest.
 */

interface Ask {
  from: string;
  to: string;
  maxHops: number;
  first: number;
  avoid?: string[];
  relationTypes?: RelationType[];
}

/** Counts the statements of the last request: each request forks its own executor. */
class LastRequestExecutor extends Executor {
  lastRequest: Executor | undefined;
  override fork(): Executor {
    this.lastRequest = super.fork();
    return this.lastRequest;
  }
}

let db: TestDatabase;
let executor: LastRequestExecutor;
let yoga: ReturnType<typeof createGuanxiYoga>;

beforeAll(async () => {
  db = await openEmptyTestDatabase();
  executor = new LastRequestExecutor(db.driver, {
    timeoutMs: 30_000,
    logger: createLogger('warn'),
  });
  yoga = createGuanxiYoga({ executor, logger: createLogger('silent'), tokens: [] });
}, 60_000);
afterAll(() => db.close());

async function connections(ask: Ask): Promise<PathResult[]> {
  const response = await yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: CONNECTIONS, variables: ask }),
  });
  const body = (await response.json()) as {
    data?: { connections: PathResult[] };
    errors?: unknown;
  };
  expect(body.errors).toBeUndefined();
  return body.data!.connections;
}

/** Neo4j's own bidirectional search: the length every first path must have. */
async function shortestLength(ask: Ask): Promise<number | undefined> {
  const types = ask.relationTypes ?? ENTITY_RELATION_TYPES;
  const [row] = await db.executor.run(
    'testShortestLength',
    `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
     MATCH p = shortestPath((a)-[:${types.join('|')}*..${ask.maxHops}]-(b))
     WHERE none(n IN nodes(p) WHERE n.id IN $avoid)
     RETURN length(p) AS hops`,
    { from: ask.from, to: ask.to, avoid: ask.avoid ?? [] },
  );
  return row ? Number(row.get('hops')) : undefined;
}

/** Who is tied to whom, over the given types, in either direction. */
async function neighbours(types: readonly RelationType[]): Promise<Map<string, Set<string>>> {
  const rows = await db.executor.run(
    'testNeighbours',
    `MATCH (a:Entity)-[r]->(b:Entity) WHERE type(r) IN $types RETURN a.id AS a, b.id AS b`,
    { types },
  );
  const graph = new Map<string, Set<string>>();
  const tie = (a: string, b: string) => graph.set(a, (graph.get(a) ?? new Set()).add(b));
  for (const row of rows) {
    tie(String(row.get('a')), String(row.get('b')));
    tie(String(row.get('b')), String(row.get('a')));
  }
  return graph;
}

function compareIds(a: readonly string[], b: readonly string[]): number {
  for (let index = 0; index < Math.min(a.length, b.length); index += 1) {
    if (a[index] !== b[index]) return a[index]! < b[index]! ? -1 : 1;
  }
  return a.length - b.length;
}

/** Every simple path within the bound, as entity ids, shortest first and then by those ids. */
function rankedSimplePaths(graph: Map<string, Set<string>>, ask: Ask): string[][] {
  const avoided = new Set(ask.avoid ?? []);
  const found: string[][] = [];
  const walk = (path: string[]) => {
    const last = path.at(-1)!;
    if (last === ask.to) {
      found.push([...path]);
      return;
    }
    if (path.length > ask.maxHops) return;
    for (const next of graph.get(last) ?? []) {
      if (path.includes(next) || (avoided.has(next) && next !== ask.to)) continue;
      path.push(next);
      walk(path);
      path.pop();
    }
  };
  walk([ask.from]);
  return found.sort((a, b) => a.length - b.length || compareIds(a, b));
}

/** Each step joins its two entities of the path, by an allowed type, with its evidence. */
function expectWellFormed(path: PathResult, types: readonly RelationType[]): void {
  expect(path.steps).toHaveLength(path.length);
  path.steps.forEach((step, index) => {
    const ends = [path.nodes[index]!.id, path.nodes[index + 1]!.id].sort();
    expect([step.from.id, step.to.id].sort()).toEqual(ends);
    expect(types).toContain(step.type);
    expect(step.sentence).not.toBe('');
    expect(step.evidence.length).toBeGreaterThan(0);
  });
}

/**
 * The most statements one request may send (see `kShortestPaths` and `findConnections`): a
 * search per further length, or for an empty answer the search and the read of its ends.
 */
const statementBound = (ask: Ask, answered: number) =>
  answered === 0 ? 2 : Math.min(ask.first, ask.maxHops);

async function expectExactAnswer(graph: Map<string, Set<string>>, ask: Ask): Promise<void> {
  const paths = await connections(ask);
  expect(executor.lastRequest!.roundTrips).toBeLessThanOrEqual(statementBound(ask, paths.length));
  const expected = rankedSimplePaths(graph, ask).slice(0, ask.first);
  expect(paths.map((path) => path.nodes.map((node) => node.id))).toEqual(expected);
  expect(paths[0]?.length).toBe(await shortestLength(ask));
  for (const path of paths) expectWellFormed(path, ask.relationTypes ?? ENTITY_RELATION_TYPES);
}

describe('connections on the article graph', () => {
  let graph: Map<string, Set<string>>;
  let ids: string[];
  beforeAll(async () => {
    await emptyDatabase(db.executor);
    await seedArticle(db.executor);
    graph = await neighbours(ENTITY_RELATION_TYPES);
    ids = [...graph.keys()].sort();
  }, 60_000);

  it('every person to every entity: the true shortest first, then the next-shortest in order', async () => {
    const people = ['cheng-tong', 'li-ruxin', 'pei-gang', 'wan-gang', 'wu-zhiqiang'];
    for (const from of people) {
      for (const to of ids.filter((id) => id !== from)) {
        await expectExactAnswer(graph, { from, to, maxHops: 4, first: 4 });
      }
    }
  });

  it('avoiding the academy goes the next way round', async () => {
    await expectExactAnswer(graph, {
      from: 'pei-gang',
      to: 'li-ruxin',
      maxHops: 5,
      first: 6,
      avoid: ['chinese-academy-of-sciences'],
    });
  });

  it('only the types asked for, and no path within the bound is an empty list', async () => {
    const relationTypes: RelationType[] = ['HOLDS_POSITION', 'PARTICIPATED_IN'];
    const onlyThose = await neighbours(relationTypes);
    await expectExactAnswer(onlyThose, {
      from: 'pei-gang',
      to: 'wu-zhiqiang',
      maxHops: 4,
      first: 5,
      relationTypes,
    });
    expect(
      await connections({
        from: 'pei-gang',
        to: 'wu-zhiqiang',
        maxHops: 4,
        first: 3,
        relationTypes: ['LOCATED_IN'],
      }),
    ).toEqual([]);
    expect(
      await connections({ from: 'pei-gang', to: 'wu-zhiqiang', maxHops: 1, first: 3 }),
    ).toEqual([]);
  });
});

describe('connections on a synthetic graph with hubs', () => {
  let graph: Map<string, Set<string>>;
  const pairs: [string, string][] = [];
  beforeAll(async () => {
    await emptyDatabase(db.executor);
    const loaded = await loadGraph(
      db.executor,
      generateSyntheticGraph({ people: 200, seed: 11 }),
      () => undefined,
    );
    expect(loaded.ok).toBe(true);
    graph = await neighbours(ENTITY_RELATION_TYPES);
    const people = [...graph.keys()].filter((id) => id.startsWith('person-')).sort();
    // Spread over the list: hub members and loners alike, the same pairs on every run.
    for (let index = 0; index < 12; index += 1) {
      pairs.push([
        people[(index * 37) % people.length]!,
        people[(index * 61 + 13) % people.length]!,
      ]);
    }
  }, 120_000);

  it('matches every simple path ranked by length, then by the entities along it', async () => {
    for (const [from, to] of pairs) {
      await expectExactAnswer(graph, { from, to, maxHops: 4, first: 5 });
    }
  });

  it('avoids the entities asked and keeps to the types asked', async () => {
    for (const [from, to] of pairs.slice(0, 4)) {
      const [shortest] = await connections({ from, to, maxHops: 4, first: 1 });
      const hub = shortest?.nodes[1]?.id;
      await expectExactAnswer(graph, {
        from,
        to,
        maxHops: 4,
        first: 3,
        avoid: hub && hub !== to ? [hub] : [],
      });
      const relationTypes: RelationType[] = ['MEMBER_OF', 'HOLDS_POSITION'];
      await expectExactAnswer(await neighbours(relationTypes), {
        from,
        to,
        maxHops: 4,
        first: 3,
        relationTypes,
      });
    }
  });

  it('answers the same question the same way', async () => {
    const [from, to] = pairs[0]!;
    const ask = { from, to, maxHops: 4, first: 5 };
    expect(await connections(ask)).toEqual(await connections(ask));
  });
});

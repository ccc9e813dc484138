import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { generateSyntheticGraph } from '@guanxi/seed';
import { createLogger, Executor, loadGraph } from '@guanxi/server';
import { graphqlClient } from '../helpers/graphql';
import { seedArticle } from '../helpers/seed-article';
import { emptyDatabase, openEmptyTestDatabase, type TestDatabase } from '../helpers/test-database';
import { NESTED_OPERATION } from '../helpers/nested-operation';

/**
 * Every request of this client shares one executor, so its `roundTrips` counts the Bolt round
 * trips of the operations the test sends — the real driver, only the per-request fork skipped.
 */
class SharedCountExecutor extends Executor {
  override fork(): Executor {
    return this;
  }
}

let db: TestDatabase;
let counting: SharedCountExecutor;

beforeAll(async () => {
  db = await openEmptyTestDatabase();
  counting = new SharedCountExecutor(db.driver, {
    timeoutMs: 30_000,
    logger: createLogger('warn'),
  });
}, 60_000);
afterAll(() => db.close());
// Each test loads the graph it measures.
beforeEach(() => emptyDatabase(db.executor));

const LISTED = /* GraphQL */ `
  query Listed {
    institutions(first: 50) {
      edges {
        node {
          name
          members(first: 20) {
            edges {
              node {
                name
                positions(first: 20) {
                  edges {
                    node {
                      name
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`;

interface NestedResult {
  node: {
    members: { totalCount: number; edges: { node: { positions: { edges: unknown[] } } }[] };
  };
}

async function measure<T>(document: string, variables: Record<string, unknown> = {}) {
  const query = graphqlClient(counting);
  counting.roundTrips = 0;
  const response = await query<T>(document, variables);
  expect(response.errors).toBeUndefined();
  return { data: response.data!, roundTrips: counting.roundTrips };
}

/** The institution with the most people, so the larger graph really has a larger result. */
async function busiestInstitution(): Promise<string> {
  const [row] = await db.executor.run(
    'testBusiestInstitution',
    `MATCH (i:Institution)<-[:HOLDS_POSITION|MEMBER_OF]-(p:Person)
     RETURN i.id AS id, count(p) AS people ORDER BY people DESC, id LIMIT 1`,
  );
  return String(row!.get('id'));
}

interface Page {
  edges: { node: { id: string } }[];
}

const positionsReturned = (result: NestedResult): number =>
  result.node.members.edges.reduce((sum, edge) => sum + edge.node.positions.edges.length, 0);

/** Loads a synthetic graph and measures both operations on it. */
async function measureSynthetic(people: number) {
  await emptyDatabase(db.executor);
  const loaded = await loadGraph(db.executor, generateSyntheticGraph({ people }), () => undefined);
  expect(loaded.ok).toBe(true);
  const nested = await measure<NestedResult>(NESTED_OPERATION, { id: await busiestInstitution() });
  const listed = await measure(LISTED);
  return {
    nested: nested.roundTrips,
    listed: listed.roundTrips,
    rows: nested.data.node.members.totalCount + positionsReturned(nested.data),
  };
}

/** node, members, their positions, those institutions' parents: all in one planned statement. */
const NESTED_ROUND_TRIPS = 1;
/** the list, members, positions: one planned statement too. */
const LISTED_ROUND_TRIPS = 1;

describe('no N+1: a nested operation is one round trip, whatever the graph', () => {
  it('on the article graph', async () => {
    await seedArticle(db.executor);
    const nested = await measure<NestedResult>(NESTED_OPERATION, {
      id: 'shanghai-association-of-overseas-returnees',
    });
    expect(nested.data.node.members.totalCount).toBe(2);
    expect(nested.roundTrips).toBe(NESTED_ROUND_TRIPS);
    expect((await measure(LISTED)).roundTrips).toBe(LISTED_ROUND_TRIPS);
  });

  it('on synthetic graphs of 100 and 2000 people: the same counts, for far more rows', async () => {
    const small = await measureSynthetic(100);
    const larger = await measureSynthetic(2000);
    expect(small).toMatchObject({ nested: NESTED_ROUND_TRIPS, listed: LISTED_ROUND_TRIPS });
    expect(larger).toMatchObject({ nested: NESTED_ROUND_TRIPS, listed: LISTED_ROUND_TRIPS });
    expect(larger.rows).toBeGreaterThan(small.rows * 3);
  });

  it('two pages of the same field are two subqueries of the one statement', async () => {
    await seedArticle(db.executor);
    const { data: firstPage } = await measure<{
      node: { members: { pageInfo: { endCursor: string } } };
    }>(
      `{ node(id: "shanghai-association-of-overseas-returnees") { ... on Institution { members(first: 1) { pageInfo { endCursor } } } } }`,
    );
    const twoPages = /* GraphQL */ `
      query ($after: String) {
        institutions(first: 30) {
          edges {
            node {
              first: members(first: 2) {
                edges {
                  node {
                    id
                  }
                }
              }
              second: members(first: 2, after: $after) {
                edges {
                  node {
                    id
                  }
                }
              }
            }
          }
        }
      }
    `;
    const { data, roundTrips } = await measure<{
      institutions: { edges: { node: { first: Page; second: Page } }[] };
    }>(twoPages, { after: firstPage.node.members.pageInfo.endCursor });
    expect(roundTrips).toBe(1);
    const association = data.institutions.edges.find(
      (edge) => edge.node.first.edges[0]?.node.id === 'pei-gang',
    );
    expect(association?.node.second.edges.map((edge) => edge.node.id)).toEqual(['wu-zhiqiang']);
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { generateSyntheticGraph } from '@guanxi/seed';
import { createLogger, Executor, loadGraph } from '@guanxi/server';
import { graphqlClient } from '../helpers/graphql';
import { seedArticle } from '../helpers/seed-article';
import { openEmptyTestDatabase, type TestDatabase } from '../helpers/test-database';
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
  const [row] = await db.executor.read(
    'testBusiestInstitution',
    `MATCH (i:Institution)<-[:HOLDS_POSITION|MEMBER_OF]-(p:Person)
     RETURN i.id AS id, count(p) AS people ORDER BY people DESC, id LIMIT 1`,
  );
  return String(row!.get('id'));
}

const positionsReturned = (result: NestedResult): number =>
  result.node.members.edges.reduce((sum, edge) => sum + edge.node.positions.edges.length, 0);

describe('no N+1: nested relationship fields cost a bounded number of round trips', () => {
  const counts: Record<string, { nested: number; listed: number; rows: number }> = {};

  it('on the article graph', async () => {
    await seedArticle(db.executor);
    const nested = await measure<NestedResult>(NESTED_OPERATION, {
      id: 'shanghai-association-of-overseas-returnees',
    });
    const listed = await measure(LISTED);
    counts.article = {
      nested: nested.roundTrips,
      listed: listed.roundTrips,
      rows: nested.data.node.members.totalCount + positionsReturned(nested.data),
    };
    // node, members, their positions, those institutions' parents: one statement each.
    expect(nested.roundTrips).toBe(4);
    // the list, members, positions.
    expect(listed.roundTrips).toBe(3);
  });

  it.each([
    ['small', 100],
    ['larger', 2000],
  ])('on a %s synthetic graph (%i people): the same counts', async (size, people) => {
    await db.executor.write('testReset', 'MATCH (n) DETACH DELETE n');
    const loaded = await loadGraph(
      db.executor,
      generateSyntheticGraph({ people }),
      () => undefined,
    );
    expect(loaded.ok).toBe(true);
    const nested = await measure<NestedResult>(NESTED_OPERATION, {
      id: await busiestInstitution(),
    });
    const listed = await measure(LISTED);
    counts[size] = {
      nested: nested.roundTrips,
      listed: listed.roundTrips,
      rows: nested.data.node.members.totalCount + positionsReturned(nested.data),
    };
    expect(nested.roundTrips).toBe(counts.article!.nested);
    expect(listed.roundTrips).toBe(counts.article!.listed);
  });

  it('while the larger graph returned far more rows', () => {
    expect(counts.larger!.rows).toBeGreaterThan(counts.small!.rows * 3);
    expect(counts.larger!.rows).toBeGreaterThan(counts.article!.rows * 10);
  });

  it('a different page of the same field is one more statement, not one per parent', async () => {
    const twoPages = /* GraphQL */ `
      query {
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
              second: members(first: 2, after: "b2Zmc2V0OjE") {
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
    const { roundTrips } = await measure(twoPages);
    expect(roundTrips).toBe(3);
  });
});

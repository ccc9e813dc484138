import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { findFreePort } from '@guanxi/neo4j-local';
import { createLogger, Executor } from '@guanxi/server';
import neo4j from 'neo4j-driver';
import { graphqlClient, type GraphQLResponse } from '../helpers/graphql';
import { seedArticle } from '../helpers/seed-article';
import { openEmptyTestDatabase, type TestDatabase } from '../helpers/test-database';

/** One executor for every request, so `roundTrips` shows whether an operation reached Neo4j. */
class SharedCountExecutor extends Executor {
  override fork(): Executor {
    return this;
  }
}

let db: TestDatabase;
let counting: SharedCountExecutor;
let client: ReturnType<typeof graphqlClient>;

/** Every test only reads the article, loaded once; none depends on what another did. */
beforeAll(async () => {
  db = await openEmptyTestDatabase();
  await seedArticle(db.executor);
  counting = new SharedCountExecutor(db.driver, {
    timeoutMs: 30_000,
    logger: createLogger('silent'),
  });
  client = graphqlClient(counting);
}, 60_000);
afterAll(() => db.close());

/** No answer may carry a stack trace, Cypher text, driver internals or a password. */
function expectNothingInternal(response: GraphQLResponse<unknown>): void {
  const body = JSON.stringify(response);
  expect(body).not.toMatch(/\bat .+\.(ts|js):\d+/);
  expect(body).not.toMatch(/\b(MATCH|RETURN|UNWIND)\b/);
  expect(body).not.toMatch(/Neo\.ClientError|neo4j-driver/);
  expect(body).not.toContain('wrong-secret-pw');
  if (db.connection.password) expect(body).not.toContain(db.connection.password);
}

async function query<T = Record<string, unknown>>(
  document: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<T>> {
  const response = await client<T>(document, variables);
  expectNothingInternal(response);
  return response;
}

async function refused(document: string, variables: Record<string, unknown> = {}) {
  counting.roundTrips = 0;
  const response = await query(document, variables);
  expect(counting.roundTrips).toBe(0);
  expect(response.data ?? null).toBeNull();
  expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['LIMIT_EXCEEDED']);
  return response.errors![0]!.message;
}

describe('abusive operations are refused before any database call, naming the limit', () => {
  it('depth', async () => {
    const nested = 'parent { '.repeat(15) + 'id' + ' }'.repeat(15);
    const message = await refused(
      `{ node(id: "ufwd-cpc-shanghai-committee") { ... on Institution { ${nested} } } }`,
    );
    expect(message).toMatch(/depth limit of 14/i);
  });

  it('aliases', async () => {
    const aliases = Array.from({ length: 25 }, (_, i) => `a${i}: node(id: "pei-gang") { id }`).join(
      ' ',
    );
    expect(await refused(`{ ${aliases} }`)).toMatch(/aliases limit of 20/i);
  });

  it('tokens', async () => {
    const fields = Array.from({ length: 1200 }, () => 'id name').join(' ');
    expect(await refused(`{ node(id: "pei-gang") { ${fields} } }`)).toMatch(/token limit of 2000/i);
  });

  it('cost: page sizes multiply down the nesting', async () => {
    const message = await refused(
      /* GraphQL */ `
        query ($n: Int) {
          institutions(first: $n) {
            edges {
              node {
                members(first: $n) {
                  edges {
                    node {
                      positions(first: $n) {
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
      `,
      { n: 100 },
    );
    expect(message).toMatch(/cost limit of 100000/i);
  });

  it('cost: a cheap root field beside an expensive one does not reach the database either', async () => {
    counting.roundTrips = 0;
    const response = await query(/* GraphQL */ `
      {
        node(id: "pei-gang") {
          id
        }
        institutions(first: 100) {
          edges {
            node {
              members(first: 100) {
                edges {
                  node {
                    positions(first: 100) {
                      totalCount
                    }
                  }
                }
              }
            }
          }
        }
      }
    `);
    expect(counting.roundTrips).toBe(0);
    expect(response.errors?.map((error) => error.extensions?.code)).toEqual([
      'LIMIT_EXCEEDED',
      'LIMIT_EXCEEDED',
    ]);
  });

  it('a legitimate nested operation passes', async () => {
    const response = await query<{ institutions: { edges: unknown[] } }>(
      `{ institutions(first: 20) { edges { node { members(first: 20) { edges { node { name } } } } } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.institutions.edges).toHaveLength(17);
  });
});

describe('errors are typed and humane', () => {
  it.each([
    ['an unknown id', `{ affiliations(id: "nobody") { parentChain { id } } }`, 'NOT_FOUND'],
    [
      'the same entity at both ends',
      `{ connections(from: "pei-gang", to: "pei-gang") { length } }`,
      'BAD_USER_INPUT',
    ],
    [
      'a neighbourhood above its size limit',
      `{ neighborhood(id: "pei-gang", limit: 5000) { truncated } }`,
      'LIMIT_EXCEEDED',
    ],
    ['paging backwards', `{ people(last: 3) { totalCount } }`, 'BAD_USER_INPUT'],
    [
      'an explicit null where the schema has a default',
      `{ search(text: "pei", first: null) { score } }`,
      'BAD_USER_INPUT',
    ],
  ])('%s is refused with its own code', async (_case, document, code) => {
    const response = await query(document);
    expect(response.errors?.map((error) => error.extensions?.code)).toEqual([code]);
  });

  it('an unreachable database is DATABASE_UNAVAILABLE, with nothing internal in the answer', async () => {
    const port = await findFreePort();
    const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic('neo4j', 'x'), {
      maxTransactionRetryTime: 200,
      connectionTimeout: 1000,
    });
    try {
      const executor = new Executor(driver, { timeoutMs: 5000, logger: createLogger('silent') });
      const response = await graphqlClient(executor)(`{ node(id: "pei-gang") { id } }`);
      expectNothingInternal(response);
      expect(response.errors?.map((error) => error.extensions?.code)).toEqual([
        'DATABASE_UNAVAILABLE',
      ]);
    } finally {
      await driver.close();
    }
  });

  it('a database failure nobody expected is masked: no stack, no Cypher, no password', async () => {
    const driver = neo4j.driver(
      db.connection.uri,
      neo4j.auth.basic(db.connection.user, 'wrong-secret-pw'),
      {
        maxTransactionRetryTime: 200,
      },
    );
    try {
      const executor = new Executor(driver, { timeoutMs: 5000, logger: createLogger('silent') });
      const response = await graphqlClient(executor)(`{ graphStats { labels { label count } } }`);
      expectNothingInternal(response);
      expect(response.errors?.map((error) => error.message)).toEqual(['Unexpected error.']);
    } finally {
      await driver.close();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { findFreePort } from '@guanxi/neo4j-local';
import { createGuanxiYoga, createLogger, Executor } from '@guanxi/server';
import { offsetToCursor } from '@pothos/plugin-relay';
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

/** The real yoga with its HTTP status and headers, and limits overridden for the test. */
function rawClient(
  executor: Executor,
  limits: Parameters<typeof createGuanxiYoga>[0]['limits'] = {},
) {
  const yoga = createGuanxiYoga({ executor, logger: createLogger('silent'), tokens: [], limits });
  return async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as GraphQLResponse;
    expectNothingInternal(body);
    return { status: response.status, headers: response.headers, body };
  };
}

const codes = (response: GraphQLResponse<unknown>) =>
  response.errors?.map((error) => error.extensions?.code);

describe('hostile documents and variables are refused with a code, never a 500', () => {
  it.each([1500, 3000, 100_000])(
    'a list literal nested %i deep is LIMIT_EXCEEDED before the parser recurses',
    async (levels) => {
      const literal = '['.repeat(levels) + ']'.repeat(levels);
      const { status, body } = await rawClient(counting)(
        `{ search(text: "pei", kinds: ${literal}) { score } }`,
      );
      expect(status).toBeLessThan(500);
      expect(codes(body)).toEqual(['LIMIT_EXCEEDED']);
      expect(body.errors![0]!.extensions).toMatchObject({ limit: 'nesting', max: 64 });
    },
  );

  it('selection sets nested past the bracket limit are refused the same way', async () => {
    const nested = 'parent { '.repeat(5000) + 'id' + ' }'.repeat(5000);
    const { status, body } = await rawClient(counting)(`{ node(id: "x") { ${nested} } }`);
    expect(status).toBeLessThan(500);
    expect(codes(body)).toEqual(['LIMIT_EXCEEDED']);
  });

  it('brackets inside strings and comments do not count', async () => {
    const response = await query(`# ${'{'.repeat(200)}
      { search(text: "${'['.repeat(150)}") { score } }`);
    expect(response.errors).toBeUndefined();
  });

  it.each([2 ** 31 - 1, 2 ** 31, Number.MAX_SAFE_INTEGER - 1])(
    'a forged cursor with offset %i is BAD_USER_INPUT, not an internal error',
    async (offset) => {
      const response = await query(
        `query ($after: String) { people(first: 2, after: $after) { totalCount } }`,
        { after: offsetToCursor(offset) },
      );
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    },
  );

  it.each([2147483648, 1e308, -1e308, 1.5, 'ten', true])(
    'a variable that is no Int (%p) is BAD_USER_INPUT from coercion, before any cost',
    async (value) => {
      counting.roundTrips = 0;
      const response = await query(`query ($n: Int) { people(first: $n) { totalCount } }`, {
        n: value,
      });
      expect(counting.roundTrips).toBe(0);
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0]!.message).toMatch(/Variable "\$n" got invalid value/);
      expect(JSON.stringify(response)).not.toMatch(/Infinity|cost/i);
    },
  );

  it('an Int literal out of range is GRAPHQL_VALIDATION_FAILED', async () => {
    const response = await query(`{ people(first: 2147483648) { totalCount } }`);
    expect(codes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('an argument above its cap is refused naming the argument, not by a runaway cost', async () => {
    const response = await query(
      `query ($n: Int) { people(first: $n) { edges { node { positions(first: $n) { totalCount } } } } }`,
      { n: 2_000_000_000 },
    );
    expect(codes(response)).toEqual(['LIMIT_EXCEEDED']);
    expect(response.errors![0]!.message).toMatch(
      /Page size limit exceeded: first may be at most 100/,
    );
  });
});

describe('the cost limit counts every argument that multiplies the answer', () => {
  it('peopleLimit', async () => {
    const message = await refused(/* GraphQL */ `
      {
        affiliations(id: "ufwd-cpc-shanghai-committee", peopleLimit: 2000) {
          people {
            person {
              positions(first: 100) {
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
    `);
    expect(message).toMatch(/cost limit of 100000/i);
  });

  it('the default peopleLimit counts too, and a small one lets the same selection through', async () => {
    const selection = `people { person { positions(first: 100) { edges { node { name } } } } }`;
    await refused(`{ affiliations(id: "ufwd-cpc-shanghai-committee") { ${selection} } }`);
    const response = await query(
      `{ affiliations(id: "ufwd-cpc-shanghai-committee", peopleLimit: 50) { ${selection} } }`,
    );
    expect(response.errors).toBeUndefined();
  });

  it('neighborhood limit', async () => {
    await refused(/* GraphQL */ `
      {
        neighborhood(id: "pei-gang", limit: 1000) {
          nodes {
            entity {
              ... on Person {
                positions(first: 100) {
                  totalCount
                }
              }
            }
          }
        }
      }
    `);
  });

  it('connections first, times the path length', async () => {
    await refused(/* GraphQL */ `
      {
        connections(from: "pei-gang", to: "li-ruxin", first: 10, maxHops: 6) {
          nodes {
            ... on Person {
              positions(first: 100) {
                edges {
                  node {
                    members(first: 100) {
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
  });

  it('search first', async () => {
    await refused(/* GraphQL */ `
      {
        search(text: "pei", first: 50) {
          entity {
            ... on Person {
              positions(first: 100) {
                edges {
                  node {
                    members(first: 100) {
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
  });
});

describe('answers have a size cap', () => {
  it('an answer above the cap is LIMIT_EXCEEDED, with no partial data', async () => {
    const small = rawClient(counting, { responseMaxBytes: 500 });
    const { status, body } = await small(
      `{ people(first: 100) { edges { node { id name aliases sources { quote } } } } }`,
    );
    expect(status).toBeLessThan(500);
    expect(body.data ?? null).toBeNull();
    expect(codes(body)).toEqual(['LIMIT_EXCEEDED']);
    expect(body.errors![0]!.extensions).toMatchObject({ limit: 'responseBytes', max: 500 });
    const fits = await small(`{ node(id: "pei-gang") { id name } }`);
    expect(fits.body.errors).toBeUndefined();
  });

  it('the default cap is the contract’s 5 MB', async () => {
    const { API_LIMITS } = await import('@guanxi/graph-schema');
    expect(API_LIMITS.response.maxBytes).toBe(5_000_000);
  });
});

/** Every statement waits a while first, so heavy reads overlap deterministically. */
class SlowExecutor extends Executor {
  override fork(): Executor {
    return this;
  }
  override async run(...args: Parameters<Executor['run']>) {
    await new Promise((resolve) => setTimeout(resolve, 400));
    return super.run(...args);
  }
}

describe('heavy reads take turns; cheap reads do not wait for them', () => {
  const heavy = `{ connections(from: "pei-gang", to: "li-ruxin") { length } }`;
  const slow = () =>
    new SlowExecutor(db.driver, { timeoutMs: 30_000, logger: createLogger('silent') });

  it('beyond the running and queued bound: LIMIT_EXCEEDED, HTTP 429 and Retry-After', async () => {
    const client = rawClient(slow(), {
      heavyReads: { concurrent: 1, queued: 2, maxWaitMs: 20_000, retryAfterSeconds: 3 },
    });
    const started = performance.now();
    const heavyAnswers = Promise.all(Array.from({ length: 8 }, () => client(heavy)));
    const cheap = await client(`{ node(id: "pei-gang") { id } }`);
    const cheapMs = performance.now() - started;
    const answers = await heavyAnswers;

    expect(cheap.body.errors).toBeUndefined();
    // One statement (400 ms) and no queue: the cheap read did not wait behind 8 heavy ones.
    expect(cheapMs).toBeLessThan(2_000);
    const refusedAnswers = answers.filter((answer) => answer.status === 429);
    expect(refusedAnswers).toHaveLength(5);
    for (const answer of refusedAnswers) {
      expect(codes(answer.body)).toEqual(['LIMIT_EXCEEDED']);
      expect(answer.headers.get('retry-after')).toBe('3');
      expect(answer.body.errors![0]!.extensions).toMatchObject({
        limit: 'heavyReads',
        retryAfterSeconds: 3,
      });
      expect(answer.body.errors![0]!.extensions).not.toHaveProperty('http');
    }
    const served = answers.filter((answer) => answer.status === 200);
    expect(served).toHaveLength(3);
    for (const answer of served) expect(answer.body.errors).toBeUndefined();
  });

  it('a heavy read that waits longer than maxWaitMs is refused too, and the gate recovers', async () => {
    const client = rawClient(slow(), {
      heavyReads: { concurrent: 1, queued: 5, maxWaitMs: 100, retryAfterSeconds: 1 },
    });
    const answers = await Promise.all([client(heavy), client(heavy)]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 429]);
    const again = await client(heavy);
    expect(again.status).toBe(200);
  });

  it('a deep neighbourhood is heavy; a depth-1 one is not', async () => {
    const client = rawClient(slow(), {
      heavyReads: { concurrent: 1, queued: 0, maxWaitMs: 100, retryAfterSeconds: 1 },
    });
    const deep = `{ neighborhood(id: "pei-gang", depth: 2) { truncated } }`;
    const shallow = `{ neighborhood(id: "pei-gang", depth: 1) { truncated } }`;
    const [a, b, c] = await Promise.all([client(deep), client(deep), client(shallow)]);
    expect([a.status, b.status].sort()).toEqual([200, 429]);
    expect(c.status).toBe(200);
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

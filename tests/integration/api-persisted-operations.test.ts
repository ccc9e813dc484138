import { createHash } from 'node:crypto';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { findFreePort } from '@guanxi/neo4j-local';
import { createGuanxiYoga, createHttpServer, createLogger, Executor } from '@guanxi/server';
import { collectPersistedOperations } from '../../client/scripts/collect-operations';
import { seedArticle } from '../helpers/seed-article';
import { openEmptyTestDatabase, type TestDatabase } from '../helpers/test-database';

/** Counts the statements every request sends, to show a refused one never reached Neo4j. */
class CountingExecutor extends Executor {
  statements = 0;
  override fork(): Executor {
    const fork = super.fork();
    const run = fork.run.bind(fork);
    fork.run = (...args) => {
      this.statements += 1;
      return run(...args);
    };
    return fork;
  }
}

let db: TestDatabase;
let operations: Map<string, string>;
const servers: Server[] = [];

beforeAll(async () => {
  db = await openEmptyTestDatabase();
  await seedArticle(db.executor);
  operations = new Map(Object.entries(await collectPersistedOperations()));
});
afterAll(async () => {
  for (const server of servers) server.close();
  await db.close();
});

async function serve(only: boolean): Promise<{ url: string; executor: CountingExecutor }> {
  const executor = new CountingExecutor(db.driver, {
    timeoutMs: 30_000,
    logger: createLogger('silent'),
  });
  const yoga = createGuanxiYoga({
    executor,
    logger: createLogger('silent'),
    tokens: [],
    persisted: { operations, only },
  });
  const server = createHttpServer(yoga, executor);
  servers.push(server);
  const port = await findFreePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}/graphql`, executor };
}

const hashOf = (name: string): string => {
  const entry = [...operations].find(([, text]) => text.startsWith(`query ${name}(`));
  if (!entry) throw new Error(`no registered operation ${name}`);
  return entry[0];
};

async function post(url: string, body: Record<string, unknown>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as {
    data?: { node?: { name: string } } | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  return { status: response.status, ...json };
}

const detailsByHash = (hash: string) => ({
  variables: { id: 'pei-gang', first: 5 },
  extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
});

describe('persisted-operations-only mode', () => {
  it('runs the explorer’s operations by hash', async () => {
    const { url } = await serve(true);
    const answer = await post(url, detailsByHash(hashOf('EntityDetails')));
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.node?.name).toBe('Pei Gang');
  });

  it('refuses any operation text, registered or not, before it reaches Neo4j', async () => {
    const { url, executor } = await serve(true);
    const registeredText = operations.get(hashOf('EntityDetails'))!;
    for (const query of ['{ people(first: 1) { totalCount } }', registeredText]) {
      const answer = await post(url, { query, variables: { id: 'pei-gang' } });
      expect(answer.status).toBe(403);
      expect(answer.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_ONLY');
      expect(answer.errors?.[0]?.message).toMatch(/only the operations registered/);
    }
    expect(executor.statements).toBe(0);
  });

  it('answers an unknown hash with the protocol’s not-found, and a request with neither clearly', async () => {
    const { url } = await serve(true);
    const unknown = createHash('sha256').update('query Forged { __typename }').digest('hex');
    const missing = await post(url, detailsByHash(unknown));
    expect(missing.status).toBe(404);
    expect(missing.errors?.[0]).toMatchObject({
      message: 'PersistedQueryNotFound',
      extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
    });
    const empty = await post(url, { variables: {} });
    expect(empty.status).toBe(400);
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('malformed persisted-operation requests', () => {
  it('are refused as bad input, in either mode, and the server goes on answering', async () => {
    for (const only of [true, false]) {
      const { url } = await serve(only);
      for (const extensions of [
        { persistedQuery: { version: 1, sha256Hash: { $ne: '' } } },
        { persistedQuery: { version: 2, sha256Hash: hashOf('EntityDetails') } },
        { persistedQuery: null },
        'persistedQuery',
      ]) {
        const answer = await post(url, { variables: {}, extensions });
        expect(answer.status).toBeGreaterThanOrEqual(400);
        expect(answer.status).toBeLessThan(500);
        expect(answer.errors?.[0]?.extensions?.code).toEqual(expect.any(String));
      }
      const after = await post(url, detailsByHash(hashOf('EntityDetails')));
      expect(after.data?.node?.name).toBe('Pei Gang');
    }
  });
});

describe('the default mode', () => {
  it('runs operation text and registered hashes alike', async () => {
    const { url } = await serve(false);
    const byHash = await post(url, detailsByHash(hashOf('EntityDetails')));
    const byText = await post(url, {
      query: '{ node(id: "pei-gang") { name } }',
    });
    expect(byHash.data?.node?.name).toBe('Pei Gang');
    expect(byText.data?.node?.name).toBe('Pei Gang');
  });
});

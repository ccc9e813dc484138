import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import path from 'node:path';
import { findFreePort } from '@guanxi/neo4j-local';
import neo4j, { type Driver } from 'neo4j-driver';
import {
  type ApiToken,
  createGuanxiYoga,
  createHttpServer,
  createLogger,
  defaultClientDist,
  Executor,
  readPersistedOperations,
} from '@guanxi/server';
import { openEmptyTestDatabase, type TestDatabase } from './test-database';
import { seedArticle } from './seed-article';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

export interface E2eServer {
  url: string;
  database: TestDatabase;
  /** Serves the app as if Neo4j had gone away (a real driver pointed at a closed port). */
  simulateDatabaseDown(): Promise<void>;
  /** Back to the run's real Neo4j. */
  restoreDatabase(): void;
  close(): Promise<void>;
}

const handlerOf = (server: Server): Handler => server.listeners('request')[0] as Handler;

/**
 * The client build the browser gets: client/dist, or `GUANXI_E2E_CLIENT_DIST` to run the e2e
 * suite against another build (for example main's, to see a new test fail there first).
 */
const clientDist = process.env.GUANXI_E2E_CLIENT_DIST ?? defaultClientDist;

export interface E2eServerOptions {
  /** The API tokens it accepts; none (the default) leaves writes off, as on a read-only server. */
  tokens?: readonly ApiToken[];
  /**
   * Serve only the operations the client build registered, as GUANXI_PERSISTED_ONLY=true does:
   * the explorer must then work by hash alone.
   */
  persistedOnly?: boolean;
}

/**
 * The real server, in-process, on a free port, over the run's test Neo4j with the article
 * seeded (or with `seed` for other data), serving the built client (see `clientDist`).
 */
export async function startE2eServer(
  seed: (executor: Executor) => Promise<void> = seedArticle,
  { tokens = [], persistedOnly = false }: E2eServerOptions = {},
): Promise<E2eServer> {
  const database = await openEmptyTestDatabase();
  await seed(database.executor);
  const logger = createLogger('silent');
  const persisted = {
    operations: await readPersistedOperations(path.join(clientDist, 'persisted-operations.json')),
    only: persistedOnly,
  };
  if (persistedOnly && persisted.operations.size === 0)
    throw new Error('No persisted operations: build the client first (npm run build -w client).');
  const app = (executor: Executor) =>
    handlerOf(
      createHttpServer(createGuanxiYoga({ executor, logger, tokens, persisted }), executor, {
        clientDist,
      }),
    );
  const live = app(database.executor);
  let current = live;
  let deadDriver: Driver | null = null;

  const server = createServer((request, response) => current(request, response));
  const port = await findFreePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));

  return {
    url: `http://127.0.0.1:${port}`,
    database,
    async simulateDatabaseDown() {
      const closedPort = await findFreePort();
      // No retries: a health check against it fails at once, as with a database that is down.
      deadDriver = neo4j.driver(`bolt://127.0.0.1:${closedPort}`, neo4j.auth.basic('neo4j', 'x'), {
        maxTransactionRetryTime: 0,
        connectionTimeout: 1_000,
      });
      current = app(new Executor(deadDriver, { timeoutMs: 2_000, logger }));
    },
    restoreDatabase() {
      current = live;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await deadDriver?.close();
      await database.close();
    },
  };
}

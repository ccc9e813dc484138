import path from 'node:path';
import { configFromEnv } from './config';
import { createDriver } from './db/driver';
import { Executor } from './db/executor';
import { applyMigrations } from './db/migrations';
import { createHttpServer, defaultClientDist } from './http/app';
import { installProcessGuards } from './http/process-guards';
import { seedArticleIfEmpty } from './services/article-seed';
import { createLogger } from './logger';
import { readPersistedOperations } from './persisted-operations-file';
import { resolveNeo4j } from './neo4j-connection';
import { createGuanxiYoga } from './yoga';

/** `npm start`: Neo4j (local or external), schema migrations, then the API and client on one port. */
const config = configFromEnv();
const logger = createLogger(config.logLevel);
const started = performance.now();

const persistedOperationsFile =
  config.persistedOperationsFile ?? path.join(defaultClientDist, 'persisted-operations.json');
const persistedOperations = await readPersistedOperations(persistedOperationsFile);
if (config.persistedOnly && persistedOperations.size === 0) {
  logger.fatal(
    { file: persistedOperationsFile },
    'GUANXI_PERSISTED_ONLY=true but no operation is registered: build the client (npm run build) or set GUANXI_PERSISTED_OPERATIONS_FILE',
  );
  process.exit(1);
}
const neo4j = await resolveNeo4j(logger).catch((error: unknown) => {
  logger.fatal(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
const driver = createDriver(neo4j.connection);
const executor = new Executor(driver, { timeoutMs: config.queryTimeoutMs, logger });

let shuttingDown = false;
async function shutdown(signal: string, exitCode = 0): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  logger.info({ signal }, 'shutting down');
  server.close();
  server.closeAllConnections();
  await driver.close();
  await neo4j.stop();
  logger.info('stopped');
  process.exit(exitCode);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
// A failed request is answered and logged; only what leaves the process untrustworthy stops it.
installProcessGuards(logger, () => void shutdown('uncaughtException', 1));

const server = createHttpServer(
  createGuanxiYoga({
    executor,
    logger,
    tokens: config.tokens,
    persisted: { operations: persistedOperations, only: config.persistedOnly },
  }),
  executor,
  { logger, ...config.http },
);

try {
  await driver.verifyConnectivity();
  const migrated = await applyMigrations(executor);
  logger.info(migrated, 'schema migrations applied');
  const seeded = await seedArticleIfEmpty(executor);
  if (seeded) logger.info(seeded, 'empty database: loaded the article graph');
} catch (error) {
  logger.fatal({ err: error }, 'could not prepare the database');
  await shutdown('startup-failure');
}

server.listen(config.port, config.host, () => {
  logger.info(
    {
      url: `http://localhost:${config.port}`,
      graphiql: `http://localhost:${config.port}/graphql`,
      startupMs: Math.round(performance.now() - started),
      persistedOperations: persistedOperations.size,
      persistedOnly: config.persistedOnly,
    },
    'Guanxi is ready',
  );
});

import type { Neo4jConnection } from '@guanxi/neo4j-local';
import { applyMigrations, createDriver, createLogger, Executor } from '@guanxi/server';
import type { Driver } from 'neo4j-driver';
import { TEST_NEO4J_ENV } from './neo4j-env';

export interface TestDatabase {
  connection: Neo4jConnection;
  driver: Driver;
  executor: Executor;
  close(): Promise<void>;
}

export function testConnection(): Neo4jConnection {
  const uri = process.env[TEST_NEO4J_ENV.uri];
  if (!uri)
    throw new Error(
      'The test Neo4j is not running: run tests through jest (global setup starts it).',
    );
  return {
    uri,
    user: process.env[TEST_NEO4J_ENV.user] ?? 'neo4j',
    password: process.env[TEST_NEO4J_ENV.password] ?? '',
  };
}

/** Deletes every node and relationship: schema, indexes and constraints stay. */
export const emptyDatabase = (executor: Executor): Promise<unknown> =>
  executor.writeTransaction('emptyDatabase', (tx) =>
    tx.run('emptyDatabase', 'MATCH (n) DETACH DELETE n'),
  );

/**
 * Connects to the run's Neo4j and empties it, then applies the schema migrations: each test
 * file starts from the same clean state, whatever the files before it left behind.
 */
export async function openEmptyTestDatabase(): Promise<TestDatabase> {
  const connection = testConnection();
  const driver = createDriver(connection);
  const executor = new Executor(driver, { timeoutMs: 30_000, logger: createLogger('warn') });
  await emptyDatabase(executor);
  await applyMigrations(executor);
  return { connection, driver, executor, close: () => driver.close() };
}

import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConnection } from '@guanxi/neo4j-local';

/**
 * Every time budget the driver has, in one place. Together they bound how long a statement can
 * wait on a database that has gone away, so that a request answers DATABASE_UNAVAILABLE within
 * about 3.5 s instead of after the driver's default 30 s of retries:
 *
 * - a refused connection fails at once; the driver retries it after ~1 s (jitter 0.8–1.2 s) and,
 *   when that attempt came before the retry budget ran out, once more after ~2 s: ≤ ~3.5 s;
 * - an address that swallows packets fails after `connectionTimeout`, then no retry is left;
 * - a pool with every connection busy fails after `connectionAcquisitionTimeout`.
 *
 * Once one statement found the database gone, the others fail at once (db/database-status.ts).
 */
export const DRIVER_BUDGETS = {
  /** Opening one TCP connection. */
  connectionTimeout: 2_000,
  /** Waiting for a pooled connection, opening it included. */
  connectionAcquisitionTimeout: 3_000,
  /** How long a failed transaction (transient error, dropped connection) keeps being retried. */
  maxTransactionRetryTime: 1_000,
} as const;

/** One driver per process: it owns the connection pool. */
export function createDriver(connection: Neo4jConnection): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    ...DRIVER_BUDGETS,
  });
}

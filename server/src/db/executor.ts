import neo4j, {
  type Driver,
  type ManagedTransaction,
  Neo4jError,
  type Record as Neo4jRecord,
} from 'neo4j-driver';
import { UserFacingError } from '../errors';
import type { Logger } from '../logger';
import {
  databaseStatusOf,
  databaseUnavailable,
  type DatabaseHealth,
  type DatabaseStatus,
  isAcquisitionTimeout,
  isConnectivityError,
} from './database-status';

export type Params = Record<string, unknown>;

/**
 * What every repository function takes: the Executor itself (each statement its own read
 * transaction) or an open write transaction (several statements that land together).
 */
export interface QueryRunner {
  run(name: string, cypher: string, params?: Params): Promise<Neo4jRecord[]>;
}

/**
 * A write that waited for a node's lock while another write deleted that node (a merge) fails
 * with EntityNotFound. Run again, it no longer finds the node and answers NOT_FOUND, as if it had
 * come second, which it did. The driver retries only transient errors, so this one is ours.
 */
const CONCURRENT_DELETION_ATTEMPTS = 3;
const isConcurrentDeletion = (error: unknown): boolean =>
  error instanceof Neo4jError && error.code === 'Neo.ClientError.Statement.EntityNotFound';

export interface ExecutorOptions {
  timeoutMs: number;
  logger: Logger;
}

/**
 * The one place that opens sessions. Every statement has a name (for logs and round-trip
 * counts), runs in a managed transaction with a timeout, and database failures become errors a
 * person can act on. One Executor per request counts that request's round trips.
 */
export class Executor implements QueryRunner {
  /** Statements sent to Neo4j through this executor: each costs one Bolt round trip. */
  roundTrips = 0;
  private readonly status: DatabaseStatus;

  constructor(
    private readonly driver: Driver,
    private readonly options: ExecutorOptions,
  ) {
    this.status = databaseStatusOf(driver, options.logger);
  }

  /** Whether Neo4j answers, within `timeoutMs` whatever the driver is doing (for /health). */
  checkDatabase(timeoutMs: number): Promise<DatabaseHealth> {
    return this.status.check(timeoutMs);
  }

  /** A fresh executor on the same driver, with its own round-trip count. */
  fork(): Executor {
    return new Executor(this.driver, this.options);
  }

  /** One statement in its own read transaction. */
  run(name: string, cypher: string, params: Params = {}): Promise<Neo4jRecord[]> {
    return this.transaction('READ', name, (tx) => tx.run(name, cypher, params));
  }

  /** Several statements in one write transaction: all of them land, or none. */
  writeTransaction<T>(name: string, work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    return this.transaction('WRITE', name, work);
  }

  private async transaction<T>(
    mode: 'READ' | 'WRITE',
    name: string,
    work: (tx: QueryRunner) => Promise<T>,
  ): Promise<T> {
    // A database found gone a moment ago: answer now, not after the driver's retry budget.
    await this.status.admit();
    const session = this.driver.session({
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const config = {
      timeout: this.options.timeoutMs,
      metadata: { app: 'guanxi', statement: name },
    };
    const started = performance.now();
    try {
      const run = (tx: ManagedTransaction) =>
        work({
          run: async (statement, cypher, params = {}) => {
            this.roundTrips += 1;
            const result = await tx.run(`/* ${statement} */ ${cypher}`, params);
            return result.records;
          },
        });
      if (mode === 'READ') {
        const result = await session.executeRead(run, config);
        this.status.recordSuccess();
        return result;
      }
      for (let attempt = 1; ; attempt += 1) {
        try {
          const result = await session.executeWrite(run, config);
          this.status.recordSuccess();
          return result;
        } catch (error) {
          if (attempt >= CONCURRENT_DELETION_ATTEMPTS || !isConcurrentDeletion(error)) throw error;
        }
      }
    } catch (error) {
      this.status.recordFailure(error);
      throw this.translate(name, error);
    } finally {
      this.options.logger.debug(
        { statement: name, ms: Math.round(performance.now() - started) },
        'cypher',
      );
      await session.close();
    }
  }

  private translate(name: string, error: unknown): Error {
    if (error instanceof UserFacingError) return error;
    if (error instanceof Neo4jError) {
      this.options.logger.warn(
        { statement: name, code: error.code, err: error.message },
        'cypher failed',
      );
      if (isConnectivityError(error) || isAcquisitionTimeout(error)) return databaseUnavailable();
      if (error.code.includes('TransactionTimedOut')) {
        return new UserFacingError(
          'LIMIT_EXCEEDED',
          `The query ran longer than the ${this.options.timeoutMs / 1000}s limit. Narrow it (fewer hops, a smaller limit) and try again.`,
        );
      }
      // Neo4j reports a request that needs more memory than it allows as transient; retrying
      // the same question cannot help, asking for less can.
      if (error.code.includes('MemoryPoolOutOfMemoryError') || error.code.includes('MemoryLimit')) {
        return new UserFacingError(
          'LIMIT_EXCEEDED',
          'This question needs more memory than the database allows one request. Narrow it (a smaller limit or page, fewer hops or levels) and try again.',
        );
      }
      // Deadlocks and lock timeouts the driver's retries could not get past: nothing was written.
      if (error.code.startsWith('Neo.TransientError.')) {
        return new UserFacingError(
          'CONFLICT',
          'Other changes to the same records kept this one from finishing; nothing of it was written. Try again.',
        );
      }
      if (error.code.startsWith('Neo.ClientError.Schema.ConstraintValidationFailed')) {
        // Two creates of one new id raced past their checks; the constraint kept one of them.
        return /label `Entity`/.test(error.message)
          ? new UserFacingError(
              'BAD_USER_INPUT',
              'That change would create a second entity with an id that is already taken.',
            )
          : new UserFacingError(
              'CONFLICT',
              'Another change wrote the same record at the same moment; nothing of this one was written. Try again.',
            );
      }
    }
    return error instanceof Error ? error : new Error(String(error));
  }
}

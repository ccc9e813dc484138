import neo4j, { type Driver, Neo4jError } from 'neo4j-driver';
import { UserFacingError } from '../errors';
import type { Logger } from '../logger';

/** What /health reports. */
export interface DatabaseHealth {
  up: boolean;
  /** Why it is down, for a person: no host, port or driver internals. */
  reason?: string;
  /** When it was first found down (ISO 8601). */
  downSince?: string;
}

/** While the database is known to be down, one probe at most this often lets a statement through. */
const RECHECK_EVERY_MS = 500;
/** How long a statement waits on such a probe before it answers DATABASE_UNAVAILABLE. */
const ADMIT_PROBE_TIMEOUT_MS = 1_000;

export const databaseUnavailable = (): UserFacingError =>
  new UserFacingError(
    'DATABASE_UNAVAILABLE',
    'The graph database is not answering right now. Please try again in a moment.',
  );

/** The driver could not reach the server, or lost it: the database is gone, not just slow. */
export const isConnectivityError = (error: unknown): boolean =>
  error instanceof Neo4jError &&
  (error.code === 'ServiceUnavailable' ||
    error.code === 'SessionExpired' ||
    /^Pool is closed/.test(error.message));

/** Every connection busy for the whole acquisition timeout: overloaded, maybe gone. */
export const isAcquisitionTimeout = (error: unknown): boolean =>
  error instanceof Neo4jError && /^Connection acquisition timed out/.test(error.message);

const UNREACHABLE = 'Neo4j is not reachable: the connection was refused or dropped.';

/**
 * What this process knows about its database, shared by every Executor on one driver: a circuit
 * breaker. When a statement finds the database gone (after the driver's short retry budget), the
 * statements after it answer DATABASE_UNAVAILABLE at once instead of each spending that budget
 * again; every RECHECK_EVERY_MS one trivial query (no retries) finds out whether it is back, so a
 * database that returns serves again within a second. /health asks the same object, with its own
 * short timeout, so it never waits on the driver's retries.
 */
export class DatabaseStatus {
  private up = true;
  private reason: string | undefined;
  private downSince: number | undefined;
  private checkedAt = 0;
  private probing: Promise<DatabaseHealth> | undefined;

  constructor(
    private readonly driver: Driver,
    private readonly logger: Logger,
  ) {}

  /** Before a statement: throws DATABASE_UNAVAILABLE while the database is known to be down. */
  async admit(): Promise<void> {
    if (this.up) return;
    if (Date.now() - this.checkedAt >= RECHECK_EVERY_MS) {
      const health = await this.check(ADMIT_PROBE_TIMEOUT_MS);
      if (health.up) return;
    }
    throw databaseUnavailable();
  }

  /**
   * The database's state within `timeoutMs`, whatever the driver is doing: the known state when
   * it was found down moments ago, otherwise one trivial query, answered or not by the deadline.
   */
  async check(timeoutMs: number): Promise<DatabaseHealth> {
    if (!this.up && Date.now() - this.checkedAt < RECHECK_EVERY_MS) return this.snapshot();
    this.probing ??= this.probe().finally(() => {
      this.probing = undefined;
    });
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<DatabaseHealth>((resolve) => {
      timer = setTimeout(
        () =>
          resolve({
            ...this.snapshot(),
            up: false,
            reason: `Neo4j did not answer within ${timeoutMs / 1000} s.`,
          }),
        timeoutMs,
      );
    });
    try {
      return await Promise.race([this.probing, deadline]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** A statement reached the database. */
  recordSuccess(): void {
    if (!this.up) this.markUp();
  }

  /** A statement failed; a connectivity failure opens the breaker. */
  recordFailure(error: unknown): void {
    if (!isConnectivityError(error)) return;
    this.checkedAt = Date.now();
    this.markDown(UNREACHABLE, error);
  }

  private snapshot(): DatabaseHealth {
    return this.up
      ? { up: true }
      : {
          up: false,
          reason: this.reason,
          downSince: this.downSince ? new Date(this.downSince).toISOString() : undefined,
        };
  }

  private async probe(): Promise<DatabaseHealth> {
    const session = this.driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      // Auto-commit: no retries, one attempt within the driver's connection budgets.
      await session.run('/* health */ RETURN 1 AS ok', {}, { timeout: ADMIT_PROBE_TIMEOUT_MS });
      this.markUp();
    } catch (error) {
      if (isConnectivityError(error)) {
        this.markDown(UNREACHABLE, error);
      } else if (isAcquisitionTimeout(error)) {
        return { up: false, reason: 'Every connection to Neo4j is busy.' };
      } else {
        // It answered, with an error (credentials, a database that is not online …): not a
        // reason to refuse statements, which will say so themselves, but not healthy either.
        this.logger.warn({ err: error instanceof Error ? error.message : error }, 'health failed');
        return { up: false, reason: 'Neo4j answered the health check with an error.' };
      }
    } finally {
      this.checkedAt = Date.now();
      await session.close().catch(() => {});
    }
    return this.snapshot();
  }

  private markDown(reason: string, error: unknown): void {
    if (this.up) {
      this.downSince = Date.now();
      this.logger.warn(
        { err: error instanceof Error ? error.message : String(error) },
        'Neo4j is unreachable: requests answer DATABASE_UNAVAILABLE until it is back',
      );
    }
    this.up = false;
    this.reason = reason;
  }

  private markUp(): void {
    if (!this.up) {
      this.logger.info(
        { downMs: this.downSince ? Date.now() - this.downSince : undefined },
        'Neo4j answers again',
      );
    }
    this.up = true;
    this.reason = undefined;
    this.downSince = undefined;
  }
}

const statuses = new WeakMap<Driver, DatabaseStatus>();

/** The one DatabaseStatus of a driver: every Executor on it shares what it learns. */
export function databaseStatusOf(driver: Driver, logger: Logger): DatabaseStatus {
  let status = statuses.get(driver);
  if (!status) {
    status = new DatabaseStatus(driver, logger);
    statuses.set(driver, status);
  }
  return status;
}

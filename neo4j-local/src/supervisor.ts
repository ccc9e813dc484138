import {
  type LocalNeo4j,
  type LocalNeo4jExit,
  type LocalNeo4jOptions,
  type Neo4jConnection,
  startLocalNeo4j,
} from './local-server';

/** What the supervisor saw, for the caller to log. */
export type SupervisorEvent =
  | { type: 'exited'; exit: LocalNeo4jExit; ranMs: number; restartInMs: number }
  | { type: 'restart-failed'; attempt: number; reason: string; restartInMs: number }
  | { type: 'restarted'; attempt: number; downMs: number; pid: number | undefined };

export interface SupervisedNeo4jOptions extends LocalNeo4jOptions {
  /** Wait before the first restart; each failed restart doubles it, up to maxBackoffMs. */
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  /** A JVM that ran this long before it died restarts after initialBackoffMs again. */
  stableAfterMs?: number;
  onEvent?: (event: SupervisorEvent) => void;
}

export interface SupervisedNeo4j extends Neo4jConnection {
  dataDir: string;
  /** The running JVM's process id; undefined while it is being restarted. */
  readonly pid: number | undefined;
  /** How many times a dead JVM was started again. */
  readonly restarts: number;
  /** Stops supervising and the JVM, and waits for it to exit; safe to call more than once. */
  stop(): Promise<void>;
}

export const SUPERVISOR_DEFAULTS = {
  initialBackoffMs: 500,
  maxBackoffMs: 8_000,
  stableAfterMs: 60_000,
} as const;

/** "exit 1", "signal SIGKILL" — how a person reads why the JVM is gone. */
export const describeExit = (exit: LocalNeo4jExit): string =>
  exit.signal ? `signal ${exit.signal}` : `exit ${exit.code ?? 'unknown'}`;

/**
 * The local Neo4j, started again whenever its JVM dies (a crash, the OOM killer, `kill -9`), on
 * the same port and data folder, so a driver pointed at it reconnects by itself. Restarts back
 * off 0.5 s, 1 s, 2 s … up to maxBackoffMs while they keep failing. The first start is not
 * retried: if Neo4j cannot start at all, the caller hears why at once.
 */
export async function superviseLocalNeo4j(
  options: SupervisedNeo4jOptions,
): Promise<SupervisedNeo4j> {
  const {
    initialBackoffMs = SUPERVISOR_DEFAULTS.initialBackoffMs,
    maxBackoffMs = SUPERVISOR_DEFAULTS.maxBackoffMs,
    stableAfterMs = SUPERVISOR_DEFAULTS.stableAfterMs,
    onEvent = () => {},
    ...startOptions
  } = options;

  let current: LocalNeo4j | undefined = await startLocalNeo4j(startOptions);
  const { uri, user, password, dataDir } = current;
  let startedAt = Date.now();
  let backoffMs = initialBackoffMs;
  let restarts = 0;
  let stopping = false;
  let restarting: Promise<void> | undefined;
  let wakeUp: (() => void) | undefined;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  async function restart(): Promise<void> {
    const downSince = Date.now();
    for (let attempt = 1; !stopping; attempt += 1) {
      await sleep(backoffMs);
      if (stopping) return;
      backoffMs = Math.min(backoffMs * 2, maxBackoffMs);
      try {
        const next = await startLocalNeo4j(startOptions);
        if (stopping) {
          await next.stop();
          return;
        }
        current = next;
        startedAt = Date.now();
        restarts += 1;
        watch(next);
        onEvent({ type: 'restarted', attempt, downMs: Date.now() - downSince, pid: next.pid });
        return;
      } catch (error) {
        const [reason = ''] = (error instanceof Error ? error.message : String(error)).split('\n');
        onEvent({ type: 'restart-failed', attempt, reason, restartInMs: backoffMs });
      }
    }
  }

  function watch(instance: LocalNeo4j): void {
    void instance.exited.then((exit) => {
      if (stopping || current !== instance) return;
      current = undefined;
      const ranMs = Date.now() - startedAt;
      if (ranMs >= stableAfterMs) backoffMs = initialBackoffMs;
      onEvent({ type: 'exited', exit, ranMs, restartInMs: backoffMs });
      restarting = restart().finally(() => {
        restarting = undefined;
      });
    });
  }
  watch(current);

  let stopped: Promise<void> | undefined;
  return {
    uri,
    user,
    password,
    dataDir,
    get pid() {
      return current?.pid;
    },
    get restarts() {
      return restarts;
    },
    stop() {
      stopped ??= (async () => {
        stopping = true;
        wakeUp?.();
        await restarting;
        await current?.stop();
      })();
      return stopped;
    },
  };
}

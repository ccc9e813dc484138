import {
  defaultDataDir,
  describeExit,
  externalConnectionFromEnv,
  localSettingsFromEnv,
  type Neo4jConnection,
  superviseLocalNeo4j,
} from '@guanxi/neo4j-local';
import type { Logger } from './logger';

export interface ResolvedNeo4j {
  connection: Neo4jConnection;
  /** Stops the local server when this process started one; a no-op for external servers. */
  stop(): Promise<void>;
}

/**
 * NEO4J_URI when set (Docker, Desktop, Aura …): the driver reconnects when it comes back. Otherwise
 * the local Neo4j, started here and supervised: when its JVM dies it is started again on the same
 * port and data, with backoff, and the driver reconnects to it.
 */
export async function resolveNeo4j(logger: Logger): Promise<ResolvedNeo4j> {
  const external = externalConnectionFromEnv();
  if (external) {
    logger.info({ uri: external.uri, user: external.user }, 'using the Neo4j named by NEO4J_URI');
    return { connection: external, stop: async () => {} };
  }
  const local = await superviseLocalNeo4j({
    dataDir: defaultDataDir(),
    ...localSettingsFromEnv(),
    log: (line) => logger.info(line),
    onEvent: (event) => {
      switch (event.type) {
        case 'exited':
          logger.error(
            { exit: describeExit(event.exit), ranMs: event.ranMs, restartInMs: event.restartInMs },
            `the local Neo4j died (${describeExit(event.exit)}); restarting it`,
          );
          break;
        case 'restart-failed':
          logger.error(
            { attempt: event.attempt, reason: event.reason, restartInMs: event.restartInMs },
            'the local Neo4j did not start again; retrying',
          );
          break;
        case 'restarted':
          logger.warn(
            { attempt: event.attempt, downMs: event.downMs, pid: event.pid },
            'the local Neo4j is running again',
          );
          break;
      }
    },
  });
  return { connection: local, stop: () => local.stop() };
}

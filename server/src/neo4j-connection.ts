import {
  defaultDataDir,
  externalConnectionFromEnv,
  localSettingsFromEnv,
  type Neo4jConnection,
  startLocalNeo4j,
} from '@guanxi/neo4j-local';
import type { Logger } from './logger';

export interface ResolvedNeo4j {
  connection: Neo4jConnection;
  /** Stops the local server when this process started one; a no-op for external servers. */
  stop(): Promise<void>;
}

/** NEO4J_URI when set (Docker, Desktop, Aura …); otherwise the local Neo4j, started here. */
export async function resolveNeo4j(logger: Logger): Promise<ResolvedNeo4j> {
  const external = externalConnectionFromEnv();
  if (external) {
    logger.info({ uri: external.uri, user: external.user }, 'using the Neo4j named by NEO4J_URI');
    return { connection: external, stop: async () => {} };
  }
  const local = await startLocalNeo4j({
    dataDir: defaultDataDir(),
    ...localSettingsFromEnv(),
    log: (line) => logger.info(line),
  });
  return { connection: local, stop: () => local.stop() };
}

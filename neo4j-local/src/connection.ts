import path from 'node:path';
import type { Neo4jConnection } from './local-server';
import { launcherHome } from './launcher-build';

/** Where `npm start` keeps the local database unless GUANXI_DATA_DIR says otherwise. */
export const defaultDataDir = (): string =>
  process.env.GUANXI_DATA_DIR ?? path.join(launcherHome, '..', '.data', 'neo4j');

/** The server named by NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD, or undefined to start a local one. */
export function externalConnectionFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): Neo4jConnection | undefined {
  if (!env.NEO4J_URI) return undefined;
  return {
    uri: env.NEO4J_URI,
    user: env.NEO4J_USER ?? 'neo4j',
    password: env.NEO4J_PASSWORD ?? '',
  };
}

/** The local server's port and memory, from the same variables wherever it is started. */
export function localSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): {
  boltPort: number;
  heapMiB: number;
  pageCacheMiB: number;
} {
  return {
    boltPort: Number(env.NEO4J_LOCAL_BOLT_PORT ?? 7687),
    heapMiB: Number(env.NEO4J_LOCAL_HEAP_MIB ?? 2048),
    pageCacheMiB: Number(env.NEO4J_LOCAL_PAGECACHE_MIB ?? 1024),
  };
}

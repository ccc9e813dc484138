import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  externalConnectionFromEnv,
  findFreePort,
  type LocalNeo4j,
  startLocalNeo4j,
} from '@guanxi/neo4j-local';
import { TEST_NEO4J_ENV } from './neo4j-env';

declare global {
  var guanxiTestNeo4j: LocalNeo4j | undefined;
}

/**
 * Starts one real Neo4j for the whole run, in a temporary folder on a free port, unless
 * GUANXI_TEST_NEO4J_URI points at a server to use instead. Test files find it through the env.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env[TEST_NEO4J_ENV.uri]) return;
  const external = externalConnectionFromEnv({
    NEO4J_URI: process.env.GUANXI_TEST_EXTERNAL_URI,
    NEO4J_USER: process.env.GUANXI_TEST_EXTERNAL_USER,
    NEO4J_PASSWORD: process.env.GUANXI_TEST_EXTERNAL_PASSWORD,
  });
  const neo4j =
    external ??
    (globalThis.guanxiTestNeo4j = await startLocalNeo4j({
      dataDir: await mkdtemp(path.join(tmpdir(), 'guanxi-test-neo4j-')),
      boltPort: await findFreePort(),
      heapMiB: 1024,
      pageCacheMiB: 256,
      log: (line) => process.stderr.write(`\n[test neo4j] ${line}\n`),
    }));
  process.env[TEST_NEO4J_ENV.uri] = neo4j.uri;
  process.env[TEST_NEO4J_ENV.user] = neo4j.user;
  process.env[TEST_NEO4J_ENV.password] = neo4j.password;
}

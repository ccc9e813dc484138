import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  externalConnectionFromEnv,
  findFreePort,
  type Neo4jConnection,
  startLocalNeo4j,
} from '@guanxi/neo4j-local';

export interface BenchNeo4j {
  connection: Neo4jConnection;
  /** True for the bench's own throw-away database, which it may empty at will. */
  disposable: boolean;
  stop(): Promise<void>;
}

/**
 * NEO4J_URI when set (the bench then empties that database only with GUANXI_BENCH_RESET=yes);
 * otherwise a Neo4j of its own, in a temporary folder on a free port, like the tests.
 */
export async function benchNeo4j(): Promise<BenchNeo4j> {
  const external = externalConnectionFromEnv();
  if (external) {
    return {
      connection: external,
      disposable: process.env.GUANXI_BENCH_RESET === 'yes',
      stop: async () => {},
    };
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'guanxi-bench-neo4j-'));
  const local = await startLocalNeo4j({
    dataDir,
    boltPort: await findFreePort(),
    heapMiB: 2048,
    pageCacheMiB: 512,
    log: (line) => process.stderr.write(`[bench neo4j] ${line}\n`),
  });
  return {
    connection: local,
    disposable: true,
    stop: async () => {
      await local.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

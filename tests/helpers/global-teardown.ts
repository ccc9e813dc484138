import { rm } from 'node:fs/promises';

/** Stops the run's Neo4j and removes its temporary folder. */
export default async function globalTeardown(): Promise<void> {
  const neo4j = globalThis.guanxiTestNeo4j;
  if (!neo4j) return;
  await neo4j.stop();
  await rm(neo4j.dataDir, { recursive: true, force: true });
}

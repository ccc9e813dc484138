import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConnection } from '@guanxi/neo4j-local';

/** One driver per process: it owns the connection pool. */
export function createDriver(connection: Neo4jConnection): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
  });
}

import { createServer } from 'node:http';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createDriver } from '@guanxi/server';
import { createYoga } from 'graphql-yoga';
import { serveToParent } from '../servers/child-protocol';
import { CountingDriver } from './counting-driver';
import { PEER_TYPE_DEFS } from './type-defs';

/**
 * The peer: @neo4j/graphql's schema for the same labels and relationships, served by
 * graphql-yoga over plain node:http, on a driver made exactly as Guanxi makes its own.
 */
serveToParent(async (connection) => {
  const driver = createDriver(connection);
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
  let lastRequest: CountingDriver | undefined;
  const yoga = createYoga({
    schema,
    logging: 'warn',
    graphiql: false,
    landingPage: false,
    context: () => {
      lastRequest = new CountingDriver(driver);
      return { executionContext: lastRequest.driver };
    },
  });
  return {
    server: createServer(yoga),
    lastRequestRoundTrips: () => lastRequest?.statements ?? 0,
    close: () => driver.close(),
  };
});

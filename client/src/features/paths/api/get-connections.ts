import { API_LIMITS } from '@guanxi/graph-schema';
import { type FoundPath, PathFields, toFoundPath } from '../../../lib/found-path';
import { graphql, type ResultOf } from '../../../lib/graphql';
import { type ApiClient, runQuery } from '../../../lib/graphql-client';
import { useApiQuery } from '../../../lib/use-api-query';
import type { PathQuery } from '../../../lib/url-state';

export const ConnectionsQuery = graphql(
  `
    query Connections(
      $from: ID!
      $to: ID!
      $maxHops: Int
      $first: Int
      $avoid: [ID!]
      $asOf: Date
    ) {
      connections(
        from: $from
        to: $to
        maxHops: $maxHops
        first: $first
        avoid: $avoid
        asOf: $asOf
      ) {
        ...PathFields
      }
    }
  `,
  [PathFields],
);

/** The question's variables; `asOf` reads the graph as of a date (null: all time). */
export const connectionsVariables = (query: PathQuery, asOf: string | null) => ({
  from: query.from,
  to: query.to,
  maxHops: query.maxHops,
  first: API_LIMITS.connections.paths.default,
  avoid: query.avoid,
  asOf,
});

const selectPaths = ({ connections }: ResultOf<typeof ConnectionsQuery>): FoundPath[] =>
  connections.map(toFoundPath);

/** The paths for the question asked (null: none asked yet). */
export const useConnections = (query: PathQuery | null, asOf: string | null) =>
  useApiQuery(ConnectionsQuery, query && connectionsVariables(query, asOf), selectPaths);

/** The same question for drawing its answer; the cache shares one answer with the panel. */
export const getConnections = async (
  client: ApiClient,
  query: PathQuery,
  asOf: string | null,
): Promise<FoundPath[]> =>
  selectPaths(await runQuery(client, ConnectionsQuery, connectionsVariables(query, asOf)));

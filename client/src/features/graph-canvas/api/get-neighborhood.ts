import type { EntityKind, RelationType } from '@guanxi/graph-schema';
import type { Subgraph } from '../../../lib/explorer-graph';
import { graphql, type ResultOf } from '../../../lib/graphql';
import { type ApiClient, runQuery } from '../../../lib/graphql-client';

/** What the canvas draws of any subgraph the API returns. */
export const SubgraphFields = graphql(`
  fragment SubgraphFields on Subgraph @_unmask {
    truncated
    nodes {
      id
      kind
      name
      entity {
        scores {
          degree
          pageRank
          betweenness
          community
        }
      }
    }
    edges {
      id
      type
      source
      target
      label
      time {
        since
        until
        asOfFrom
        asOfTo
        undated
      }
    }
  }
`);

/** The API's subgraph as the explorer holds it: each node with its stored scores beside it. */
export const toSubgraph = ({ nodes, ...rest }: ResultOf<typeof SubgraphFields>): Subgraph => ({
  ...rest,
  nodes: nodes.map(({ entity, ...node }) => ({ ...node, scores: entity.scores })),
});

export const NeighborhoodQuery = graphql(
  `
    query Neighborhood(
      $id: ID!
      $depth: Int
      $kinds: [EntityKind!]
      $relationTypes: [RelationType!]
      $limit: Int
      $asOf: Date
    ) {
      neighborhood(
        id: $id
        depth: $depth
        kinds: $kinds
        relationTypes: $relationTypes
        limit: $limit
        asOf: $asOf
      ) {
        ...SubgraphFields
      }
    }
  `,
  [SubgraphFields],
);

export interface NeighborhoodRequest {
  id: string;
  depth?: number;
  kinds?: EntityKind[];
  relationTypes?: RelationType[];
  limit: number;
  /** Read the graph as of this date (a year, e.g. "2015"); null: all time. */
  asOf?: string | null;
}

export async function getNeighborhood(
  client: ApiClient,
  request: NeighborhoodRequest,
): Promise<Subgraph> {
  const { neighborhood } = await runQuery(client, NeighborhoodQuery, request);
  return toSubgraph(neighborhood);
}

import type { EntityKind, RelationType } from '@guanxi/graph-schema';
import type { Subgraph } from '../../../lib/explorer-graph';
import { graphql } from '../../../lib/graphql';
import { type ApiClient, runQuery } from '../../../lib/graphql-client';

/** What the canvas draws of any subgraph the API returns. */
export const SubgraphFields = graphql(`
  fragment SubgraphFields on Subgraph @_unmask {
    truncated
    nodes {
      id
      kind
      name
    }
    edges {
      id
      type
      source
      target
      label
    }
  }
`);

export const NeighborhoodQuery = graphql(
  `
    query Neighborhood(
      $id: ID!
      $depth: Int
      $kinds: [EntityKind!]
      $relationTypes: [RelationType!]
      $limit: Int
    ) {
      neighborhood(
        id: $id
        depth: $depth
        kinds: $kinds
        relationTypes: $relationTypes
        limit: $limit
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
}

export async function getNeighborhood(
  client: ApiClient,
  request: NeighborhoodRequest,
): Promise<Subgraph> {
  const { neighborhood } = await runQuery(client, NeighborhoodQuery, request);
  return neighborhood;
}

import { API_LIMITS } from '@guanxi/graph-schema';
import type { Subgraph } from '../../../lib/explorer-graph';
import { graphql } from '../../../lib/graphql';
import { type ApiClient, runQuery } from '../../../lib/graphql-client';
import { SubgraphFields, toSubgraph } from './get-neighborhood';

const OverviewQuery = graphql(
  `
    query Overview($limit: Int) {
      overview(limit: $limit) {
        totalEntities
        subgraph {
          ...SubgraphFields
        }
      }
    }
  `,
  [SubgraphFields],
);

export interface Overview {
  /** Entities in the database. */
  total: number;
  /** The whole graph, or null when it is too large to draw at once. */
  subgraph: Subgraph | null;
}

/** The opening picture: when the graph is small, all of it, in one request. */
export async function getOverview(client: ApiClient): Promise<Overview> {
  // Above the API's default the opening picture would be a hairball: start from search instead.
  const limit = API_LIMITS.overview.nodes.default;
  const { overview } = await runQuery(client, OverviewQuery, { limit });
  return {
    total: overview.totalEntities,
    subgraph: overview.subgraph && toSubgraph(overview.subgraph),
  };
}

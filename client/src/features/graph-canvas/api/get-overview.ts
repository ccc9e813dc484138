import type { Subgraph } from '../../../lib/explorer-graph';
import { graphql } from '../../../lib/graphql';
import { execute } from '../../../lib/graphql-client';
import { SubgraphFields } from './get-neighborhood';

/** Above this many entities the opening picture would be a hairball: start from search instead. */
export const OVERVIEW_MAX_ENTITIES = 200;

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
export async function getOverview(signal?: AbortSignal): Promise<Overview> {
  const { overview } = await execute(OverviewQuery, { limit: OVERVIEW_MAX_ENTITIES }, signal);
  return { total: overview.totalEntities, subgraph: overview.subgraph };
}

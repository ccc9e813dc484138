import { API_LIMITS, type RelationType } from '@guanxi/graph-schema';
import { useCallback } from 'react';
import { graphql, type ResultOf } from '../../../lib/graphql';
import { useApiQuery } from '../../../lib/use-api-query';

const RelationCountsQuery = graphql(`
  query RelationCounts($id: ID!, $limit: Int) {
    neighborhood(id: $id, depth: 1, limit: $limit) {
      truncated
      edges {
        type
        source
        target
      }
    }
  }
`);

export interface RelationCount {
  type: RelationType;
  count: number;
}

export interface RelationCounts {
  counts: RelationCount[];
  truncated: boolean;
}

/** How many neighbours a node has per relationship type: what its "expand by" menu offers. */
export function useRelationCounts(id: string) {
  const select = useCallback(
    ({ neighborhood }: ResultOf<typeof RelationCountsQuery>): RelationCounts => {
      const counts = new Map<RelationType, number>();
      for (const edge of neighborhood.edges)
        if (edge.source === id || edge.target === id)
          counts.set(edge.type, (counts.get(edge.type) ?? 0) + 1);
      return {
        counts: [...counts]
          .map(([type, count]) => ({ type, count }))
          .sort((a, b) => b.count - a.count),
        truncated: neighborhood.truncated,
      };
    },
    [id],
  );
  // As many neighbours as one request may bring, so that the counts are as complete as can be.
  const limit = API_LIMITS.neighborhood.nodes.max;
  return useApiQuery(RelationCountsQuery, { id, limit }, select);
}

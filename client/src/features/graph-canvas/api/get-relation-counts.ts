import type { RelationType } from '@guanxi/graph-schema';
import { graphql } from '../../../lib/graphql';
import { execute } from '../../../lib/graphql-client';

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

/** How many neighbours a node has per relationship type: what its "expand by" menu offers. */
export async function getRelationCounts(
  id: string,
  limit: number,
  signal?: AbortSignal,
): Promise<{ counts: RelationCount[]; truncated: boolean }> {
  const { neighborhood } = await execute(RelationCountsQuery, { id, limit }, signal);
  const counts = new Map<RelationType, number>();
  for (const edge of neighborhood.edges)
    if (edge.source === id || edge.target === id)
      counts.set(edge.type, (counts.get(edge.type) ?? 0) + 1);
  return {
    counts: [...counts].map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count),
    truncated: neighborhood.truncated,
  };
}

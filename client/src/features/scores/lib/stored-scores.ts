import type { GraphNode, NodeScores } from '../../../lib/explorer-graph';

export type StoredScore = 'degree' | 'pageRank' | 'betweenness';

/** The graph-wide score of each drawn node that has one. */
export function storedScores(nodes: readonly GraphNode[], score: StoredScore): Map<string, number> {
  return new Map(
    nodes.flatMap((node) => {
      const value: NodeScores[StoredScore] | undefined = node.scores?.[score];
      return typeof value === 'number' ? [[node.id, value] as const] : [];
    }),
  );
}

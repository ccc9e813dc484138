import type { GraphNode } from '../../../lib/explorer-graph';

export interface RankedNode {
  id: string;
  name: string;
  score: number;
}

/** The drawn nodes with the highest scores, best first; equal scores in name order. */
export function topRanked(
  nodes: readonly GraphNode[],
  scores: ReadonlyMap<string, number>,
  count: number,
): RankedNode[] {
  return nodes
    .flatMap((node) => {
      const score = scores.get(node.id);
      return score === undefined ? [] : [{ id: node.id, name: node.name, score }];
    })
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    .slice(0, count);
}

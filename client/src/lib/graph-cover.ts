import type { GraphEdge, GraphNode, Subgraph } from './explorer-graph';

/**
 * Builds a whole (small) graph out of bounded neighbourhood answers. A node counts as covered
 * once it lies strictly inside some answer (closer to its centre than the depth), because only
 * then is every one of its relationships certainly in that answer.
 */
export class GraphCover {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges = new Map<string, GraphEdge>();
  private readonly covered = new Set<string>();
  private truncated = false;

  constructor(private readonly wanted: readonly string[]) {}

  /** The next centre to ask about, or null when every wanted node is covered. */
  next(): string | null {
    return this.wanted.find((id) => !this.covered.has(id)) ?? null;
  }

  add(centre: string, depth: number, answer: Subgraph): void {
    for (const node of answer.nodes) this.nodes.set(node.id, node);
    for (const edge of answer.edges) this.edges.set(edge.id, edge);
    this.truncated ||= answer.truncated;
    this.covered.add(centre);
    for (const [id, distance] of distancesFrom(centre, answer.edges))
      if (distance < depth) this.covered.add(id);
  }

  result(): Subgraph {
    return {
      nodes: [...this.nodes.values()],
      edges: [...this.edges.values()],
      truncated: this.truncated,
    };
  }
}

/** Hop distances from a node over undirected edges (breadth-first). */
export function distancesFrom(start: string, edges: readonly GraphEdge[]): Map<string, number> {
  const adjacent = new Map<string, string[]>();
  for (const { source, target } of edges) {
    adjacent.set(source, [...(adjacent.get(source) ?? []), target]);
    adjacent.set(target, [...(adjacent.get(target) ?? []), source]);
  }
  const distance = new Map([[start, 0]]);
  const queue = [start];
  for (let index = 0; index < queue.length; index++) {
    const current = queue[index] as string;
    for (const next of adjacent.get(current) ?? [])
      if (!distance.has(next)) {
        distance.set(next, (distance.get(current) ?? 0) + 1);
        queue.push(next);
      }
  }
  return distance;
}

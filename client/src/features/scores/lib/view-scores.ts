import { UndirectedGraph } from 'graphology';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import type { VisibleGraph } from '../../../lib/explorer-graph';

export type ViewScore = 'viewDegree' | 'viewPageRank';

/** The drawn picture as one undirected simple graph: several ties between two entities count once. */
function drawnGraph({ nodes, edges }: VisibleGraph): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const node of nodes) graph.addNode(node.id);
  for (const edge of edges)
    if (edge.source !== edge.target && graph.hasNode(edge.source) && graph.hasNode(edge.target))
      graph.mergeEdge(edge.source, edge.target);
  return graph;
}

/** Degree or PageRank of every drawn node, computed on what is drawn only. */
export function viewScores(visible: VisibleGraph, score: ViewScore): Map<string, number> {
  const graph = drawnGraph(visible);
  if (score === 'viewDegree') return new Map(graph.mapNodes((id) => [id, graph.degree(id)]));
  // Edges are the same weight, like the graph-wide job's PageRank.
  const ranks = graph.order > 0 ? pagerank(graph, { getEdgeWeight: null }) : {};
  return new Map(Object.entries(ranks));
}

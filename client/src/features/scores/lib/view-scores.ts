import { UndirectedGraph } from 'graphology';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import type { VisibleGraph } from '../../../lib/explorer-graph';
import { betweenness } from '@guanxi/graph-metrics';

const VIEW_SCORES = ['viewDegree', 'viewPageRank', 'viewBetweenness'] as const;
export type ViewScore = (typeof VIEW_SCORES)[number];

export const isViewScore = (choice: string): choice is ViewScore =>
  (VIEW_SCORES as readonly string[]).includes(choice);

/**
 * Each computation leaves a performance measure named after its score, so that the client bench
 * (and a person in the browser's profiler) can hold it to the budget: 300 ms for 1,000 nodes.
 */
export const viewScoreMeasure = (score: ViewScore): string => `guanxi:${score}`;

/** The drawn picture as one undirected simple graph: several ties between two entities count once. */
function drawnGraph({ nodes, edges }: VisibleGraph): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const node of nodes) graph.addNode(node.id);
  for (const edge of edges)
    if (edge.source !== edge.target && graph.hasNode(edge.source) && graph.hasNode(edge.target))
      graph.mergeEdge(edge.source, edge.target);
  return graph;
}

function computed(graph: UndirectedGraph, score: ViewScore): Map<string, number> {
  if (score === 'viewDegree') return new Map(graph.mapNodes((id) => [id, graph.degree(id)]));
  if (score === 'viewBetweenness') return betweenness(graph);
  // Edges are the same weight, like the graph-wide job's PageRank.
  return new Map(Object.entries(graph.order > 0 ? pagerank(graph, { getEdgeWeight: null }) : {}));
}

/** Degree, PageRank or betweenness of every drawn node, computed on what is drawn only. */
export function viewScores(visible: VisibleGraph, score: ViewScore): Map<string, number> {
  const start = performance.now();
  const scores = computed(drawnGraph(visible), score);
  performance.measure(viewScoreMeasure(score), { start });
  return scores;
}

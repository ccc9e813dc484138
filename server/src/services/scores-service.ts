import { betweenness as sampledBetweenness } from '@guanxi/graph-metrics';
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweenness from 'graphology-metrics/centrality/betweenness.js';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import type { Executor } from '../db/executor';
import {
  countEntities,
  markScoresStale,
  readEntityTiesPage,
  type ScoreRow,
  writeScores,
} from '../repositories/scores-repository';

/*
 * The graph-wide "who matters" job: the entity graph is read in pages into graphology, scored
 * there by graphology-metrics (PageRank, betweenness) and graphology-communities-louvain, and
 * written back in batches. Neo4j Graph Data Science is no option on a Community server; these
 * are maintained, MIT-licensed implementations of the textbook algorithms.
 */

const READ_PAGE = 10_000;
const WRITE_BATCH = 5_000;

/**
 * Exact betweenness (Brandes) searches from every node: it grows with entities × ties (measured
 * on the synthetic graph: 0.6 s at 1,089 entities, 12.5 s at 5,290; 10^5 would take hours).
 * graphology offers no sampled variant, so above this many entities it is estimated from the
 * searches of BETWEENNESS_SOURCES entities drawn at random (Brandes and Pich), and the summary
 * says so.
 */
export const EXACT_BETWEENNESS_LIMIT = 5_000;
export const BETWEENNESS_SOURCES = 500;

export type ScoresPhase = 'read' | 'compute' | 'write';

export interface ScoresOptions {
  /** Called as each phase advances: entities read, scored (0 then 1), written. */
  onProgress?: (phase: ScoresPhase, done: number, total: number) => void;
}

export interface ScoresSummary {
  entities: number;
  ties: number;
  communities: number;
  /** Louvain's modularity of the communities found; 0 for a graph without ties. */
  modularity: number;
  betweenness: 'exact' | 'sampled';
  computedAt: string;
}

/** The entity graph, undirected and simple: two entities tied twice are neighbours once. */
async function readEntityGraph(executor: Executor, options: ScoresOptions): Promise<Graph> {
  const expected = await countEntities(executor);
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const pending: [string, string][] = [];
  let after: string | null = null;
  for (;;) {
    const page = await readEntityTiesPage(executor, after, READ_PAGE);
    for (const { id, targets } of page) {
      graph.mergeNode(id);
      for (const target of targets) if (target !== id) pending.push([id, target]);
    }
    options.onProgress?.('read', graph.order, Math.max(expected, graph.order));
    if (page.length < READ_PAGE) break;
    after = page.at(-1)?.id ?? null;
  }
  // Ends created after their page was read are not part of this run.
  for (const [from, to] of pending) {
    if (graph.hasNode(to)) graph.mergeEdge(from, to);
  }
  return graph;
}

function scoreGraph(graph: Graph): {
  rows: ScoreRow[];
  summary: Omit<ScoresSummary, 'computedAt'>;
} {
  const ranks = pagerank(graph, { getEdgeWeight: null });
  const exact = graph.order <= EXACT_BETWEENNESS_LIMIT;
  const between = exact
    ? new Map(Object.entries(betweenness(graph, { normalized: true })))
    : sampledBetweenness(graph, { sources: BETWEENNESS_SOURCES, seed: 1 });
  // In node order, not a random walk: the same graph gives the same communities.
  const communities =
    graph.size > 0
      ? louvain.detailed(graph, { randomWalk: false })
      : { communities: {} as Record<string, number>, count: graph.order, modularity: 0 };
  let isolated = communities.count;
  const rows = graph.mapNodes((id) => ({
    id,
    degree: graph.degree(id),
    // A node without ties is a community of its own.
    community: communities.communities[id] ?? isolated++,
    pageRank: ranks[id] ?? 0,
    betweenness: Math.min(1, between.get(id) ?? 0),
  }));
  return {
    rows,
    summary: {
      entities: graph.order,
      ties: graph.size,
      communities: new Set(rows.map((row) => row.community)).size,
      modularity: communities.modularity,
      betweenness: exact ? 'exact' : 'sampled',
    },
  };
}

/**
 * Computes degree, PageRank, betweenness and Louvain communities over the whole entity graph
 * and stores them on every entity with the time the graph was read. Each batch is its own
 * transaction: reads never wait on one long write, and a run stopped halfway leaves every
 * entity with the scores of one run or the other.
 */
export async function computeScores(
  executor: Executor,
  options: ScoresOptions = {},
): Promise<ScoresSummary> {
  const computedAt = new Date().toISOString();
  const graph = await readEntityGraph(executor, options);
  options.onProgress?.('compute', 0, 1);
  const { rows, summary } = scoreGraph(graph);
  options.onProgress?.('compute', 1, 1);
  for (let start = 0; start < rows.length; start += WRITE_BATCH) {
    const batch = rows.slice(start, start + WRITE_BATCH);
    await executor.writeTransaction('writeScores', (tx) => writeScores(tx, batch, computedAt));
    options.onProgress?.('write', start + batch.length, rows.length);
  }
  return { ...summary, computedAt };
}

/**
 * Up to this many entities a full run, betweenness included, takes a fraction of a second, so a
 * commit recomputes; above it the commit only marks what it touched.
 */
const RECOMPUTE_AFTER_COMMIT_LIMIT = 500;

/**
 * Brings the stored scores up to date after a committed write of `changedIds`, outside its
 * transaction: a small graph is scored again, a large one has the scores around the change
 * marked stale until the next `npm run analyse`. A failure here never undoes the write: it is
 * reported through `onFailure` only.
 */
export async function refreshScoresAfterCommit(
  executor: Executor,
  changedIds: readonly string[],
  onFailure: (error: unknown) => void,
): Promise<void> {
  try {
    if ((await countEntities(executor)) <= RECOMPUTE_AFTER_COMMIT_LIMIT)
      await computeScores(executor);
    else
      await executor.writeTransaction('markScoresStale', (tx) => markScoresStale(tx, changedIds));
  } catch (error) {
    onFailure(error);
  }
}

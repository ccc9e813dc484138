import { z } from 'zod';

/**
 * Graph-wide "who matters" scores, computed by the analysis job over the entity graph (every
 * entity and the relationships between entities; sources and mentions are not part of it) and
 * stored on each entity node. Absent until the job first runs, and on entities written since.
 */
export const SCORE_PROPERTIES = {
  /** Distinct entities tied to this one, in either direction. */
  degree: 'degree',
  /** Normalised betweenness in [0, 1]: exact on small graphs, estimated from sampled sources above. */
  betweenness: 'betweenness',
  /** PageRank over the undirected entity graph; the scores of a run sum to 1. */
  pageRank: 'pageRank',
  /** Louvain community number, meaningful only within one run. */
  community: 'community',
  /** When the job read the graph, as an ISO 8601 instant. */
  computedAt: 'scoresComputedAt',
  /** Set when a write changed ties around the entity after the job ran: the scores are dated. */
  stale: 'scoresStale',
} as const;

/** The scores a list can be ordered by: each has a range index per entity label. */
export const ORDERABLE_SCORES = ['degree', 'betweenness', 'pageRank'] as const;
export type OrderableScore = (typeof ORDERABLE_SCORES)[number];

export const EntityScoresSchema = z.object({
  degree: z.number().int().nonnegative(),
  betweenness: z.number().min(0).max(1).nullable(),
  pageRank: z.number().min(0).max(1),
  community: z.number().int().nonnegative(),
  computedAt: z.iso.datetime({ offset: true }),
  stale: z.boolean(),
});
export type EntityScores = z.infer<typeof EntityScoresSchema>;

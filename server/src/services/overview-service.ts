import { API_LIMITS } from '@guanxi/graph-schema';
import type { Executor } from '../db/executor';
import { readOverviewRows } from '../repositories/overview-repository';
import type { TimeFilter } from '../repositories/relation-time-predicate';
import { boundedCount } from './bounded-count';
import type { SubgraphReading } from '../selection/entity-plan';
import { EDGES_PER_NODE, type Subgraph, subgraphOf } from './neighborhood-service';

export interface Overview {
  totalEntities: number;
  /** The whole graph, or null when it holds more than the limit. */
  subgraph: Subgraph | null;
}

/**
 * The whole graph when it is small enough to draw at once: the explorer's opening picture. With
 * `time`, every entity still, and only the relationships that held then.
 */
export async function readOverview(
  executor: Executor,
  query: { limit: number | null | undefined; time: TimeFilter | undefined },
  reading: SubgraphReading,
): Promise<Overview> {
  const cap = boundedCount(query.limit, {
    argument: 'limit',
    min: 1,
    max: API_LIMITS.overview.nodes.max,
    limit: 'Overview size',
  });
  const { total, subgraph } = await readOverviewRows(executor, cap, EDGES_PER_NODE, reading.plan, {
    evidence: reading.edgeEvidence,
    time: query.time,
  });
  return { totalEntities: total, subgraph: subgraph ? subgraphOf(subgraph, reading) : null };
}

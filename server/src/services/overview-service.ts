import { API_LIMITS } from '@guanxi/graph-schema';
import type { Executor } from '../db/executor';
import { readAllEntitiesUpTo } from '../repositories/overview-repository';
import { boundedCount } from './bounded-count';
import { type Subgraph, subgraphAmong } from './neighborhood-service';

export interface Overview {
  totalEntities: number;
  /** The whole graph, or null when it holds more than the limit. */
  subgraph: Subgraph | null;
}

/** The whole graph when it is small enough to draw at once: the explorer's opening picture. */
export async function readOverview(
  executor: Executor,
  limit: number | null | undefined,
): Promise<Overview> {
  const cap = boundedCount(limit, {
    argument: 'limit',
    min: 1,
    max: API_LIMITS.overview.nodes.max,
    limit: 'Overview size',
  });
  const { total, entities } = await readAllEntitiesUpTo(executor, cap);
  return {
    totalEntities: total,
    subgraph: entities ? await subgraphAmong(executor, entities) : null,
  };
}

import type { Executor } from '../db/executor';
import { readAllEntitiesUpTo } from '../repositories/overview-repository';
import { type Subgraph, subgraphAmong, validateSubgraphLimit } from './neighborhood-service';

export interface Overview {
  totalEntities: number;
  /** The whole graph, or null when it holds more than the limit. */
  subgraph: Subgraph | null;
}

/** The whole graph when it is small enough to draw at once: the explorer's opening picture. */
export async function readOverview(executor: Executor, limit: number): Promise<Overview> {
  validateSubgraphLimit(limit, 'Overview');
  const { total, entities } = await readAllEntitiesUpTo(executor, limit);
  return {
    totalEntities: total,
    subgraph: entities ? await subgraphAmong(executor, entities) : null,
  };
}

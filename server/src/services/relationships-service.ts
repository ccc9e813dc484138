import { API_LIMITS } from '@guanxi/graph-schema';
import type { Executor } from '../db/executor';
import { limitExceeded } from '../errors';
import { readRelationsByIds } from '../repositories/relation-lookup-repository';
import { edgeOf, type SubgraphEdge } from './neighborhood-service';

const MAX_IDS = API_LIMITS.relationships.ids.max;

/**
 * Relationships by id, as drawn and with their evidence, in the order asked; ids the graph does
 * not hold are left out (the caller compares), so one stale id does not fail a whole export.
 */
export async function readRelationships(
  executor: Executor,
  ids: readonly string[],
): Promise<SubgraphEdge[]> {
  if (ids.length > MAX_IDS)
    throw limitExceeded(
      `At most ${MAX_IDS} relationships can be read at once; ${ids.length} were asked for. Ask in batches.`,
      { limit: 'ids', max: MAX_IDS },
    );
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const found = new Map(
    (await readRelationsByIds(executor, unique)).map((relation) => [relation.id, edgeOf(relation)]),
  );
  return unique.flatMap((id) => found.get(id) ?? []);
}

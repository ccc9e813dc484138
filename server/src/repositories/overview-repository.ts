import neo4j from 'neo4j-driver';
import type { QueryRunner } from '../db/executor';
import { type EntityRecord, entityProjection, parseEntity } from './entity-record';

/**
 * How many entities the graph holds and, when that is at most `cap`, all of them ordered by
 * name: one statement, answered from the count store when the graph is too large to list.
 */
export async function readAllEntitiesUpTo(
  runner: QueryRunner,
  cap: number,
): Promise<{ total: number; entities: EntityRecord[] | null }> {
  const [row] = await runner.run(
    'overviewEntities',
    `WITH COUNT { (:Entity) } AS total
     CALL (total) {
       MATCH (n:Entity) WHERE total <= $cap
       WITH n ORDER BY n.name, n.id
       RETURN collect(${entityProjection('n')}) AS entities
     }
     RETURN total, entities`,
    { cap: neo4j.int(cap) },
  );
  const total = Number(row?.get('total') ?? 0);
  if (total > cap) return { total, entities: null };
  return { total, entities: (row?.get('entities') as unknown[]).map(parseEntity) };
}

import type { QueryRunner } from '../db/executor';
import { type EntityRecord, entityProjection, parseEntity } from './entity-record';

/** Entities by id, in the order asked, null where no entity has that id. */
export async function readEntitiesByIds(
  runner: QueryRunner,
  ids: readonly string[],
): Promise<(EntityRecord | null)[]> {
  const rows = await runner.run(
    'readEntitiesByIds',
    `UNWIND $ids AS id
     MATCH (n:Entity {id: id})
     RETURN ${entityProjection('n')} AS entity`,
    { ids },
  );
  const byId = new Map<string, EntityRecord>();
  for (const row of rows) {
    const entity = parseEntity(row.get('entity'));
    byId.set(entity.id, entity);
  }
  return ids.map((id) => byId.get(id) ?? null);
}

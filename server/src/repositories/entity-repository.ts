import type { QueryRunner } from '../db/executor';
import type { EntityPlan } from '../selection/entity-plan';
import { CypherStatement } from './cypher-statement';
import { type EntityRecord, entityProjection, parseEntity } from './entity-record';
import {
  type PlannedEntity,
  parsePlannedEntity,
  plannedEntityProjection,
} from './planned-entity-repository';

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

/** One entity by id with everything its selection reads, in one statement; undefined if none. */
export async function readPlannedEntity(
  runner: QueryRunner,
  id: string,
  plan: EntityPlan,
): Promise<PlannedEntity | undefined> {
  const statement = new CypherStatement();
  const [row] = await runner.run(
    'readPlannedEntity',
    `MATCH (n:Entity {id: ${statement.param(id)}})
     RETURN ${plannedEntityProjection(statement, 'n', plan)} AS entity`,
    statement.params,
  );
  return row ? parsePlannedEntity(row.get('entity'), plan) : undefined;
}

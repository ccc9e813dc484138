import { ENTITY_LABEL, type Entity, LABEL_OF_KIND, SOURCE_LABEL } from '@guanxi/graph-schema';
import type { QueryRunner } from '../db/executor';
import { type EntityRecord, entityProjection, entityToStored, parseEntity } from './entity-record';
import { writeMentions } from './graph-import-repository';

/**
 * Takes the write lock of each entity, in id order, and reads them under it: until the
 * transaction ends no other write can change or delete them, and two writes that lock the same
 * entities take them in the same order, so they queue instead of deadlocking.
 */
export async function lockEntities(
  tx: QueryRunner,
  ids: readonly string[],
): Promise<Map<string, EntityRecord>> {
  const rows = await tx.run(
    'lockEntities',
    `UNWIND $ids AS id
     WITH DISTINCT id ORDER BY id
     MATCH (locked:${ENTITY_LABEL} {id: id})
     SET locked._lock = true
     REMOVE locked._lock
     // Found again once the lock is ours: a write we waited for may have deleted it meanwhile.
     WITH id
     MATCH (n:${ENTITY_LABEL} {id: id})
     RETURN ${entityProjection('n')} AS entity`,
    { ids },
  );
  const entities = rows.map((row) => parseEntity(row.get('entity')));
  return new Map(entities.map((entity) => [entity.id, entity]));
}

/** Creates the node with its kind label and `Entity`; a taken id fails on the unique constraint. */
export async function createEntityNode(tx: QueryRunner, entity: Entity): Promise<void> {
  await tx.run(
    'createEntity',
    `CREATE (n:${ENTITY_LABEL}:${LABEL_OF_KIND[entity.kind]}) SET n = $properties`,
    { properties: entityToStored(entity) },
  );
  await writeMentions(tx, [entity]);
}

/** Replaces every property of an entity node (labels and links stay); mentions follow its evidence. */
export async function replaceEntityProperties(tx: QueryRunner, entity: Entity): Promise<void> {
  await tx.run(
    'replaceEntityProperties',
    `MATCH (n:${ENTITY_LABEL} {id: $id})
     SET n = $properties
     WITH n
     OPTIONAL MATCH (s:${SOURCE_LABEL})-[m:MENTIONED]->(n)
     WHERE NOT s.id IN $sourceIds
     DELETE m`,
    {
      id: entity.id,
      properties: entityToStored(entity),
      sourceIds: [...new Set(entity.evidence.map((e) => e.sourceId))],
    },
  );
  await writeMentions(tx, [entity]);
}

/** Removes an entity and every relationship it still has. */
export async function deleteEntityNode(tx: QueryRunner, id: string): Promise<void> {
  await tx.run('deleteEntity', `MATCH (n:${ENTITY_LABEL} {id: $id}) DETACH DELETE n`, { id });
}

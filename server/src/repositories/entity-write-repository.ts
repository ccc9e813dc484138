import {
  ENTITY_LABEL,
  type Entity,
  evidenceToProperties,
  LABEL_OF_KIND,
  SOURCE_LABEL,
  STORED_PROPERTY_OF_FIELD,
} from '@guanxi/graph-schema';
import type { TransactionRunner } from '../db/executor';
import { type EntityRecord, entityProjection, parseEntity } from './entity-record';

type StoredValue = string | number | string[] | number[];

/**
 * An entity's node properties: evidence as parallel lists, `institutionKind`/`placeKind` as
 * `kind` (the entity kind is the label), and no nulls — Neo4j cannot store them.
 */
export function storedEntityProperties(entity: Entity): Record<string, StoredValue> {
  const { evidence, ...fields } = entity;
  const stored: Record<string, StoredValue> = {};
  for (const [field, value] of Object.entries(fields)) {
    // The entity kind is the node's label, not a property.
    if (field === 'kind' || value === undefined || value === null) continue;
    const property =
      STORED_PROPERTY_OF_FIELD[field as keyof typeof STORED_PROPERTY_OF_FIELD] ?? field;
    stored[property] = value as StoredValue;
  }
  return { ...stored, ...evidenceToProperties(evidence) };
}

/** Entities by id inside a write transaction, so checks and changes see the same state. */
export async function readEntitiesForWrite(
  tx: TransactionRunner,
  ids: readonly string[],
): Promise<Map<string, EntityRecord>> {
  const rows = await tx.run(
    'readEntitiesForWrite',
    `UNWIND $ids AS id
     MATCH (n:Entity {id: id})
     RETURN ${entityProjection('n')} AS entity`,
    { ids },
  );
  const entities = rows.map((row) => parseEntity(row.get('entity')));
  return new Map(entities.map((entity) => [entity.id, entity]));
}

/** Creates the node with its kind label and `Entity`, and the MENTIONED links of its sources. */
export async function createEntityNode(tx: TransactionRunner, entity: Entity): Promise<void> {
  await tx.run(
    'createEntity',
    `CREATE (n:${ENTITY_LABEL}:${LABEL_OF_KIND[entity.kind]})
     SET n = $properties
     WITH n
     UNWIND $sourceIds AS sourceId
     MATCH (s:${SOURCE_LABEL} {id: sourceId})
     MERGE (s)-[:MENTIONED]->(n)`,
    {
      properties: storedEntityProperties(entity),
      sourceIds: [...new Set(entity.evidence.map((e) => e.sourceId))],
    },
  );
}

/** Replaces every property of an entity node (its labels and links stay) and adds mentions. */
export async function replaceEntityProperties(
  tx: TransactionRunner,
  entity: Entity,
): Promise<void> {
  await tx.run(
    'replaceEntityProperties',
    `MATCH (n:${ENTITY_LABEL} {id: $id})
     SET n = $properties
     WITH n
     UNWIND $sourceIds AS sourceId
     MATCH (s:${SOURCE_LABEL} {id: sourceId})
     MERGE (s)-[:MENTIONED]->(n)`,
    {
      id: entity.id,
      properties: storedEntityProperties(entity),
      sourceIds: [...new Set(entity.evidence.map((e) => e.sourceId))],
    },
  );
}

/** Removes an entity and every relationship it still has. */
export async function deleteEntityNode(tx: TransactionRunner, id: string): Promise<void> {
  await tx.run('deleteEntity', `MATCH (n:${ENTITY_LABEL} {id: $id}) DETACH DELETE n`, { id });
}

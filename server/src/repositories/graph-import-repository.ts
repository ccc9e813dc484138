import neo4j from 'neo4j-driver';
import {
  ENTITY_KINDS,
  ENTITY_LABEL,
  type Entity,
  type EntityKind,
  LABEL_OF_KIND,
  type RelationType,
  relationshipId,
  type ResolvedSource,
  SOURCE_LABEL,
} from '@guanxi/graph-schema';
import type { Executor, QueryRunner } from '../db/executor';
import { entityToStored } from './entity-record';
import { type RelationRecord, relationToStored } from './relation-record';
import { sourceToStored } from './source-record';

/*
 * Every statement MERGEs by id and then replaces the properties wholesale (`SET x = row`): writing
 * the same records twice leaves the same nodes, relationships and values, and a property dropped
 * from a record is dropped from the database. Labels and types are graph-schema constants.
 */

export async function writeSources(
  tx: QueryRunner,
  sources: readonly (ResolvedSource & { checksum: string })[],
): Promise<void> {
  await tx.run(
    'importSources',
    `UNWIND $rows AS row
     MERGE (s:${SOURCE_LABEL} {id: row.id})
     SET s = row.properties`,
    { rows: sources.map((source) => ({ id: source.id, properties: sourceToStored(source) })) },
  );
}

/** The node also loses any other kind label, so a re-kinded entity is never two kinds at once. */
export async function writeEntities(
  tx: QueryRunner,
  kind: EntityKind,
  entities: readonly Entity[],
): Promise<void> {
  const label = LABEL_OF_KIND[kind];
  const otherLabels = ENTITY_KINDS.filter((other) => other !== kind).map((k) => LABEL_OF_KIND[k]);
  await tx.run(
    `importEntities:${label}`,
    `UNWIND $rows AS row
     MERGE (n:${ENTITY_LABEL} {id: row.id})
     SET n = row.properties, n:${label}
     REMOVE n:${otherLabels.join(':')}`,
    { rows: entities.map((entity) => ({ id: entity.id, properties: entityToStored(entity) })) },
  );
}

/**
 * Relationships of one type, each merged by its id between its ends. The id is derived from the
 * relationship's natural key (type, ends, title or role) and unique per type by constraint, so
 * the same relationship written twice, even at once, is one relationship.
 */
export async function mergeRelations(
  tx: QueryRunner,
  type: RelationType,
  relations: readonly RelationRecord[],
): Promise<void> {
  if (relations.length === 0) return;
  const startLabel = type === 'MENTIONED' ? SOURCE_LABEL : ENTITY_LABEL;
  await tx.run(
    `mergeRelations:${type}`,
    `UNWIND $rows AS row
     MATCH (a:${startLabel} {id: row.from})
     MATCH (b:${ENTITY_LABEL} {id: row.to})
     MERGE (a)-[r:${type} {id: row.id}]->(b)
     SET r = row.properties`,
    {
      rows: relations.map((relation) => ({
        id: relation.id,
        from: relation.from,
        to: relation.to,
        properties: relationToStored(relation),
      })),
    },
  );
}

/**
 * `(:Source)-[:MENTIONED]->(entity)`, one per source and entity, derived from the entity's own
 * evidence: the quotes by which that source names the entity.
 */
export const mentionsOf = (entities: readonly Entity[]): RelationRecord[] =>
  entities.flatMap((entity) =>
    [...new Set(entity.evidence.map((e) => e.sourceId))].map((sourceId) => ({
      id: relationshipId('MENTIONED', sourceId, entity.id),
      type: 'MENTIONED' as const,
      from: sourceId,
      to: entity.id,
      properties: {},
      method: entity.method,
      evidence: entity.evidence.filter((e) => e.sourceId === sourceId),
    })),
  );

export const writeMentions = (tx: QueryRunner, entities: readonly Entity[]): Promise<void> =>
  mergeRelations(tx, 'MENTIONED', mentionsOf(entities));

/** True when the database holds no entity and no source: a fresh store that wants its seed. */
export async function isGraphEmpty(runner: QueryRunner): Promise<boolean> {
  const [row] = await runner.run(
    'isGraphEmpty',
    `RETURN NOT EXISTS { (:${ENTITY_LABEL}) } AND NOT EXISTS { (:${SOURCE_LABEL}) } AS empty`,
  );
  return row?.get('empty') === true;
}

/**
 * Deletes every entity and source with their relationships, a bounded batch per transaction so
 * that a large graph never needs one huge transaction. For regenerable (synthetic) databases.
 */
export async function deleteGraph(executor: Executor, batchSize = 10_000): Promise<void> {
  for (;;) {
    const [row] = await executor.writeTransaction('deleteGraphBatch', (tx) =>
      tx.run(
        'deleteGraphBatch',
        `MATCH (n:${ENTITY_LABEL}|${SOURCE_LABEL}) WITH n LIMIT $batchSize DETACH DELETE n RETURN count(*) AS deleted`,
        { batchSize: neo4j.int(batchSize) },
      ),
    );
    if (Number(row?.get('deleted') ?? 0) === 0) return;
  }
}

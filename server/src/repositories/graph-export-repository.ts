import {
  type Entity,
  ENTITY_LABEL,
  ENTITY_RELATION_TYPES,
  type Source,
  SOURCE_LABEL,
} from '@guanxi/graph-schema';
import type { Executor } from '../db/executor';
import {
  entityFromNode,
  type IdentifiedRelationship,
  relationshipFromStored,
  sourceFromNode,
} from '../import/stored-records';

/* Everything is read in id order, so that two exports of the same graph are identical. */

export async function readAllSources(executor: Executor): Promise<Source[]> {
  const rows = await executor.read(
    'exportSources',
    `MATCH (s:${SOURCE_LABEL}) RETURN properties(s) AS properties ORDER BY s.id`,
  );
  return rows.map((row) => sourceFromNode(row.get('properties')));
}

export async function readAllEntities(executor: Executor): Promise<Entity[]> {
  const rows = await executor.read(
    'exportEntities',
    `MATCH (n:${ENTITY_LABEL}) RETURN labels(n) AS labels, properties(n) AS properties ORDER BY n.id`,
  );
  return rows.map((row) => entityFromNode(row.get('labels'), row.get('properties')));
}

/** Relationships between entities; MENTIONED is derived from entity evidence, so not exported. */
export async function readAllRelationships(executor: Executor): Promise<IdentifiedRelationship[]> {
  const rows = await executor.read(
    'exportRelationships',
    `MATCH (a:${ENTITY_LABEL})-[r]->(b:${ENTITY_LABEL})
     WHERE type(r) IN $types
     RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS properties
     ORDER BY r.id`,
    { types: ENTITY_RELATION_TYPES },
  );
  return rows.map((row) =>
    relationshipFromStored(row.get('type'), row.get('from'), row.get('to'), row.get('properties')),
  );
}

import {
  type Entity,
  ENTITY_LABEL,
  ENTITY_RELATION_TYPES,
  type RelationshipRecord,
  RelationshipRecordSchema,
  type Source,
  SOURCE_LABEL,
} from '@guanxi/graph-schema';
import type { QueryRunner } from '../db/executor';
import { entityProjection, parseEntity, validEntity } from './entity-record';
import { parseRelation, relationProjection } from './relation-record';
import { sourceFromStored } from './source-record';

/* Everything is read in id order, so that two exports of the same graph are identical. */

export async function readAllSources(runner: QueryRunner): Promise<Source[]> {
  const rows = await runner.run(
    'exportSources',
    `MATCH (s:${SOURCE_LABEL}) RETURN properties(s) AS properties ORDER BY s.id`,
  );
  return rows.map((row) => sourceFromStored(row.get('properties')));
}

export async function readAllEntities(runner: QueryRunner): Promise<Entity[]> {
  const rows = await runner.run(
    'exportEntities',
    `MATCH (n:${ENTITY_LABEL}) RETURN ${entityProjection('n')} AS entity ORDER BY n.id`,
  );
  return rows.map((row) => validEntity(parseEntity(row.get('entity'))));
}

/** Relationships between entities; MENTIONED is derived from entity evidence, so not exported. */
export async function readAllRelationships(runner: QueryRunner): Promise<RelationshipRecord[]> {
  const rows = await runner.run(
    'exportRelationships',
    `MATCH (:${ENTITY_LABEL})-[r]->(:${ENTITY_LABEL})
     WHERE type(r) IN $types
     RETURN ${relationProjection('r')} AS relation
     ORDER BY r.id`,
    { types: ENTITY_RELATION_TYPES },
  );
  return rows.map((row) => RelationshipRecordSchema.parse(parseRelation(row.get('relation'))));
}

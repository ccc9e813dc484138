import { ENTITY_LABEL } from '@guanxi/graph-schema';
import type { QueryRunner } from '../db/executor';
import {
  parseRelation,
  type RelationRecord,
  relationById,
  relationProjection,
} from './relation-record';

const MATCH_ANY_TYPE_BY_ID = relationById('$id');

export async function readRelationById(
  tx: QueryRunner,
  id: string,
): Promise<RelationRecord | undefined> {
  const [row] = await tx.run(
    'readRelationById',
    `CALL () { ${MATCH_ANY_TYPE_BY_ID} }
     RETURN ${relationProjection('r')} AS relation LIMIT 1`,
    { id },
  );
  return row ? parseRelation(row.get('relation')) : undefined;
}

export async function deleteRelationById(tx: QueryRunner, id: string): Promise<void> {
  await tx.run('deleteRelationById', `CALL () { ${MATCH_ANY_TYPE_BY_ID} } DELETE r`, { id });
}

/** Every relationship touching an entity, MENTIONED included (its start is then a Source). */
export async function readRelationsOf(tx: QueryRunner, id: string): Promise<RelationRecord[]> {
  const rows = await tx.run(
    'readRelationsOf',
    `MATCH (n:${ENTITY_LABEL} {id: $id})-[r]-()
     RETURN ${relationProjection('r')} AS relation`,
    { id },
  );
  return rows.map((row) => parseRelation(row.get('relation')));
}

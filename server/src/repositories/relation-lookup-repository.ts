import { RELATION_TYPES } from '@guanxi/graph-schema';
import type { QueryRunner } from '../db/executor';
import { parseRelation, type RelationRecord, relationProjection } from './relation-record';

/** One relationship by id, through the per-type id indexes (a type-less match would scan). */
const MATCH_ONE_BY_ID = RELATION_TYPES.map(
  (type) => `MATCH ()-[r:${type} {id: id}]->() RETURN r`,
).join(' UNION ');

/** Relationships by id in one statement; ids that match nothing are simply absent. */
export async function readRelationsByIds(
  tx: QueryRunner,
  ids: readonly string[],
): Promise<RelationRecord[]> {
  const rows = await tx.run(
    'readRelationsByIds',
    `UNWIND $ids AS id
     CALL (id) { ${MATCH_ONE_BY_ID} }
     RETURN ${relationProjection('r')} AS relation`,
    { ids },
  );
  return rows.map((row) => parseRelation(row.get('relation')));
}

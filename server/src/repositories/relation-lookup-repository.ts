import type { QueryRunner } from '../db/executor';
import {
  parseRelation,
  type RelationRecord,
  relationById,
  relationProjection,
} from './relation-record';

/** Relationships by id in one statement; ids that match nothing are simply absent. */
export async function readRelationsByIds(
  tx: QueryRunner,
  ids: readonly string[],
): Promise<RelationRecord[]> {
  const rows = await tx.run(
    'readRelationsByIds',
    `UNWIND $ids AS id
     CALL (id) { ${relationById('id')} }
     RETURN ${relationProjection('r')} AS relation`,
    { ids },
  );
  return rows.map((row) => parseRelation(row.get('relation')));
}

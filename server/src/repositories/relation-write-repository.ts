import {
  ENTITY_LABEL,
  type Evidence,
  evidenceToProperties,
  RELATION_TYPES,
  type RelationType,
  SOURCE_LABEL,
} from '@guanxi/graph-schema';
import type { TransactionRunner } from '../db/executor';
import { parseRelation, type RelationRecord, relationProjection } from './relation-record';

/** A relationship as written: typed properties, provenance and evidence on the relationship. */
export interface RelationWrite {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  properties: Record<string, unknown>;
  evidence: readonly Evidence[];
  method?: string;
  note?: string;
}

const storedRelationProperties = (relation: RelationWrite): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries({
      ...relation.properties,
      id: relation.id,
      method: relation.method,
      note: relation.note,
      ...evidenceToProperties(relation.evidence),
    }).filter(([, value]) => value !== undefined && value !== null),
  );

/** Relationships of one type by id (the per-type id index makes each lookup cheap). */
const MATCH_ANY_TYPE_BY_ID = RELATION_TYPES.map(
  (type) => `MATCH ()-[r:${type} {id: $id}]->() RETURN r`,
).join(' UNION ');

export async function readRelationById(
  tx: TransactionRunner,
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

export async function deleteRelationById(tx: TransactionRunner, id: string): Promise<void> {
  await tx.run('deleteRelationById', `CALL () { ${MATCH_ANY_TYPE_BY_ID} } DELETE r`, { id });
}

/** Creates relationships of one type; the type is a graph-schema constant, so it is inlined. */
export async function createRelations(
  tx: TransactionRunner,
  type: RelationType,
  relations: readonly RelationWrite[],
): Promise<void> {
  if (relations.length === 0) return;
  const startLabel = type === 'MENTIONED' ? SOURCE_LABEL : ENTITY_LABEL;
  await tx.run(
    `createRelations:${type}`,
    `UNWIND $rows AS row
     MATCH (a:${startLabel} {id: row.from}), (b:${ENTITY_LABEL} {id: row.to})
     CREATE (a)-[r:${type}]->(b)
     SET r = row.properties`,
    {
      rows: relations.map((relation) => ({
        from: relation.from,
        to: relation.to,
        properties: storedRelationProperties(relation),
      })),
    },
  );
}

/** Replaces the evidence of existing relationships of one type (merging adds quotes). */
export async function replaceRelationEvidence(
  tx: TransactionRunner,
  type: RelationType,
  updates: readonly { id: string; evidence: readonly Evidence[] }[],
): Promise<void> {
  if (updates.length === 0) return;
  await tx.run(
    `replaceRelationEvidence:${type}`,
    `UNWIND $rows AS row
     MATCH ()-[r:${type} {id: row.id}]->()
     SET r += row.evidence`,
    {
      rows: updates.map((update) => ({
        id: update.id,
        evidence: evidenceToProperties(update.evidence),
      })),
    },
  );
}

/** Every relationship touching an entity, MENTIONED included (its start is then a Source). */
export async function readRelationsOf(
  tx: TransactionRunner,
  id: string,
): Promise<RelationRecord[]> {
  const rows = await tx.run(
    'readRelationsOf',
    `MATCH (n:${ENTITY_LABEL} {id: $id})-[r]-()
     RETURN ${relationProjection('r')} AS relation`,
    { id },
  );
  return rows.map((row) => parseRelation(row.get('relation')));
}

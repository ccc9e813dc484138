import {
  allowsEnds,
  type Evidence,
  RELATION_TYPE_DEFINITIONS,
  RelationshipRecordSchema,
  type RelationType,
  relationshipId,
  STRICT_RELATION_PROPERTY_SCHEMAS,
} from '@guanxi/graph-schema';
import type { Executor } from '../db/executor';
import { badInput, invalidInput, notFound } from '../errors';
import type { EntityRecord } from '../repositories/entity-record';
import { readEntitiesForWrite } from '../repositories/entity-write-repository';
import type { RelationRecord } from '../repositories/relation-record';
import {
  createRelations,
  deleteRelationById,
  readRelationById,
} from '../repositories/relation-write-repository';
import { checkEvidenceAgainstSources } from './evidence-check';

export interface LinkInput {
  type: RelationType;
  from: string;
  to: string;
  /** Only the properties the type defines (title, role, since …); anything else is refused. */
  properties: Record<string, unknown>;
  note?: string | null;
  evidence: readonly Evidence[];
}

/** A relationship with both of its ends, as returned by link and unlink. */
export interface LinkedRelation {
  relation: RelationRecord;
  from: EntityRecord;
  to: EntityRecord;
}

function validateLink(input: LinkInput) {
  if (input.type === 'MENTIONED') {
    throw badInput('MENTIONED links are derived from evidence; they cannot be made by hand.', {
      fields: [{ path: 'type', message: 'not linkable' }],
    });
  }
  const properties = STRICT_RELATION_PROPERTY_SCHEMAS[input.type].safeParse(input.properties);
  if (!properties.success) throw invalidInput(`${input.type} properties`, properties.error.issues);
  const record = RelationshipRecordSchema.safeParse({
    type: input.type,
    from: input.from,
    to: input.to,
    properties: properties.data,
    note: input.note ?? undefined,
    method: 'curated',
    evidence: input.evidence,
  });
  if (!record.success) throw invalidInput('relationship', record.error.issues);
  return record.data;
}

/** Links two entities with a typed, evidenced relationship. */
export async function linkEntities(executor: Executor, input: LinkInput): Promise<LinkedRelation> {
  const record = validateLink(input);
  const id = relationshipId(record.type, record.from, record.to, record.properties);
  return executor.writeTransaction('link', async (tx) => {
    const ends = await readEntitiesForWrite(tx, [record.from, record.to]);
    const from = ends.get(record.from);
    const to = ends.get(record.to);
    if (!from) throw notFound('entity', record.from);
    if (!to) throw notFound('entity', record.to);
    if (!allowsEnds(record.type, from.kind, to.kind)) {
      const allowed = RELATION_TYPE_DEFINITIONS[record.type].ends
        .map(([start, end]) => `${start} → ${end}`)
        .join(', ');
      throw badInput(`${record.type} cannot join ${from.kind} → ${to.kind}; it joins ${allowed}.`, {
        fields: [{ path: 'type', message: 'ends not allowed' }],
      });
    }
    if (await readRelationById(tx, id)) {
      throw badInput(`That relationship already exists (id "${id}").`, { id });
    }
    await checkEvidenceAgainstSources(tx, record.evidence);
    const write = {
      id,
      type: record.type,
      from: record.from,
      to: record.to,
      properties: record.properties,
      evidence: record.evidence,
      method: record.method,
      note: record.note,
    };
    await createRelations(tx, record.type, [write]);
    return { relation: { ...write, evidence: [...write.evidence] }, from, to };
  });
}

/** Removes one relationship by id and returns it as it was. */
export async function unlinkRelationship(executor: Executor, id: string): Promise<LinkedRelation> {
  return executor.writeTransaction('unlink', async (tx) => {
    const relation = await readRelationById(tx, id);
    if (!relation || relation.type === 'MENTIONED') throw notFound('relationship', id);
    const ends = await readEntitiesForWrite(tx, [relation.from, relation.to]);
    const from = ends.get(relation.from);
    const to = ends.get(relation.to);
    if (!from || !to) throw notFound('relationship', id);
    await deleteRelationById(tx, id);
    return { relation, from, to };
  });
}

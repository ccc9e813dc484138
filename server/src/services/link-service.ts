import {
  allowsEnds,
  type Evidence,
  HIERARCHY_RELATION_TYPES,
  RELATION_TYPE_DEFINITIONS,
  RelationshipRecordSchema,
  type RelationType,
  relationshipId,
  STRICT_RELATION_PROPERTY_SCHEMAS,
} from '@guanxi/graph-schema';
import type { Actor } from '../auth/tokens';
import type { Executor, QueryRunner } from '../db/executor';
import { badInput, invalidInput, notFound } from '../errors';
import type { EntityRecord } from '../repositories/entity-record';
import { lockEntities } from '../repositories/entity-write-repository';
import { mergeRelations } from '../repositories/graph-import-repository';
import type { RelationRecord } from '../repositories/relation-record';
import { deleteRelationById, readRelationById } from '../repositories/relation-write-repository';
import { withoutAbsent } from '../repositories/stored-value';
import { lockHierarchies, wouldCloseCycle } from '../repositories/write-lock-repository';
import { audit } from './audit-service';
import { checkEvidenceAgainstSources } from './evidence-check';
import { unionEvidence } from './evidence-union';

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

export const isHierarchy = (type: RelationType): boolean =>
  (HIERARCHY_RELATION_TYPES as readonly RelationType[]).includes(type);

/** A link checked whole by graph-schema: its type's properties, ends, evidence, provenance. */
export function validateLink(
  input: LinkInput,
  provenance: { method: 'curated' | 'ingest'; rule?: string } = { method: 'curated' },
) {
  if (input.type === 'MENTIONED') {
    throw badInput('MENTIONED links are derived from evidence; they cannot be made by hand.', {
      fields: [{ path: 'type', message: 'not linkable' }],
    });
  }
  // GraphQL sends absent optional properties as null; a relationship simply lacks them.
  const properties = STRICT_RELATION_PROPERTY_SCHEMAS[input.type].safeParse(
    withoutAbsent(input.properties),
  );
  if (!properties.success) throw invalidInput(`${input.type} properties`, properties.error.issues);
  const record = RelationshipRecordSchema.safeParse({
    type: input.type,
    from: input.from,
    to: input.to,
    properties: properties.data,
    note: input.note ?? undefined,
    ...provenance,
    evidence: input.evidence,
  });
  if (!record.success) throw invalidInput('relationship', record.error.issues);
  return record.data;
}

/** Both ends under their write locks: neither can be merged away or deleted until this commits. */
async function lockEnds(tx: QueryRunner, fromId: string, toId: string) {
  const ends = await lockEntities(tx, [fromId, toId]);
  const from = ends.get(fromId);
  const to = ends.get(toId);
  if (!from) throw notFound('entity', fromId);
  if (!to) throw notFound('entity', toId);
  return { from, to };
}

type ValidLink = ReturnType<typeof validateLink>;

/**
 * Writes one validated relationship between two locked ends, inside the caller's transaction:
 * ends the type allows, no hierarchy cycle, evidence from its source, and the same relationship
 * (type, ends, title or role) written again gains the new quotes instead of a second copy. The
 * caller holds the hierarchy lock when the type is a hierarchy.
 */
export async function writeLink(
  tx: QueryRunner,
  record: ValidLink,
  from: EntityRecord,
  to: EntityRecord,
): Promise<{ relation: RelationRecord; before: RelationRecord | undefined }> {
  if (!allowsEnds(record.type, from.kind, to.kind)) {
    const allowed = RELATION_TYPE_DEFINITIONS[record.type].ends
      .map(([start, end]) => `${start} → ${end}`)
      .join(', ');
    throw badInput(`${record.type} cannot join ${from.kind} → ${to.kind}; it joins ${allowed}.`, {
      fields: [{ path: 'type', message: 'ends not allowed' }],
    });
  }
  if (isHierarchy(record.type) && (await wouldCloseCycle(tx, record.type, from.id, to.id))) {
    throw badInput(
      `"${to.name}" is already ${record.type} "${from.name}" (directly or through others): this link would make a cycle.`,
      { fields: [{ path: 'to', message: 'would make a cycle' }] },
    );
  }
  await checkEvidenceAgainstSources(tx, record.evidence);
  const id = relationshipId(record.type, from.id, to.id, record.properties);
  const before = await readRelationById(tx, id);
  const relation: RelationRecord = {
    ...record,
    id,
    from: from.id,
    to: to.id,
    note: record.note ?? before?.note,
    evidence: unionEvidence(before?.evidence ?? [], record.evidence),
  };
  await mergeRelations(tx, record.type, [relation]);
  return { relation, before };
}

/**
 * Links two entities with a typed, evidenced relationship. The same relationship (type, ends,
 * title or role) linked again is the same relationship: its new quotes are added, so identical
 * links sent at once converge on one.
 */
export async function linkEntities(
  executor: Executor,
  actor: Actor,
  input: LinkInput,
): Promise<LinkedRelation> {
  const record = validateLink(input);
  return executor.writeTransaction('link', async (tx) => {
    if (isHierarchy(record.type)) await lockHierarchies(tx, [record.type]);
    const { from, to } = await lockEnds(tx, record.from, record.to);
    const { relation, before } = await writeLink(tx, record, from, to);
    await audit(tx, actor, 'link', [relation.id, from.id, to.id], {
      before: before ?? null,
      after: relation,
    });
    return { relation, from, to };
  });
}

/** Removes one relationship by id and returns it as it was. */
export async function unlinkRelationship(
  executor: Executor,
  actor: Actor,
  id: string,
): Promise<LinkedRelation> {
  return executor.writeTransaction('unlink', async (tx) => {
    const found = await readRelationById(tx, id);
    if (!found || found.type === 'MENTIONED') throw notFound('relationship', id);
    const { from, to } = await lockEnds(tx, found.from, found.to);
    // Read again under the locks: a merge may have moved it meanwhile.
    const relation = await readRelationById(tx, id);
    if (!relation) throw notFound('relationship', id);
    await deleteRelationById(tx, id);
    await audit(tx, actor, 'unlink', [id, from.id, to.id], { before: relation, after: null });
    return { relation, from, to };
  });
}

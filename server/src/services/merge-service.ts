import {
  type Evidence,
  RELATION_TYPES,
  type RelationType,
  relationshipId,
} from '@guanxi/graph-schema';
import type { Executor } from '../db/executor';
import { badInput, notFound } from '../errors';
import {
  deleteEntityNode,
  readEntitiesForWrite,
  replaceEntityProperties,
} from '../repositories/entity-write-repository';
import type { RelationRecord } from '../repositories/relation-record';
import {
  createRelations,
  readRelationsOf,
  type RelationWrite,
  replaceRelationEvidence,
} from '../repositories/relation-write-repository';
import { entityFromRecord, validateEntity } from './entity-write-service';

export interface MergeResult {
  entityId: string;
  /** Relationships of the merged entity re-created on the kept one. */
  movedRelationships: number;
  /** Relationships both had (same type, other end and title/role): their evidence was combined. */
  combinedRelationships: number;
  /** Relationships between the two entities, which would become self-links. */
  droppedSelfLinks: number;
}

const evidenceKey = (e: Evidence): string => `${e.sourceId}:${e.start}:${e.end}`;

const unionEvidence = (...lists: readonly (readonly Evidence[])[]): Evidence[] => {
  const byKey = new Map<string, Evidence>();
  for (const evidence of lists.flat()) byKey.set(evidenceKey(evidence), evidence);
  return [...byKey.values()];
};

const unique = (values: readonly string[], except: string): string[] =>
  [...new Set(values)].filter((value) => value !== except);

/**
 * Merges `mergeId` into `keepId` in one transaction: the merged entity's name and aliases
 * become aliases, its evidence is added, and every relationship it had moves to the kept
 * entity (combining evidence where both had the same one). Only links between the two are
 * dropped, because a link from an entity to itself says nothing; the count is reported.
 */
export async function mergeEntities(
  executor: Executor,
  keepId: string,
  mergeId: string,
): Promise<MergeResult> {
  if (keepId === mergeId) throw badInput('An entity cannot be merged into itself.');
  return executor.writeTransaction('mergeEntities', async (tx) => {
    const entities = await readEntitiesForWrite(tx, [keepId, mergeId]);
    const keep = entities.get(keepId);
    const gone = entities.get(mergeId);
    if (!keep) throw notFound('entity', keepId);
    if (!gone) throw notFound('entity', mergeId);
    if (keep.kind !== gone.kind) {
      throw badInput(
        `Only entities of the same kind can be merged: "${keepId}" is ${keep.kind}, "${mergeId}" is ${gone.kind}.`,
      );
    }
    const merged = validateEntity({
      ...entityFromRecord(gone),
      ...entityFromRecord(keep),
      aliases: unique([...keep.aliases, gone.name, ...gone.aliases], keep.name),
      evidence: unionEvidence(keep.evidence, gone.evidence),
      note: [keep.note, gone.note].filter(Boolean).join(' ') || undefined,
    });

    const [goneRelations, keptRelations] = await Promise.all([
      readRelationsOf(tx, mergeId),
      readRelationsOf(tx, keepId),
    ]);
    const keptById = new Map(keptRelations.map((relation) => [relation.id, relation]));
    const creates = new Map<RelationType, RelationWrite[]>();
    const combines = new Map<RelationType, { id: string; evidence: Evidence[] }[]>();
    let droppedSelfLinks = 0;

    // MENTIONED links are derived from evidence: writing the merged evidence re-derives them.
    for (const relation of goneRelations.filter((r) => r.type !== 'MENTIONED')) {
      const from = relation.from === mergeId ? keepId : relation.from;
      const to = relation.to === mergeId ? keepId : relation.to;
      if (from === to) {
        droppedSelfLinks += 1;
        continue;
      }
      const id = relationshipId(relation.type, from, to, relation.properties);
      const existing = keptById.get(id);
      if (existing && existing.type === relation.type) {
        pushTo(combines, relation.type, {
          id,
          evidence: unionEvidence(existing.evidence, relation.evidence),
        });
      } else {
        pushTo(creates, relation.type, { ...movedRelation(relation, from, to), id });
      }
    }

    await deleteEntityNode(tx, mergeId);
    await replaceEntityProperties(tx, merged);
    for (const type of RELATION_TYPES) {
      await createRelations(tx, type, creates.get(type) ?? []);
      await replaceRelationEvidence(tx, type, combines.get(type) ?? []);
    }
    const count = (groups: Map<RelationType, unknown[]>) =>
      [...groups.values()].reduce((sum, list) => sum + list.length, 0);
    return {
      entityId: keepId,
      movedRelationships: count(creates),
      combinedRelationships: count(combines),
      droppedSelfLinks,
    };
  });
}

function pushTo<K, V>(groups: Map<K, V[]>, key: K, value: V): void {
  const list = groups.get(key);
  if (list) list.push(value);
  else groups.set(key, [value]);
}

const movedRelation = (relation: RelationRecord, from: string, to: string): RelationWrite => ({
  id: relation.id,
  type: relation.type,
  from,
  to,
  properties: relation.properties,
  evidence: relation.evidence,
  method: relation.method,
  note: relation.note,
});

import {
  HIERARCHY_RELATION_TYPES,
  RELATION_TYPES,
  type RelationType,
  relationshipId,
} from '@guanxi/graph-schema';
import type { Actor } from '../auth/tokens';
import type { Executor, QueryRunner } from '../db/executor';
import { badInput, notFound } from '../errors';
import type { EntityRecord } from '../repositories/entity-record';
import {
  deleteEntityNode,
  lockEntities,
  replaceEntityProperties,
} from '../repositories/entity-write-repository';
import { mergeRelations } from '../repositories/graph-import-repository';
import type { RelationRecord } from '../repositories/relation-record';
import { readRelationsOf } from '../repositories/relation-write-repository';
import { entitiesInCycles, lockHierarchies } from '../repositories/write-lock-repository';
import { audit } from './audit-service';
import { validateEntity } from './entity-write-service';
import { unionEvidence } from './evidence-union';

export interface MergeResult {
  entityId: string;
  /** The audit entry of the merge: `undoMerge` takes it. */
  auditId: string;
  /** Relationships of the merged entity re-created on the kept one. */
  movedRelationships: number;
  /** Relationships both had (same type, other end and title/role): their evidence was combined. */
  combinedRelationships: number;
  /** Relationships between the two entities, which would become self-links. */
  droppedSelfLinks: number;
}

/** What a merge changed, as its audit entry keeps it: enough to put everything back. */
export interface MergeRecord {
  before: {
    keep: EntityRecord;
    gone: EntityRecord;
    relations: RelationRecord[];
    combined: RelationRecord[];
  };
  after: { keep: EntityRecord; created: RelationRecord[]; combined: RelationRecord[] };
}

const unique = (values: readonly string[], except: string): string[] =>
  [...new Set(values)].filter((value) => value !== except);

export function groupByType(
  relations: readonly RelationRecord[],
): Map<RelationType, RelationRecord[]> {
  const groups = new Map<RelationType, RelationRecord[]>();
  for (const relation of relations)
    groups.set(relation.type, [...(groups.get(relation.type) ?? []), relation]);
  return groups;
}

export async function writeRelations(
  tx: QueryRunner,
  relations: readonly RelationRecord[],
): Promise<void> {
  const groups = groupByType(relations);
  for (const type of RELATION_TYPES) await mergeRelations(tx, type, groups.get(type) ?? []);
}

/**
 * Merges `mergeId` into `keepId` in one transaction: the merged entity's name and aliases
 * become aliases, its evidence is added, and every relationship it had moves to the kept
 * entity (combining evidence where both had the same one). Only links between the two are
 * dropped, because a link from an entity to itself says nothing; the count is reported.
 * Both entities are locked first, in id order, so merges that touch the same entity queue.
 */
export async function mergeEntities(
  executor: Executor,
  actor: Actor,
  keepId: string,
  mergeId: string,
): Promise<MergeResult> {
  if (keepId === mergeId) throw badInput('An entity cannot be merged into itself.');
  return executor.writeTransaction('mergeEntities', async (tx) => {
    await lockHierarchies(tx, HIERARCHY_RELATION_TYPES);
    const entities = await lockEntities(tx, [keepId, mergeId]);
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
      ...gone,
      ...keep,
      aliases: unique([...keep.aliases, gone.name, ...gone.aliases], keep.name),
      curatorAliases: unique([...keep.curatorAliases, ...gone.curatorAliases], keep.name),
      evidence: unionEvidence(keep.evidence, gone.evidence),
      note: [keep.note, gone.note].filter(Boolean).join(' ') || undefined,
    });

    // MENTIONED links are derived from evidence: writing the merged evidence re-derives them.
    const goneRelations = (await readRelationsOf(tx, mergeId)).filter(
      (r) => r.type !== 'MENTIONED',
    );
    const keptById = new Map((await readRelationsOf(tx, keepId)).map((r) => [r.id, r]));
    const created: RelationRecord[] = [];
    const combinedBefore: RelationRecord[] = [];
    const combined: RelationRecord[] = [];
    let droppedSelfLinks = 0;
    for (const relation of goneRelations) {
      const from = relation.from === mergeId ? keepId : relation.from;
      const to = relation.to === mergeId ? keepId : relation.to;
      if (from === to) {
        droppedSelfLinks += 1;
        continue;
      }
      const id = relationshipId(relation.type, from, to, relation.properties);
      const existing = keptById.get(id);
      if (existing) {
        combinedBefore.push(existing);
        combined.push({
          ...existing,
          evidence: unionEvidence(existing.evidence, relation.evidence),
        });
      } else {
        created.push({ ...relation, id, from, to });
      }
    }

    await deleteEntityNode(tx, mergeId);
    await replaceEntityProperties(tx, merged);
    await writeRelations(tx, [...created, ...combined]);
    for (const type of HIERARCHY_RELATION_TYPES) {
      if ((await entitiesInCycles(tx, type, [keepId])).length > 0) {
        throw badInput(
          `Merging "${gone.name}" into "${keep.name}" would make "${keep.name}" ${type} itself; unlink one of the two first.`,
        );
      }
    }
    const record: MergeRecord = {
      before: { keep, gone, relations: goneRelations, combined: combinedBefore },
      after: { keep: { ...merged }, created, combined },
    };
    const entry = await audit(tx, actor, 'mergeEntities', [keepId, mergeId], record);
    return {
      entityId: keepId,
      auditId: entry.id,
      movedRelationships: created.length,
      combinedRelationships: combined.length,
      droppedSelfLinks,
    };
  });
}

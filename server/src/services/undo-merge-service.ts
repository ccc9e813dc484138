import type { Actor } from '../auth/tokens';
import { hasScope } from '../auth/tokens';
import type { Executor, QueryRunner } from '../db/executor';
import { conflict, notFound, UserFacingError } from '../errors';
import { type AuditEntry, lockAuditEntry, markUndone } from '../repositories/audit-repository';
import { type EntityRecord, entityToStored } from '../repositories/entity-record';
import {
  createEntityNode,
  lockEntities,
  replaceEntityProperties,
} from '../repositories/entity-write-repository';
import { type RelationRecord, relationToStored } from '../repositories/relation-record';
import { deleteRelationById, readRelationById } from '../repositories/relation-write-repository';
import { audit } from './audit-service';
import { validateEntity } from './entity-write-service';
import { type MergeRecord, writeRelations } from './merge-service';

/** Key order does not matter: two records are the same when their stored properties are. */
const canonical = (value: Record<string, unknown>): string =>
  JSON.stringify(Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b))));

const sameEntity = (a: EntityRecord, b: EntityRecord): boolean =>
  a.kind === b.kind && canonical(entityToStored(a)) === canonical(entityToStored(b));

const sameRelation = (a: RelationRecord, b: RelationRecord): boolean =>
  a.type === b.type &&
  a.from === b.from &&
  a.to === b.to &&
  canonical(relationToStored(a)) === canonical(relationToStored(b));

/** Everything the merge wrote must still be as it left it; otherwise undo would lose a later write. */
async function changesSince(tx: QueryRunner, record: MergeRecord, keep: EntityRecord | undefined) {
  const changes: string[] = [];
  if (!keep) changes.push(`"${record.after.keep.id}" no longer exists`);
  else if (!sameEntity(keep, record.after.keep)) changes.push(`"${keep.id}" was edited`);
  for (const relation of [...record.after.created, ...record.after.combined]) {
    const now = await readRelationById(tx, relation.id);
    if (!now) changes.push(`relationship "${relation.id}" was removed`);
    else if (!sameRelation(now, relation))
      changes.push(`relationship "${relation.id}" was changed`);
  }
  return changes;
}

/**
 * Puts back what a merge changed: the merged entity with its names, evidence and relationships,
 * and the kept entity as it was. Refused with CONFLICT, naming what changed, when anything the
 * merge wrote has since been changed by another write.
 */
export async function undoMerge(
  executor: Executor,
  actor: Actor,
  auditId: string,
): Promise<AuditEntry> {
  return executor.writeTransaction('undoMerge', async (tx) => {
    const entry = await lockAuditEntry(tx, auditId);
    if (!entry || entry.operation !== 'mergeEntities') throw notFound('merge audit entry', auditId);
    if (entry.undoneBy)
      throw conflict(`This merge was already undone (audit entry ${entry.undoneBy}).`);
    if (entry.actor !== actor.label && !hasScope(actor, 'admin')) {
      throw new UserFacingError(
        'FORBIDDEN',
        `Only "${entry.actor}" or an admin token can undo this merge.`,
      );
    }
    const record: MergeRecord = {
      before: JSON.parse(entry.before),
      after: JSON.parse(entry.after),
    };
    const { keep: keepBefore, gone } = record.before;
    const locked = await lockEntities(tx, [keepBefore.id, gone.id]);
    if (locked.has(gone.id))
      throw conflict(
        `An entity with the id "${gone.id}" exists again; undo would collide with it.`,
      );
    const changes = await changesSince(tx, record, locked.get(keepBefore.id));
    if (changes.length > 0) {
      throw conflict(`The merge cannot be undone because since then ${changes.join('; ')}.`, {
        changes,
      });
    }
    const others = record.before.relations
      .flatMap((r) => [r.from, r.to])
      .filter((id) => id !== gone.id && id !== keepBefore.id);
    const present = await lockEntities(tx, others);
    const missing = others.filter((id) => !present.has(id));
    if (missing.length > 0) {
      throw conflict(
        `The merge cannot be undone because since then ${missing.map((id) => `"${id}"`).join(', ')} no longer exist.`,
        { changes: missing },
      );
    }
    for (const relation of record.after.created) await deleteRelationById(tx, relation.id);
    await replaceEntityProperties(tx, validateEntity(keepBefore));
    await createEntityNode(tx, validateEntity(gone));
    await writeRelations(tx, [...record.before.combined, ...record.before.relations]);
    const undo = await audit(tx, actor, 'undoMerge', [keepBefore.id, gone.id], {
      before: record.after,
      after: record.before,
    });
    await markUndone(tx, auditId, undo.id);
    return undo;
  });
}

import { ENTITY_LABEL, type RelationType, WRITE_LOCK_LABEL } from '@guanxi/graph-schema';
import type { QueryRunner } from '../db/executor';

/**
 * Queues every write that could close a cycle of one hierarchy type behind one lock: a cycle
 * check is only sound when no other write of that type can commit between the check and the
 * write. Hierarchy links are rare, human-paced writes, so queuing them costs nothing.
 */
export async function lockHierarchies(
  tx: QueryRunner,
  types: readonly RelationType[],
): Promise<void> {
  await tx.run(
    'lockHierarchies',
    `UNWIND $types AS type
     WITH type ORDER BY type
     MERGE (l:${WRITE_LOCK_LABEL} {id: type})
     SET l._lock = true
     REMOVE l._lock`,
    { types },
  );
}

/** True when `from` is already reachable from `to` along `type`, so `from → to` would close a cycle. */
export async function wouldCloseCycle(
  tx: QueryRunner,
  type: RelationType,
  from: string,
  to: string,
): Promise<boolean> {
  const [row] = await tx.run(
    `wouldCloseCycle:${type}`,
    `MATCH (a:${ENTITY_LABEL} {id: $to}), (b:${ENTITY_LABEL} {id: $from})
     RETURN a = b OR EXISTS { (a)-[:${type}*1..]->(b) } AS cycle`,
    { from, to },
  );
  return row?.get('cycle') === true;
}

/** Entities that reach themselves along a hierarchy type, among the given ones. */
export async function entitiesInCycles(
  tx: QueryRunner,
  type: RelationType,
  ids: readonly string[],
): Promise<string[]> {
  const rows = await tx.run(
    `entitiesInCycles:${type}`,
    `UNWIND $ids AS id
     MATCH (n:${ENTITY_LABEL} {id: id})
     WHERE EXISTS { (n)-[:${type}*1..]->(n) }
     RETURN n.id AS id`,
    { ids },
  );
  return rows.map((row) => String(row.get('id')));
}

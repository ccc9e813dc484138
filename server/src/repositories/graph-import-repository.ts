import {
  ENTITY_KINDS,
  ENTITY_LABEL,
  type EntityKind,
  LABEL_OF_KIND,
  type RelationType,
  SOURCE_LABEL,
} from '@guanxi/graph-schema';
import type { Executor, TransactionRunner } from '../db/executor';
import type {
  EntityRow,
  MentionRow,
  RelationshipRow,
  SourceRow,
} from '../import/stored-properties';

/*
 * Every statement MERGEs by id and then replaces the properties wholesale (`SET x = row`): loading
 * the same rows twice leaves the same nodes, relationships and values, and a property dropped from
 * the file is dropped from the database. Labels and types are graph-schema constants.
 */

export async function writeSources(tx: TransactionRunner, rows: SourceRow[]): Promise<void> {
  await tx.run(
    'importSources',
    `UNWIND $rows AS row
     MERGE (s:${SOURCE_LABEL} {id: row.id})
     SET s = row.properties`,
    { rows },
  );
}

/** The node also loses any other kind label, so a re-kinded entity is never two kinds at once. */
export async function writeEntities(
  tx: TransactionRunner,
  kind: EntityKind,
  rows: EntityRow[],
): Promise<void> {
  const label = LABEL_OF_KIND[kind];
  const otherLabels = ENTITY_KINDS.filter((other) => other !== kind).map((k) => LABEL_OF_KIND[k]);
  await tx.run(
    `importEntities:${label}`,
    `UNWIND $rows AS row
     MERGE (n:${ENTITY_LABEL} {id: row.id})
     SET n = row.properties, n:${label}
     REMOVE n:${otherLabels.join(':')}`,
    { rows },
  );
}

export async function writeRelationships(
  tx: TransactionRunner,
  type: Exclude<RelationType, 'MENTIONED'>,
  rows: RelationshipRow[],
): Promise<void> {
  await tx.run(
    `importRelationships:${type}`,
    `UNWIND $rows AS row
     MATCH (a:${ENTITY_LABEL} {id: row.from})
     MATCH (b:${ENTITY_LABEL} {id: row.to})
     MERGE (a)-[r:${type} {id: row.id}]->(b)
     SET r = row.properties`,
    { rows },
  );
}

export async function writeMentions(tx: TransactionRunner, rows: MentionRow[]): Promise<void> {
  await tx.run(
    'importMentions',
    `UNWIND $rows AS row
     MATCH (s:${SOURCE_LABEL} {id: row.sourceId})
     MATCH (n:${ENTITY_LABEL} {id: row.entityId})
     MERGE (s)-[m:MENTIONED]->(n)
     SET m = row.properties`,
    { rows },
  );
}

/** True when the database holds no entity and no source: a fresh store that wants its seed. */
export async function isGraphEmpty(executor: Executor): Promise<boolean> {
  const [row] = await executor.read(
    'isGraphEmpty',
    `RETURN NOT EXISTS { (:${ENTITY_LABEL}) } AND NOT EXISTS { (:${SOURCE_LABEL}) } AS empty`,
  );
  return row?.get('empty') === true;
}

/**
 * Deletes every entity and source with their relationships, a bounded batch per transaction so
 * that a large graph never needs one huge transaction. For regenerable (synthetic) databases.
 */
export async function deleteGraph(executor: Executor, batchSize = 10_000): Promise<void> {
  for (;;) {
    const [row] = await executor.write(
      'deleteGraphBatch',
      `MATCH (n:${ENTITY_LABEL}|${SOURCE_LABEL}) WITH n LIMIT $batchSize DETACH DELETE n RETURN count(*) AS deleted`,
      { batchSize },
    );
    if (Number(row?.get('deleted') ?? 0) === 0) return;
  }
}

import {
  AUDIT_ENTRY_LABEL,
  AUDIT_SUBJECT_LABEL,
  WRITE_OPERATIONS,
  type WriteOperation,
} from '@guanxi/graph-schema';
import neo4j from 'neo4j-driver';
import { z } from 'zod';
import type { QueryRunner } from '../db/executor';

/** One write as the audit trail keeps it; `before`/`after` are JSON of what changed. */
export interface AuditEntry {
  id: string;
  at: string;
  actor: string;
  operation: WriteOperation;
  /** Ids of the entities and relationships the write touched. */
  subjects: string[];
  before: string;
  after: string;
  /** The entry of the write that undid this one. */
  undoneBy?: string;
}

const AuditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.string(),
  operation: z.enum(WRITE_OPERATIONS),
  subjects: z.array(z.string()),
  before: z.string(),
  after: z.string(),
  undoneBy: z.string().optional(),
});

/** Written in the transaction of the change it describes: the trail never claims a lost write. */
export async function recordAudit(
  tx: QueryRunner,
  entry: Omit<AuditEntry, 'id' | 'at'>,
): Promise<AuditEntry> {
  const [row] = await tx.run(
    'recordAudit',
    `CREATE (a:${AUDIT_ENTRY_LABEL})
     SET a = $entry, a.id = randomUUID(), a.at = datetime.realtime()
     WITH a
     CALL (a) {
       UNWIND a.subjects AS subject
       MERGE (s:${AUDIT_SUBJECT_LABEL} {id: subject})
       CREATE (a)-[:ABOUT]->(s)
     }
     RETURN a {.*, at: toString(a.at)} AS entry`,
    { entry },
  );
  return AuditEntrySchema.parse(row?.get('entry'));
}

/** The writes that touched an entity or relationship, newest first. */
export async function readHistory(
  runner: QueryRunner,
  subject: string,
  limit: number,
): Promise<AuditEntry[]> {
  const rows = await runner.run(
    'readHistory',
    `MATCH (:${AUDIT_SUBJECT_LABEL} {id: $subject})<-[:ABOUT]-(a:${AUDIT_ENTRY_LABEL})
     RETURN a {.*, at: toString(a.at)} AS entry
     ORDER BY a.at DESC, a.id DESC
     LIMIT $limit`,
    { subject, limit: neo4j.int(limit) },
  );
  return rows.map((row) => AuditEntrySchema.parse(row.get('entry')));
}

/** Reads an entry under its write lock, so that it can be undone once only. */
export async function lockAuditEntry(tx: QueryRunner, id: string): Promise<AuditEntry | undefined> {
  const [row] = await tx.run(
    'lockAuditEntry',
    `MATCH (a:${AUDIT_ENTRY_LABEL} {id: $id})
     SET a._lock = true
     REMOVE a._lock
     RETURN a {.*, at: toString(a.at)} AS entry`,
    { id },
  );
  return row ? AuditEntrySchema.parse(row.get('entry')) : undefined;
}

export async function markUndone(tx: QueryRunner, id: string, undoneBy: string): Promise<void> {
  await tx.run(
    'markUndone',
    `MATCH (a:${AUDIT_ENTRY_LABEL} {id: $id}) SET a.undoneBy = $undoneBy`,
    {
      id,
      undoneBy,
    },
  );
}

import {
  AUDIT_ENTRY_LABEL,
  AUDIT_SUBJECT_LABEL,
  type Entity,
  ENTITY_LABEL,
  ENTITY_RELATION_TYPES,
  INGEST_DRAFT_LABEL,
  type RelationshipRecord,
  RelationshipRecordSchema,
  SAVED_VIEW_LABEL,
  type Source,
  SOURCE_LABEL,
} from '@guanxi/graph-schema';
import neo4j from 'neo4j-driver';
import { z } from 'zod';
import type { Executor, QueryRunner } from '../db/executor';
import { entityProjection, parseEntity, validEntity } from './entity-record';
import { parseRelation, relationProjection } from './relation-record';
import { sourceFromStored } from './source-record';

/*
 * The whole database for a backup, and back. The graph (sources, entities, relationships) goes
 * through the same record mappings as export and import; the audit trail, ingest drafts and
 * saved views are kept as their stored properties, timestamps as ISO strings turned back into
 * datetimes.
 */

const StoredValueSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.array(z.string()),
  z.array(z.number()),
]);

/** An audit entry as stored: id, `at` (ISO 8601), actor, operation, subjects, before, after … */
export const StoredAuditEntrySchema = z
  .object({ id: z.string(), at: z.string() })
  .catchall(StoredValueSchema);
export type StoredAuditEntry = z.infer<typeof StoredAuditEntrySchema>;

/** One `(:AuditEntry)-[:ABOUT]->(:AuditSubject)` link, by the ids of its ends. */
export const AuditLinkSchema = z.object({ entry: z.string(), subject: z.string() });
export type AuditLink = z.infer<typeof AuditLinkSchema>;

/** An ingest draft as stored: id, sourceId, `createdAt` (ISO 8601), createdBy, state (JSON). */
export const StoredIngestDraftSchema = z
  .object({ id: z.string(), createdAt: z.string() })
  .catchall(StoredValueSchema);
export type StoredIngestDraft = z.infer<typeof StoredIngestDraftSchema>;

/** A saved view as stored: id, ownerKey, name, state, savedBy, `createdAt`, `updatedAt` … */
export const StoredSavedViewSchema = z
  .object({ id: z.string(), createdAt: z.string(), updatedAt: z.string() })
  .catchall(StoredValueSchema);
export type StoredSavedView = z.infer<typeof StoredSavedViewSchema>;

export interface DatabaseContent {
  schemaVersion: number;
  sources: Source[];
  entities: Entity[];
  relationships: RelationshipRecord[];
  auditEntries: StoredAuditEntry[];
  auditLinks: AuditLink[];
  ingestDrafts: StoredIngestDraft[];
  savedViews: StoredSavedView[];
}

const byId = <T extends { id?: string }>(a: T, b: T): number =>
  (a.id ?? '') < (b.id ?? '') ? -1 : (a.id ?? '') > (b.id ?? '') ? 1 : 0;

/**
 * Everything a backup holds, read by ONE statement, so in one read transaction: no write can
 * land between reading the entities and reading the relationships. (Neo4j reads at
 * read-committed isolation, so the caller still checks that the result holds together.)
 */
export async function readDatabaseContent(runner: QueryRunner): Promise<DatabaseContent> {
  const rows = await runner.run(
    'readBackup',
    `OPTIONAL MATCH (m:SchemaMigration)
     WITH coalesce(max(m.version), 0) AS version
     RETURN 'schema' AS part, {version: version} AS record
     UNION ALL
     MATCH (s:${SOURCE_LABEL}) RETURN 'source' AS part, properties(s) AS record
     UNION ALL
     MATCH (n:${ENTITY_LABEL}) RETURN 'entity' AS part, ${entityProjection('n')} AS record
     UNION ALL
     MATCH (:${ENTITY_LABEL})-[r]->(:${ENTITY_LABEL}) WHERE type(r) IN $types
     RETURN 'relationship' AS part, ${relationProjection('r')} AS record
     UNION ALL
     MATCH (a:${AUDIT_ENTRY_LABEL}) RETURN 'audit' AS part, a {.*, at: toString(a.at)} AS record
     UNION ALL
     MATCH (a:${AUDIT_ENTRY_LABEL})-[:ABOUT]->(s:${AUDIT_SUBJECT_LABEL})
     RETURN 'about' AS part, {entry: a.id, subject: s.id} AS record
     UNION ALL
     MATCH (d:${INGEST_DRAFT_LABEL})
     RETURN 'draft' AS part, d {.*, createdAt: toString(d.createdAt)} AS record
     UNION ALL
     MATCH (v:${SAVED_VIEW_LABEL})
     RETURN 'view' AS part,
            v {.*, createdAt: toString(v.createdAt), updatedAt: toString(v.updatedAt)} AS record`,
    { types: ENTITY_RELATION_TYPES },
  );
  const content: DatabaseContent = {
    schemaVersion: 0,
    sources: [],
    entities: [],
    relationships: [],
    auditEntries: [],
    auditLinks: [],
    ingestDrafts: [],
    savedViews: [],
  };
  for (const row of rows) {
    const record: unknown = row.get('record');
    switch (row.get('part') as string) {
      case 'schema':
        content.schemaVersion = Number((record as { version: unknown }).version);
        break;
      case 'source':
        content.sources.push(sourceFromStored(record as Record<string, unknown>));
        break;
      case 'entity':
        content.entities.push(validEntity(parseEntity(record)));
        break;
      case 'relationship':
        content.relationships.push(RelationshipRecordSchema.parse(parseRelation(record)));
        break;
      case 'audit':
        content.auditEntries.push(StoredAuditEntrySchema.parse(record));
        break;
      case 'about':
        content.auditLinks.push(AuditLinkSchema.parse(record));
        break;
      case 'draft':
        content.ingestDrafts.push(StoredIngestDraftSchema.parse(record));
        break;
      case 'view':
        content.savedViews.push(StoredSavedViewSchema.parse(record));
        break;
    }
  }
  // Id order, as export has it: two backups of the same graph hold the same content.
  content.sources.sort(byId);
  content.entities.sort(byId);
  content.relationships.sort(byId);
  content.auditEntries.sort(byId);
  content.auditLinks.sort((a, b) =>
    a.entry === b.entry ? (a.subject < b.subject ? -1 : 1) : a.entry < b.entry ? -1 : 1,
  );
  content.ingestDrafts.sort(byId);
  content.savedViews.sort(byId);
  return content;
}

/** How many records of each kind a backup would restore over: all zero in an empty database. */
export async function countStoredRecords(runner: QueryRunner): Promise<Record<string, number>> {
  const [row] = await runner.run(
    'countBackupRecords',
    `RETURN COUNT { (:${SOURCE_LABEL}) } AS sources,
            COUNT { (:${ENTITY_LABEL}) } AS entities,
            COUNT { (:${AUDIT_ENTRY_LABEL}) } AS \`audit entries\`,
            COUNT { (:${AUDIT_SUBJECT_LABEL}) } AS \`audit subjects\`,
            COUNT { (:${INGEST_DRAFT_LABEL}) } AS \`ingest drafts\`,
            COUNT { (:${SAVED_VIEW_LABEL}) } AS \`saved views\``,
  );
  const counts = (row?.toObject() ?? {}) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(counts).map(([key, value]) => [key, Number(value)]));
}

/** Deletes everything a backup restores, a bounded batch per transaction. */
export async function deleteBackupContent(executor: Executor, batchSize = 10_000): Promise<void> {
  for (;;) {
    const [row] = await executor.writeTransaction('deleteBackupContentBatch', (tx) =>
      tx.run(
        'deleteBackupContentBatch',
        `MATCH (n:${ENTITY_LABEL}|${SOURCE_LABEL}|${AUDIT_ENTRY_LABEL}|${AUDIT_SUBJECT_LABEL}|${INGEST_DRAFT_LABEL}|${SAVED_VIEW_LABEL})
         WITH n LIMIT $batchSize DETACH DELETE n RETURN count(*) AS deleted`,
        // A JavaScript number is a float to Cypher, and LIMIT takes integers only.
        { batchSize: neo4j.int(batchSize) },
      ),
    );
    if (Number(row?.get('deleted') ?? 0) === 0) return;
  }
}

/** Audit entries as they were, `at` a datetime again; merged by id, so writing twice is once. */
export async function writeAuditEntries(
  tx: QueryRunner,
  entries: readonly StoredAuditEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  await tx.run(
    'restoreAuditEntries',
    `UNWIND $rows AS row
     MERGE (a:${AUDIT_ENTRY_LABEL} {id: row.id})
     SET a = row, a.at = datetime(row.at)`,
    { rows: entries },
  );
}

export async function writeAuditLinks(tx: QueryRunner, links: readonly AuditLink[]): Promise<void> {
  if (links.length === 0) return;
  await tx.run(
    'restoreAuditLinks',
    `UNWIND $rows AS row
     MATCH (a:${AUDIT_ENTRY_LABEL} {id: row.entry})
     MERGE (s:${AUDIT_SUBJECT_LABEL} {id: row.subject})
     MERGE (a)-[:ABOUT]->(s)`,
    { rows: links },
  );
}

export async function writeIngestDrafts(
  tx: QueryRunner,
  drafts: readonly StoredIngestDraft[],
): Promise<void> {
  if (drafts.length === 0) return;
  await tx.run(
    'restoreIngestDrafts',
    `UNWIND $rows AS row
     MERGE (d:${INGEST_DRAFT_LABEL} {id: row.id})
     SET d = row, d.createdAt = datetime(row.createdAt)`,
    { rows: drafts },
  );
}

export async function writeSavedViews(
  tx: QueryRunner,
  views: readonly StoredSavedView[],
): Promise<void> {
  if (views.length === 0) return;
  await tx.run(
    'restoreSavedViews',
    `UNWIND $rows AS row
     MERGE (v:${SAVED_VIEW_LABEL} {id: row.id})
     SET v = row, v.createdAt = datetime(row.createdAt), v.updatedAt = datetime(row.updatedAt)`,
    { rows: views },
  );
}

import { gunzipSync, gzipSync } from 'node:zlib';
import { checkGraph, toGraphFile } from '@guanxi/graph-io';
import {
  formatProblem,
  type GraphFile,
  MIGRATIONS,
  type ValidatedGraph,
} from '@guanxi/graph-schema';
import { z } from 'zod';
import type { Executor } from '../db/executor';
import {
  AuditLinkSchema,
  countStoredRecords,
  deleteBackupContent,
  readDatabaseContent,
  StoredAuditEntrySchema,
  StoredIngestDraftSchema,
  StoredSavedViewSchema,
  writeAuditEntries,
  writeAuditLinks,
  writeIngestDrafts,
  writeSavedViews,
} from '../repositories/backup-repository';
import { writeGraph } from './graph-import-service';

/** The backup format; a new version only when old files can no longer be read as they are. */
export const BACKUP_FORMAT = 'guanxi-backup/1';

/** The newest schema migration this code knows: a backup from a newer schema is refused. */
const CURRENT_SCHEMA_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));

/**
 * A whole database: the graph as a graph file (guanxi-graph/1, texts inline), plus what a graph
 * file does not hold: the audit trail (entries and the subjects they are about), ingest drafts
 * and saved views.
 */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  /** When the snapshot was read (ISO 8601, UTC). */
  createdAt: string;
  /** The schema migration version of the database it was read from. */
  schemaVersion: number;
  graph: GraphFile;
  auditEntries: z.infer<typeof StoredAuditEntrySchema>[];
  auditLinks: z.infer<typeof AuditLinkSchema>[];
  ingestDrafts: z.infer<typeof StoredIngestDraftSchema>[];
  savedViews: z.infer<typeof StoredSavedViewSchema>[];
}

export interface BackupCounts {
  sources: number;
  entities: number;
  relationships: number;
  auditEntries: number;
  ingestDrafts: number;
  savedViews: number;
}

export const countsOf = (backup: Backup): BackupCounts => ({
  sources: backup.graph.sources.length,
  entities: backup.graph.entities.length,
  relationships: backup.graph.relationships.length,
  auditEntries: backup.auditEntries.length,
  ingestDrafts: backup.ingestDrafts.length,
  savedViews: backup.savedViews.length,
});

/** What does not hold together in a backup: a dangling relationship, quote, audit link or draft. */
function backupProblems(backup: Backup): string[] {
  const checked = checkGraph(backup.graph, () => undefined);
  const problems = checked.ok ? [] : checked.problems.map(formatProblem);
  const entries = new Set(backup.auditEntries.map((entry) => entry.id));
  for (const link of backup.auditLinks) {
    if (!entries.has(link.entry)) problems.push(`auditLinks: no audit entry ${link.entry}`);
  }
  const sources = new Set(backup.graph.sources.map((source) => source.id));
  for (const draft of backup.ingestDrafts) {
    if (typeof draft.sourceId === 'string' && !sources.has(draft.sourceId))
      problems.push(`ingestDrafts: draft ${draft.id} names a missing source ${draft.sourceId}`);
  }
  return problems;
}

/** A backup that could not be made to hold together, even after re-reading. */
export class InconsistentBackupError extends Error {}

/**
 * Reads the whole database in one read transaction while the server keeps serving. Neo4j reads
 * at read-committed isolation, so a write committing during the read could in principle show
 * half of itself; the result is checked whole (the same checks as loading a graph file) and read
 * again when it does not hold together.
 */
export async function takeBackup(executor: Executor, attempts = 3): Promise<Backup> {
  let problems: string[] = [];
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    const createdAt = new Date().toISOString();
    const { schemaVersion, sources, entities, relationships, ...rest } =
      await readDatabaseContent(executor);
    const backup: Backup = {
      format: BACKUP_FORMAT,
      createdAt,
      schemaVersion,
      graph: toGraphFile({ sources, entities, relationships }),
      ...rest,
    };
    problems = backupProblems(backup);
    if (problems.length === 0) return backup;
  }
  throw new InconsistentBackupError(
    `The database did not read as a consistent whole in ${attempts} attempts:\n  ${problems.slice(0, 20).join('\n  ')}`,
  );
}

/** `guanxi-backup-20250101T120000Z-schema3.json.gz`: sorts by time, says what it needs. */
export function backupFileName(backup: Backup): string {
  const stamp = backup.createdAt.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return `guanxi-backup-${stamp}-schema${backup.schemaVersion}.json.gz`;
}

export const serialiseBackup = (backup: Backup): Buffer => gzipSync(`${JSON.stringify(backup)}\n`);

const BackupShapeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  createdAt: z.string(),
  schemaVersion: z.number().int().min(0),
  graph: z.unknown(),
  auditEntries: z.array(StoredAuditEntrySchema),
  auditLinks: z.array(AuditLinkSchema),
  ingestDrafts: z.array(StoredIngestDraftSchema),
  // Backups taken before saved views existed hold none.
  savedViews: z.array(StoredSavedViewSchema).default([]),
});

export type ParsedBackup =
  | { ok: true; backup: Omit<Backup, 'graph'>; graph: ValidatedGraph }
  | { ok: false; problems: string[] };

/** Reads a backup file's bytes (gzipped or plain JSON) and checks all of it before any write. */
export function parseBackup(bytes: Buffer): ParsedBackup {
  let json: unknown;
  try {
    const isGzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
    json = JSON.parse((isGzip ? gunzipSync(bytes) : bytes).toString('utf8'));
  } catch (error) {
    return {
      ok: false,
      problems: [`not a backup file: ${error instanceof Error ? error.message : String(error)}`],
    };
  }
  const shape = BackupShapeSchema.safeParse(json);
  if (!shape.success) {
    return {
      ok: false,
      problems: shape.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    };
  }
  const backup = shape.data;
  if (backup.schemaVersion > CURRENT_SCHEMA_VERSION) {
    return {
      ok: false,
      problems: [
        `the backup is from schema version ${backup.schemaVersion}; this code knows up to ${CURRENT_SCHEMA_VERSION}: restore it with a newer Guanxi`,
      ],
    };
  }
  const problems = backupProblems(backup as Backup);
  if (problems.length > 0) return { ok: false, problems };
  const checked = checkGraph(backup.graph, () => undefined);
  if (!checked.ok) return { ok: false, problems: checked.problems.map(formatProblem) };
  return { ok: true, backup, graph: checked.graph };
}

/** Counts of what is already stored, keyed by kind; only the non-zero ones. */
export async function storedRecords(executor: Executor): Promise<Record<string, number>> {
  const counts = await countStoredRecords(executor);
  return Object.fromEntries(Object.entries(counts).filter(([, count]) => count > 0));
}

export const emptyForRestore = (executor: Executor): Promise<void> => deleteBackupContent(executor);

function batches<T>(records: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < records.length; start += size)
    result.push(records.slice(start, start + size));
  return result;
}

/**
 * Writes a parsed backup: the graph through the same loader as `npm run seed` (one transaction,
 * or one per batch for graphs too large for one), then the audit trail, drafts and saved views
 * in one more.
 * Every write merges by id, so restoring the same backup again changes nothing.
 */
export async function restoreBackup(
  executor: Executor,
  parsed: Extract<ParsedBackup, { ok: true }>,
  options: {
    transactions?: 'single' | 'per-batch';
    onProgress?: (written: number, total: number) => void;
  } = {},
): Promise<void> {
  await writeGraph(executor, parsed.graph, options);
  const { auditEntries, auditLinks, ingestDrafts, savedViews } = parsed.backup;
  await executor.writeTransaction('restoreAuditDraftsAndViews', async (tx) => {
    for (const batch of batches(auditEntries, 1000)) await writeAuditEntries(tx, batch);
    for (const batch of batches(auditLinks, 1000)) await writeAuditLinks(tx, batch);
    for (const batch of batches(ingestDrafts, 1000)) await writeIngestDrafts(tx, batch);
    for (const batch of batches(savedViews, 1000)) await writeSavedViews(tx, batch);
  });
}

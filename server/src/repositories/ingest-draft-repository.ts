import { INGEST_DRAFT_LABEL } from '@guanxi/graph-schema';
import { z } from 'zod';
import type { QueryRunner } from '../db/executor';

/**
 * A draft as stored: its review state is one JSON document (candidates with their decisions),
 * written whole under the draft's lock, so two reviewers deciding at once queue and both count.
 */
export interface StoredDraft {
  id: string;
  sourceId: string;
  createdAt: string;
  createdBy: string;
  /** JSON of the candidates, their decisions and, once committed, the result. */
  state: string;
}

const StoredDraftSchema = z.object({
  id: z.string(),
  sourceId: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  state: z.string(),
});

const projection = 'd {.id, .sourceId, .createdBy, .state, createdAt: toString(d.createdAt)}';

export async function createDraft(
  tx: QueryRunner,
  draft: Omit<StoredDraft, 'id' | 'createdAt'>,
): Promise<StoredDraft> {
  const [row] = await tx.run(
    'createIngestDraft',
    `CREATE (d:${INGEST_DRAFT_LABEL})
     SET d = $draft, d.id = randomUUID(), d.createdAt = datetime.realtime()
     RETURN ${projection} AS draft`,
    { draft },
  );
  return StoredDraftSchema.parse(row?.get('draft'));
}

export async function readDraft(runner: QueryRunner, id: string): Promise<StoredDraft | undefined> {
  const [row] = await runner.run(
    'readIngestDraft',
    `MATCH (d:${INGEST_DRAFT_LABEL} {id: $id}) RETURN ${projection} AS draft`,
    { id },
  );
  return row ? StoredDraftSchema.parse(row.get('draft')) : undefined;
}

/** Reads a draft under its write lock: decisions and the commit of one draft queue. */
export async function lockDraft(tx: QueryRunner, id: string): Promise<StoredDraft | undefined> {
  const [row] = await tx.run(
    'lockIngestDraft',
    `MATCH (d:${INGEST_DRAFT_LABEL} {id: $id})
     SET d._lock = true
     REMOVE d._lock
     RETURN ${projection} AS draft`,
    { id },
  );
  return row ? StoredDraftSchema.parse(row.get('draft')) : undefined;
}

export async function saveDraftState(tx: QueryRunner, id: string, state: string): Promise<void> {
  await tx.run(
    'saveIngestDraft',
    `MATCH (d:${INGEST_DRAFT_LABEL} {id: $id}) SET d.state = $state`,
    {
      id,
      state,
    },
  );
}

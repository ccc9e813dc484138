import { sha256Hex } from '@guanxi/graph-io';
import { SourceSchema } from '@guanxi/graph-schema';
import { type IngestText, propose } from '@guanxi/ingest';
import type { Actor } from '../auth/tokens';
import type { Executor, QueryRunner } from '../db/executor';
import { invalidInput, notFound } from '../errors';
import { readGazetteer } from '../repositories/gazetteer-repository';
import { writeSources } from '../repositories/graph-import-repository';
import { findSourceIdByChecksum } from '../repositories/source-repository';
import { createDraft, readDraft } from '../repositories/ingest-draft-repository';
import { audit } from './audit-service';
import {
  type DraftState,
  draftStateOf,
  parseDraftState,
  serialiseDraftState,
} from './ingest-draft';
import { checkArticleText } from './ingest-text';

export interface IngestDraft {
  id: string;
  sourceId: string;
  createdAt: string;
  createdBy: string;
  state: DraftState;
}

export interface IngestInput {
  text: string;
  title?: string | null;
  url?: string | null;
  publishedAt?: string | null;
}

/** The same text is the same source, however often it is proposed. */
const sourceIdOf = (checksum: string): string => `source-${checksum.slice(0, 16)}`;

/** A title when none is given: the article's first line, as a reader would cite it. */
const titleOf = (text: string): string => {
  const firstLine = text.split('\n').find((line) => line.trim() !== '') ?? 'Untitled article';
  const line = firstLine.trim();
  return line.length <= 120 ? line : `${line.slice(0, line.lastIndexOf(' ', 117))}…`;
};

/**
 * Runs the pipeline on a text and stores the text as a Source with the proposal as a draft.
 * No entity or relationship is written: that waits for review and commit.
 */
export async function proposeIngest(
  executor: Executor,
  actor: Actor,
  input: IngestInput,
): Promise<string> {
  checkArticleText(input.text);
  const checksum = sha256Hex(input.text);
  const parsedSource = SourceSchema.safeParse({
    id: sourceIdOf(checksum),
    title: input.title ?? titleOf(input.text),
    url: input.url ?? undefined,
    publishedAt: input.publishedAt ?? undefined,
    text: input.text,
    checksum,
    method: 'ingest',
  });
  if (!parsedSource.success) throw invalidInput('article', parsedSource.error.issues);
  // An article already stored (the curated one, or one proposed before) keeps its source.
  const storedSourceId = await findSourceIdByChecksum(executor, checksum);
  const source = {
    ...parsedSource.data,
    id: storedSourceId ?? parsedSource.data.id,
    text: input.text,
    checksum,
  };
  const article: IngestText = {
    text: input.text,
    title: source.title,
    url: source.url,
    publishedAt: source.publishedAt,
  };
  const proposal = propose(article, await readGazetteer(executor));
  return executor.writeTransaction('proposeIngest', async (tx) => {
    if (!storedSourceId) await writeSources(tx, [source]);
    const draft = await createDraft(tx, {
      sourceId: source.id,
      createdBy: actor.label,
      state: serialiseDraftState(draftStateOf(proposal)),
    });
    await audit(tx, actor, 'proposeIngest', [source.id, draft.id], {
      before: null,
      after: { draftId: draft.id, sourceId: source.id, candidates: proposal.entities.length },
    });
    return draft.id;
  });
}

/** A draft that must exist: the caller just created or decided it. */
export async function mustReadIngestDraft(runner: QueryRunner, id: string): Promise<IngestDraft> {
  const draft = await readIngestDraft(runner, id);
  if (!draft) throw notFound('ingest draft', id);
  return draft;
}

export async function readIngestDraft(
  runner: QueryRunner,
  id: string,
): Promise<IngestDraft | undefined> {
  const stored = await readDraft(runner, id);
  return stored && { ...stored, state: parseDraftState(stored.state) };
}

import { NameSchema } from '@guanxi/graph-schema';
import type { Actor } from '../auth/tokens';
import type { Executor, QueryRunner } from '../db/executor';
import { badInput, conflict, invalidInput, notFound } from '../errors';
import { lockEntities } from '../repositories/entity-write-repository';
import { lockDraft, saveDraftState } from '../repositories/ingest-draft-repository';
import {
  type CandidateDecision,
  candidateKey,
  type EntityCandidateState,
  parseDraftState,
  serialiseDraftState,
} from './ingest-draft';

export interface IngestDecision {
  candidateId: string;
  decision: CandidateDecision;
  /** Entity candidates: the existing entity it is (instead of the proposed match). */
  matchId?: string | null;
  /** Entity candidates: make it a new entity even though a match was proposed. */
  makeNew?: boolean | null;
  /** Entity candidates: the name it gets; the text's name stays as an alias. */
  name?: string | null;
}

async function applyEntityDecision(
  tx: QueryRunner,
  candidate: EntityCandidateState,
  decision: IngestDecision,
): Promise<void> {
  if (decision.name !== undefined && decision.name !== null) {
    const name = NameSchema.safeParse(decision.name);
    if (!name.success) throw invalidInput('name', name.error.issues);
    if (name.data !== candidate.name) {
      candidate.aliases = [...new Set([candidate.name, ...candidate.aliases])].filter(
        (alias) => alias !== name.data,
      );
      candidate.name = name.data;
    }
  }
  if (decision.makeNew) delete candidate.match;
  if (decision.matchId) {
    const entity = (await lockEntities(tx, [decision.matchId])).get(decision.matchId);
    if (!entity) throw notFound('entity', decision.matchId);
    if (entity.kind !== candidate.kind) {
      throw badInput(
        `"${candidate.name}" is a ${candidate.kind} candidate; "${entity.name}" is a ${entity.kind}.`,
      );
    }
    candidate.match = { entityId: entity.id, reasons: ['chosen by the reviewer'] };
  }
}

/** Records review decisions; they stay with the draft, with who decided and when. */
export async function decideIngest(
  executor: Executor,
  actor: Actor,
  draftId: string,
  decisions: readonly IngestDecision[],
): Promise<void> {
  await executor.writeTransaction('decideIngest', async (tx) => {
    const stored = await lockDraft(tx, draftId);
    if (!stored) throw notFound('ingest draft', draftId);
    const state = parseDraftState(stored.state);
    if (state.commit)
      throw conflict('This draft is committed; propose the article again to review it anew.');
    const decidedAt = new Date().toISOString();
    for (const decision of decisions) {
      const key = candidateKey(draftId, decision.candidateId) ?? decision.candidateId;
      const entity = state.entities.find((candidate) => candidate.key === key);
      const relation = state.relationships.find((candidate) => candidate.key === key);
      const candidate = entity ?? relation;
      if (!candidate) throw notFound('candidate in this draft', decision.candidateId);
      if (entity) await applyEntityDecision(tx, entity, decision);
      else if (decision.matchId || decision.makeNew || decision.name) {
        throw badInput(
          'Only entity candidates take a name or a match; relationships take a decision.',
        );
      }
      Object.assign(candidate, { decision: decision.decision, decidedAt, decidedBy: actor.label });
    }
    await saveDraftState(tx, draftId, serialiseDraftState(state));
  });
}

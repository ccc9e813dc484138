import type {
  EntityCandidateDraft,
  Proposal,
  RelationshipCandidateDraft,
  Sentence,
} from '@guanxi/ingest';

/*
 * The review state of one ingest draft, pure: candidates with their decisions, the preview of
 * what a commit would write, and, once committed, what it wrote.
 */

export const CANDIDATE_DECISIONS = ['PENDING', 'ACCEPTED', 'REJECTED', 'UNSURE'] as const;
export type CandidateDecision = (typeof CANDIDATE_DECISIONS)[number];

export interface Decided {
  decision: CandidateDecision;
  decidedAt?: string;
  decidedBy?: string;
}

export type EntityCandidateState = EntityCandidateDraft & Decided;
export type RelationshipCandidateState = RelationshipCandidateDraft & Decided;

export interface CommitResult {
  at: string;
  by: string;
  auditId: string;
  entitiesCreated: number;
  entitiesMatched: number;
  relationshipsCreated: number;
  relationshipsMatched: number;
  /** Accepted relationships left out because an end was not accepted. */
  relationshipsSkipped: number;
  /** The graph id each accepted entity candidate became, by candidate key. */
  entityIds: Record<string, string>;
}

export interface DraftState {
  pipelineVersion: string;
  sentences: Sentence[];
  entities: EntityCandidateState[];
  relationships: RelationshipCandidateState[];
  commit?: CommitResult;
}

/** A fresh proposal: nothing is pre-accepted. */
export const draftStateOf = (proposal: Proposal): DraftState => ({
  pipelineVersion: proposal.pipelineVersion,
  sentences: proposal.sentences,
  entities: proposal.entities.map((candidate) => ({ ...candidate, decision: 'PENDING' })),
  relationships: proposal.relationships.map((candidate) => ({
    ...candidate,
    decision: 'PENDING',
  })),
});

export const parseDraftState = (json: string): DraftState => JSON.parse(json) as DraftState;
export const serialiseDraftState = (state: DraftState): string => JSON.stringify(state);

/** Candidate ids name their draft, so a decision can never land on another draft's candidate. */
export const candidateId = (draftId: string, key: string): string => `${draftId}:${key}`;

export function candidateKey(draftId: string, id: string): string | undefined {
  const prefix = `${draftId}:`;
  return id.startsWith(prefix) ? id.slice(prefix.length) : undefined;
}

export interface CommitPreview {
  entitiesToCreate: number;
  entitiesToMatch: number;
  relationshipsToWrite: number;
  /** Accepted relationships that will be left out because an end is not accepted. */
  relationshipsToSkip: number;
  pending: number;
  unsure: number;
}

const accepted = (candidate: Decided): boolean => candidate.decision === 'ACCEPTED';

/** Accepted relationships whose two ends are accepted: the only ones a commit writes. */
export function writableRelationships(state: DraftState): RelationshipCandidateState[] {
  const acceptedKeys = new Set(state.entities.filter(accepted).map((entity) => entity.key));
  return state.relationships.filter(
    (relation) =>
      accepted(relation) && acceptedKeys.has(relation.from) && acceptedKeys.has(relation.to),
  );
}

export function previewCommit(state: DraftState): CommitPreview {
  const entities = state.entities.filter(accepted);
  const relationships = writableRelationships(state);
  const all = [...state.entities, ...state.relationships];
  return {
    entitiesToCreate: entities.filter((entity) => !entity.match).length,
    entitiesToMatch: entities.filter((entity) => entity.match).length,
    relationshipsToWrite: relationships.length,
    relationshipsToSkip: state.relationships.filter(accepted).length - relationships.length,
    pending: all.filter((candidate) => candidate.decision === 'PENDING').length,
    unsure: all.filter((candidate) => candidate.decision === 'UNSURE').length,
  };
}

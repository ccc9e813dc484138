import type { EntityKind, RelationType } from '@guanxi/graph-schema';

/*
 * An ingest draft as the review screen works with it: plain values, shaped from the API's
 * answer (api/get-ingest-draft.ts), so the review logic is testable without a server.
 */

export type Decision = 'PENDING' | 'ACCEPTED' | 'REJECTED' | 'UNSURE';

/** A span of the article: UTF-16 offsets, half-open, `text.slice(start, end) === quote`. */
export interface Span {
  quote: string;
  start: number;
  end: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Not a sentence: a photo credit, a caption, a byline. */
  noise: boolean;
}

export interface EntityRef {
  id: string;
  kind: EntityKind;
  name: string;
}

export interface EntityCandidate {
  group: 'entity';
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  confidence: number;
  rule: string;
  decision: Decision;
  decidedBy: string | null;
  decidedAt: string | null;
  /** The existing entity it is proposed to be; null: a new one. */
  match: EntityRef | null;
  matchReasons: string[];
  evidence: Span[];
}

export interface RelationshipCandidate {
  group: 'relationship';
  id: string;
  type: RelationType;
  label: string;
  confidence: number;
  rule: string;
  decision: Decision;
  fromId: string;
  toId: string;
  evidence: Span[];
}

export type Candidate = EntityCandidate | RelationshipCandidate;

export interface CommitPreview {
  entitiesToCreate: number;
  entitiesToMatch: number;
  relationshipsToWrite: number;
  relationshipsToSkip: number;
  pending: number;
  unsure: number;
}

export interface CommitOutcome {
  at: string;
  by: string;
  entitiesCreated: number;
  entitiesMatched: number;
  relationshipsCreated: number;
  relationshipsMatched: number;
  relationshipsSkipped: number;
  entities: EntityRef[];
}

export interface IngestDraft {
  id: string;
  createdAt: string;
  createdBy: string;
  source: { id: string; title: string; url: string | null; text: string };
  sentences: Sentence[];
  entities: EntityCandidate[];
  relationships: RelationshipCandidate[];
  preview: CommitPreview;
  commit: CommitOutcome | null;
}

/** One review decision, as decideIngest takes it. */
export interface DecisionInput {
  candidateId: string;
  decision: Decision;
  /** Entity candidates: the existing entity it is instead. */
  matchId?: string;
  /** Entity candidates: a new entity, whatever was matched. */
  makeNew?: boolean;
  /** Entity candidates: the name it gets. */
  name?: string;
}

/** Where a candidate is first mentioned (its earliest evidence), or Infinity without evidence. */
export const firstMention = (candidate: Candidate): number =>
  candidate.evidence.reduce((earliest, span) => Math.min(earliest, span.start), Infinity);

import type {
  EntityCandidate,
  RelationshipCandidate,
} from '../../client/src/features/ingest/lib/draft';

/** A pending person candidate with nothing decided; tests override what they look at. */
export const entityCandidate = (
  id: string,
  overrides: Partial<EntityCandidate> = {},
): EntityCandidate => ({
  group: 'entity',
  id,
  kind: 'PERSON',
  name: id,
  aliases: [],
  confidence: 0.9,
  rule: 'test@1',
  decision: 'PENDING',
  decidedBy: null,
  decidedAt: null,
  match: null,
  matchReasons: [],
  evidence: [],
  ...overrides,
});

/** A pending "president" office between two candidates. */
export const relationshipCandidate = (
  id: string,
  fromId: string,
  toId: string,
  overrides: Partial<RelationshipCandidate> = {},
): RelationshipCandidate => ({
  group: 'relationship',
  id,
  type: 'HOLDS_POSITION',
  label: 'president',
  confidence: 0.8,
  rule: 'test@1',
  decision: 'PENDING',
  fromId,
  toId,
  evidence: [],
  ...overrides,
});

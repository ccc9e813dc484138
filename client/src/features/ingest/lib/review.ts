import type {
  Candidate,
  Decision,
  DecisionInput,
  EntityCandidate,
  EntityRef,
  IngestDraft,
  RelationshipCandidate,
} from './draft';

/** "Accept all above …": the confidence a candidate must exceed to be accepted in bulk. */
export const BULK_ACCEPT_ABOVE = 0.8;

/** The review keys; they work while the candidate list has focus and nothing is being typed. */
export const REVIEW_KEYS = [
  { keys: ['j', 'ArrowDown'], command: 'next', does: 'next candidate' },
  { keys: ['k', 'ArrowUp'], command: 'previous', does: 'previous candidate' },
  { keys: ['a'], command: 'accept', does: 'accept' },
  { keys: ['r'], command: 'reject', does: 'reject' },
  { keys: ['u'], command: 'unsure', does: 'unsure' },
  { keys: ['e'], command: 'edit', does: 'edit the name' },
  { keys: ['m'], command: 'match', does: 'match another entity' },
  { keys: ['n'], command: 'new', does: 'make it a new entity' },
] as const;

export type ReviewCommand = (typeof REVIEW_KEYS)[number]['command'];

/** The command a key press means in the candidate list, if any (no modifiers). */
export function reviewCommandFor(event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}): ReviewCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const found = REVIEW_KEYS.find((entry) => (entry.keys as readonly string[]).includes(event.key));
  return found?.command ?? null;
}

export const DECISION_OF: Partial<Record<ReviewCommand, Decision>> = {
  accept: 'ACCEPTED',
  reject: 'REJECTED',
  unsure: 'UNSURE',
};

/** Renaming or re-matching a pending candidate says "yes, this one": it becomes accepted. */
const decisionAfterEdit = (candidate: Candidate): Decision =>
  candidate.decision === 'PENDING' ? 'ACCEPTED' : candidate.decision;

export const renameDecision = (candidate: EntityCandidate, name: string): DecisionInput => ({
  candidateId: candidate.id,
  decision: decisionAfterEdit(candidate),
  name,
});

export const matchDecision = (candidate: EntityCandidate, match: EntityRef): DecisionInput => ({
  candidateId: candidate.id,
  decision: decisionAfterEdit(candidate),
  matchId: match.id,
});

export const makeNewDecision = (candidate: EntityCandidate): DecisionInput => ({
  candidateId: candidate.id,
  decision: decisionAfterEdit(candidate),
  makeNew: true,
});

/** Pending candidates the rules are sure of: what "Accept all above 0.8" accepts. */
export const bulkAcceptDecisions = (
  candidates: readonly Candidate[],
  above = BULK_ACCEPT_ABOVE,
): DecisionInput[] =>
  candidates
    .filter((candidate) => candidate.decision === 'PENDING' && candidate.confidence > above)
    .map((candidate) => ({ candidateId: candidate.id, decision: 'ACCEPTED' }));

/** What the reviewer sees an entity candidate become once a decision is applied. */
function applyToEntity(
  candidate: EntityCandidate,
  input: DecisionInput,
  matches: ReadonlyMap<string, EntityRef>,
): EntityCandidate {
  let next: EntityCandidate = { ...candidate, decision: input.decision };
  if (input.name !== undefined && input.name !== candidate.name)
    next = {
      ...next,
      name: input.name,
      aliases: [...new Set([candidate.name, ...candidate.aliases])].filter(
        (alias) => alias !== input.name,
      ),
    };
  if (input.makeNew) next = { ...next, match: null, matchReasons: [] };
  const match = input.matchId && matches.get(input.matchId);
  if (match) next = { ...next, match, matchReasons: ['chosen by the reviewer'] };
  return next;
}

/**
 * The draft with decisions not yet confirmed by the server applied, as the server would apply
 * them (in order; a later one for the same candidate wins). `matches` names the entities that
 * `matchId`s point at. Who and when stay the server's until it answers.
 */
export function withDecisions(
  draft: IngestDraft,
  decisions: readonly DecisionInput[],
  matches: ReadonlyMap<string, EntityRef> = new Map(),
): IngestDraft {
  if (decisions.length === 0) return draft;
  const entities = draft.entities.map((candidate) =>
    decisions
      .filter((input) => input.candidateId === candidate.id)
      .reduce((current, input) => applyToEntity(current, input, matches), candidate),
  );
  const relationships = draft.relationships.map((candidate): RelationshipCandidate => {
    const last = decisions.findLast((input) => input.candidateId === candidate.id);
    return last ? { ...candidate, decision: last.decision } : candidate;
  });
  return { ...draft, entities, relationships };
}

/** An accepted relationship a commit would leave out, and why. */
export interface SkippedRelationship {
  relationship: RelationshipCandidate;
  /** The ends that are not accepted, with their decision. */
  ends: { name: string; decision: Decision }[];
}

/** Accepted relationships with an end that is not accepted: the preview's "skipped". */
export function skippedRelationships(draft: IngestDraft): SkippedRelationship[] {
  const byId = new Map(draft.entities.map((entity) => [entity.id, entity]));
  return draft.relationships
    .filter((relationship) => relationship.decision === 'ACCEPTED')
    .map((relationship) => ({
      relationship,
      ends: [relationship.fromId, relationship.toId]
        .map((id) => byId.get(id))
        .filter((end): end is EntityCandidate => !!end && end.decision !== 'ACCEPTED')
        .map((end) => ({ name: end.name, decision: end.decision })),
    }))
    .filter((skipped) => skipped.ends.length > 0);
}

/**
 * The committed entities with the ones the commit created first (matched ones were already in
 * the graph): "Open in graph" focuses the first and expands the others around it.
 */
export function createdFirst(entities: readonly EntityRef[], draft: IngestDraft): EntityRef[] {
  const matched = new Set(draft.entities.flatMap((candidate) => candidate.match?.id ?? []));
  return [
    ...entities.filter((entity) => !matched.has(entity.id)),
    ...entities.filter((entity) => matched.has(entity.id)),
  ];
}

import { type Evidence, RELATION_TYPE_DEFINITIONS } from '@guanxi/graph-schema';
import { builder } from '../builder';
import { notFound } from '../errors';
import type { EntityRecord } from '../repositories/entity-record';
import {
  CANDIDATE_DECISIONS,
  candidateId,
  type CommitPreview,
  type CommitResult,
  type EntityCandidateState,
  previewCommit,
  type RelationshipCandidateState,
} from '../services/ingest-draft';
import { commitIngest } from '../services/ingest-commit-service';
import { decideIngest } from '../services/ingest-decision-service';
import {
  type IngestDraft,
  mustReadIngestDraft,
  proposeIngest,
  readIngestDraft,
} from '../services/ingest-service';
import { requireScope } from '../services/write-access';
import { EntityRef } from './entity';
import { EntityKindEnum, RelationTypeEnum } from './enums';
import { EvidenceRef, SourceRef } from './evidence';

/** A candidate with the draft it belongs to: ids and evidence need the draft's id and source. */
interface InDraft<T> {
  draft: IngestDraft;
  candidate: T;
}

const CandidateDecisionEnum = builder.enumType('CandidateDecision', {
  description: 'A reviewer’s decision on a candidate; nothing is accepted until someone says so.',
  values: CANDIDATE_DECISIONS,
});

const evidenceOf = (
  draft: IngestDraft,
  spans: readonly { quote: string; start: number; end: number }[],
): Evidence[] => spans.map((span) => ({ sourceId: draft.sourceId, ...span }));

const EntityCandidateRef = builder
  .objectRef<InDraft<EntityCandidateState>>('EntityCandidate')
  .implement({
    description:
      'An entity the article names, proposed as a new entity or as one already in the graph.',
    fields: (t) => ({
      id: t.id({ resolve: ({ draft, candidate }) => candidateId(draft.id, candidate.key) }),
      kind: t.field({ type: EntityKindEnum, resolve: ({ candidate }) => candidate.kind }),
      name: t.string({ resolve: ({ candidate }) => candidate.name }),
      aliases: t.stringList({
        description: 'Other names for it in this text, abbreviations included.',
        resolve: ({ candidate }) => candidate.aliases,
      }),
      evidence: t.field({
        type: [EvidenceRef],
        description: 'Every mention in the text.',
        resolve: ({ draft, candidate }) => evidenceOf(draft, candidate.evidence),
      }),
      match: t.field({
        type: EntityRef,
        nullable: true,
        description: 'The existing entity it is proposed to be; null: a new entity.',
        resolve: ({ candidate }, _args, { loaders }) =>
          candidate.match ? loaders.entity.load(candidate.match.entityId) : null,
      }),
      matchReasons: t.stringList({ resolve: ({ candidate }) => candidate.match?.reasons ?? [] }),
      confidence: t.float({ resolve: ({ candidate }) => candidate.confidence }),
      rule: t.string({
        description: 'The versioned extraction rule that proposed it.',
        resolve: ({ candidate }) => candidate.rule,
      }),
      decision: t.field({
        type: CandidateDecisionEnum,
        resolve: ({ candidate }) => candidate.decision,
      }),
      decidedBy: t.string({
        nullable: true,
        resolve: ({ candidate }) => candidate.decidedBy ?? null,
      }),
      decidedAt: t.string({
        nullable: true,
        resolve: ({ candidate }) => candidate.decidedAt ?? null,
      }),
    }),
  });

const candidateByKey = (draft: IngestDraft, key: string): InDraft<EntityCandidateState> => {
  const candidate = draft.state.entities.find((entity) => entity.key === key);
  if (!candidate) throw notFound('entity candidate', candidateId(draft.id, key));
  return { draft, candidate };
};

const RelationshipCandidateRef = builder
  .objectRef<InDraft<RelationshipCandidateState>>('RelationshipCandidate')
  .implement({
    description: 'A tie the article states between two entity candidates.',
    fields: (t) => ({
      id: t.id({ resolve: ({ draft, candidate }) => candidateId(draft.id, candidate.key) }),
      type: t.field({ type: RelationTypeEnum, resolve: ({ candidate }) => candidate.type }),
      from: t.field({
        type: EntityCandidateRef,
        resolve: ({ draft, candidate }) => candidateByKey(draft, candidate.from),
      }),
      to: t.field({
        type: EntityCandidateRef,
        resolve: ({ draft, candidate }) => candidateByKey(draft, candidate.to),
      }),
      label: t.string({
        description: 'As edges are labelled in the rest of the API: the title for HOLDS_POSITION.',
        resolve: ({ candidate }) =>
          RELATION_TYPE_DEFINITIONS[candidate.type].label(candidate.properties),
      }),
      evidence: t.field({
        type: [EvidenceRef],
        resolve: ({ draft, candidate }) => evidenceOf(draft, candidate.evidence),
      }),
      confidence: t.float({ resolve: ({ candidate }) => candidate.confidence }),
      rule: t.string({ resolve: ({ candidate }) => candidate.rule }),
      decision: t.field({
        type: CandidateDecisionEnum,
        resolve: ({ candidate }) => candidate.decision,
      }),
      decidedBy: t.string({
        nullable: true,
        resolve: ({ candidate }) => candidate.decidedBy ?? null,
      }),
      decidedAt: t.string({
        nullable: true,
        resolve: ({ candidate }) => candidate.decidedAt ?? null,
      }),
    }),
  });

const CommitPreviewRef = builder.objectRef<CommitPreview>('IngestCommitPreview').implement({
  description: 'What committing the draft now would write.',
  fields: (t) => ({
    entitiesToCreate: t.exposeInt('entitiesToCreate'),
    entitiesToMatch: t.exposeInt('entitiesToMatch'),
    relationshipsToWrite: t.exposeInt('relationshipsToWrite'),
    relationshipsToSkip: t.exposeInt('relationshipsToSkip', {
      description: 'Accepted relationships left out because an end is not accepted.',
    }),
    pending: t.exposeInt('pending'),
    unsure: t.exposeInt('unsure'),
  }),
});

const CommitResultRef = builder.objectRef<CommitResult>('IngestCommitResult').implement({
  description: 'What a commit wrote. Committing again answers the same and writes nothing.',
  fields: (t) => ({
    at: t.exposeString('at'),
    by: t.exposeString('by'),
    auditId: t.exposeID('auditId'),
    entitiesCreated: t.exposeInt('entitiesCreated'),
    entitiesMatched: t.exposeInt('entitiesMatched'),
    relationshipsCreated: t.exposeInt('relationshipsCreated'),
    relationshipsMatched: t.exposeInt('relationshipsMatched'),
    relationshipsSkipped: t.exposeInt('relationshipsSkipped'),
    entities: t.field({
      type: [EntityRef],
      description: 'The entities the commit created or added evidence to.',
      resolve: async (result, _args, { loaders }) =>
        (await loaders.entity.loadMany(Object.values(result.entityIds))).filter(
          (entity): entity is EntityRecord => entity !== null && !(entity instanceof Error),
        ),
    }),
  }),
});

const SentenceRef = builder
  .objectRef<{ start: number; end: number; noise: boolean }>('IngestSentence')
  .implement({
    description:
      'A sentence of the text; `noise` marks lines that are not sentences (credits, captions).',
    fields: (t) => ({
      start: t.exposeInt('start'),
      end: t.exposeInt('end'),
      noise: t.exposeBoolean('noise'),
    }),
  });

const IngestDraftRef = builder.objectRef<IngestDraft>('IngestDraft').implement({
  description: 'A proposed graph update from one article, under review until it is committed.',
  fields: (t) => ({
    id: t.exposeID('id'),
    source: t.field({
      type: SourceRef,
      resolve: async (draft, _args, { loaders }) =>
        (await loaders.source.load(draft.sourceId)) ??
        Promise.reject(notFound('source', draft.sourceId)),
    }),
    createdAt: t.exposeString('createdAt'),
    createdBy: t.exposeString('createdBy'),
    pipelineVersion: t.string({ resolve: (draft) => draft.state.pipelineVersion }),
    sentences: t.field({ type: [SentenceRef], resolve: (draft) => draft.state.sentences }),
    entities: t.field({
      type: [EntityCandidateRef],
      resolve: (draft) => draft.state.entities.map((candidate) => ({ draft, candidate })),
    }),
    relationships: t.field({
      type: [RelationshipCandidateRef],
      resolve: (draft) => draft.state.relationships.map((candidate) => ({ draft, candidate })),
    }),
    preview: t.field({ type: CommitPreviewRef, resolve: (draft) => previewCommit(draft.state) }),
    commit: t.field({
      type: CommitResultRef,
      nullable: true,
      description: 'What the commit wrote; null until committed.',
      resolve: (draft) => draft.state.commit ?? null,
    }),
  }),
});

const IngestInput = builder.inputType('IngestInput', {
  description: 'An article as plain text, stored exactly as given.',
  fields: (t) => ({
    text: t.string({ required: true }),
    title: t.string({ description: 'Defaults to the first line of the text.' }),
    url: t.string(),
    publishedAt: t.string({ description: 'YYYY, YYYY-MM or YYYY-MM-DD.' }),
  }),
});

const IngestDecisionInput = builder.inputType('IngestDecisionInput', {
  fields: (t) => ({
    candidateId: t.id({ required: true }),
    decision: t.field({ type: CandidateDecisionEnum, required: true }),
    matchId: t.id({
      description: 'Entity candidates: the existing entity it is, instead of the proposed match.',
    }),
    makeNew: t.boolean({
      description: 'Entity candidates: a new entity, even though a match was proposed.',
    }),
    name: t.string({
      description: 'Entity candidates: the name it gets; the text’s name stays an alias.',
    }),
  }),
});

builder.queryField('ingestDraft', (t) =>
  t.field({
    type: IngestDraftRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, { executor }) =>
      (await readIngestDraft(executor, String(id))) ?? null,
  }),
);

builder.mutationField('proposeIngest', (t) =>
  t.field({
    type: IngestDraftRef,
    description:
      'Stores the article as a source and proposes candidates; writes no entity or relationship.',
    args: { input: t.arg({ type: IngestInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const actor = requireScope(context, 'write');
      return mustReadIngestDraft(
        context.executor,
        await proposeIngest(context.executor, actor, input),
      );
    },
  }),
);

builder.mutationField('decideIngest', (t) =>
  t.field({
    type: IngestDraftRef,
    description:
      'Records review decisions (accept, reject, unsure, rename, re-match, make new), kept with who and when.',
    args: {
      draftId: t.arg.id({ required: true }),
      decisions: t.arg({ type: [IngestDecisionInput], required: true }),
    },
    resolve: async (_root, { draftId, decisions }, context) => {
      const actor = requireScope(context, 'write');
      await decideIngest(
        context.executor,
        actor,
        String(draftId),
        decisions.map((decision) => ({
          ...decision,
          candidateId: String(decision.candidateId),
          matchId:
            decision.matchId === null || decision.matchId === undefined
              ? undefined
              : String(decision.matchId),
        })),
      );
      return mustReadIngestDraft(context.executor, String(draftId));
    },
  }),
);

builder.mutationField('commitIngest', (t) =>
  t.field({
    type: CommitResultRef,
    description:
      'Writes the accepted candidates in one transaction, with their evidence; committing again changes nothing.',
    args: { draftId: t.arg.id({ required: true }) },
    resolve: async (_root, { draftId }, context) => {
      const actor = requireScope(context, 'write');
      return commitIngest(context.executor, actor, String(draftId), (error) =>
        context.logger.error({ err: error }, 'scores were not refreshed after an ingest commit'),
      );
    },
  }),
);

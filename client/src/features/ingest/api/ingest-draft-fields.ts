import { graphql, type ResultOf } from '../../../lib/graphql';
import type { CommitOutcome, IngestDraft } from '../lib/draft';

/** What a commit wrote, as the draft and the commit mutation both answer it. */
export const CommitFields = graphql(`
  fragment IngestCommitFields on IngestCommitResult @_unmask {
    at
    by
    entitiesCreated
    entitiesMatched
    relationshipsCreated
    relationshipsMatched
    relationshipsSkipped
    entities {
      id
      kind
      name
    }
  }
`);

/** Everything the review screen shows of a draft. */
export const DraftFields = graphql(
  `
    fragment IngestDraftFields on IngestDraft @_unmask {
      id
      createdAt
      createdBy
      source {
        id
        title
        url
        text
      }
      sentences {
        start
        end
        noise
      }
      entities {
        id
        kind
        name
        aliases
        confidence
        rule
        decision
        decidedBy
        decidedAt
        matchReasons
        match {
          id
          kind
          name
        }
        evidence {
          quote
          start
          end
        }
      }
      relationships {
        id
        type
        label
        confidence
        rule
        decision
        from {
          id
        }
        to {
          id
        }
        evidence {
          quote
          start
          end
        }
      }
      preview {
        entitiesToCreate
        entitiesToMatch
        relationshipsToWrite
        relationshipsToSkip
        pending
        unsure
      }
      commit {
        ...IngestCommitFields
      }
    }
  `,
  [CommitFields],
);

export const toCommitOutcome = (commit: ResultOf<typeof CommitFields>): CommitOutcome => ({
  ...commit,
  entities: commit.entities.map(({ id, kind, name }) => ({ id, kind, name })),
});

/** The API's draft as the review screen's plain values. */
export const toIngestDraft = (draft: ResultOf<typeof DraftFields>): IngestDraft => ({
  id: draft.id,
  createdAt: draft.createdAt,
  createdBy: draft.createdBy,
  source: { ...draft.source, url: draft.source.url ?? null },
  sentences: draft.sentences,
  entities: draft.entities.map((entity) => ({
    ...entity,
    group: 'entity',
    decidedBy: entity.decidedBy ?? null,
    decidedAt: entity.decidedAt ?? null,
    match: entity.match && {
      id: entity.match.id,
      kind: entity.match.kind,
      name: entity.match.name,
    },
  })),
  relationships: draft.relationships.map(({ from, to, ...relationship }) => ({
    ...relationship,
    group: 'relationship',
    fromId: from.id,
    toId: to.id,
  })),
  preview: draft.preview,
  commit: draft.commit ? toCommitOutcome(draft.commit) : null,
});

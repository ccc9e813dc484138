import { graphql } from '../../../lib/graphql';
import { type ApiClient, runMutation, runQuery } from '../../../lib/graphql-client';
import type { CommitOutcome, DecisionInput, IngestDraft } from '../lib/draft';
import { authorization } from '../../../lib/write-token';
import { CommitFields, DraftFields, toCommitOutcome, toIngestDraft } from './ingest-draft-fields';

const IngestDraftQuery = graphql(
  `
    query IngestDraft($id: ID!) {
      ingestDraft(id: $id) {
        ...IngestDraftFields
      }
    }
  `,
  [DraftFields],
);

const ProposeIngestMutation = graphql(
  `
    mutation ProposeIngest($input: IngestInput!) {
      proposeIngest(input: $input) {
        ...IngestDraftFields
      }
    }
  `,
  [DraftFields],
);

const DecideIngestMutation = graphql(
  `
    mutation DecideIngest($draftId: ID!, $decisions: [IngestDecisionInput!]!) {
      decideIngest(draftId: $draftId, decisions: $decisions) {
        ...IngestDraftFields
      }
    }
  `,
  [DraftFields],
);

const CommitIngestMutation = graphql(
  `
    mutation CommitIngest($draftId: ID!) {
      commitIngest(draftId: $draftId) {
        ...IngestCommitFields
      }
    }
  `,
  [CommitFields],
);

export interface ArticleInput {
  text: string;
  title?: string;
  url?: string;
  publishedAt?: string;
}

/** A draft as stored now (never from the cache: someone may have decided since); null: none. */
export async function getIngestDraft(client: ApiClient, id: string): Promise<IngestDraft | null> {
  const { ingestDraft } = await runQuery(
    client,
    IngestDraftQuery,
    { id },
    { requestPolicy: 'network-only' },
  );
  return ingestDraft ? toIngestDraft(ingestDraft) : null;
}

export const proposeIngest = async (
  client: ApiClient,
  input: ArticleInput,
  token: string,
): Promise<IngestDraft> =>
  toIngestDraft(
    (await runMutation(client, ProposeIngestMutation, { input }, authorization(token)))
      .proposeIngest,
  );

export const decideIngest = async (
  client: ApiClient,
  draftId: string,
  decisions: readonly DecisionInput[],
  token: string,
): Promise<IngestDraft> =>
  toIngestDraft(
    (
      await runMutation(
        client,
        DecideIngestMutation,
        { draftId, decisions: [...decisions] },
        authorization(token),
      )
    ).decideIngest,
  );

export const commitIngest = async (
  client: ApiClient,
  draftId: string,
  token: string,
): Promise<CommitOutcome> =>
  toCommitOutcome(
    (await runMutation(client, CommitIngestMutation, { draftId }, authorization(token)))
      .commitIngest,
  );

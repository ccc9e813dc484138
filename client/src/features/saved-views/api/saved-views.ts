import { graphql, type ResultOf } from '../../../lib/graphql';
import { type ApiClient, runMutation, runQuery } from '../../../lib/graphql-client';
import { authorization } from '../../../lib/write-token';

const SavedViewFields = graphql(`
  fragment SavedViewFields on SavedView @_unmask {
    id
    name
    note
    state
    savedBy
    updatedAt
  }
`);

const SavedViewsQuery = graphql(
  `
    query SavedViews($first: Int!, $after: String) {
      savedViews(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...SavedViewFields
          }
        }
      }
    }
  `,
  [SavedViewFields],
);

const SaveViewMutation = graphql(
  `
    mutation SaveView($input: SaveViewInput!) {
      saveView(input: $input) {
        ...SavedViewFields
      }
    }
  `,
  [SavedViewFields],
);

const DeleteSavedViewMutation = graphql(`
  mutation DeleteSavedView($id: ID!) {
    deleteSavedView(id: $id) {
      id
    }
  }
`);

export type SavedView = ResultOf<typeof SavedViewFields>;

export interface SavedViewPage {
  views: SavedView[];
  total: number;
  /** Where the next page starts; null: this was the last. */
  next: string | null;
}

/** A page of everyone's views, newest first; always from the server (others save too). */
export async function getSavedViews(
  client: ApiClient,
  first: number,
  after: string | null,
): Promise<SavedViewPage> {
  const { savedViews } = await runQuery(
    client,
    SavedViewsQuery,
    { first, after },
    { requestPolicy: 'network-only' },
  );
  return {
    views: savedViews.edges.map((edge) => edge.node),
    total: savedViews.totalCount,
    next: savedViews.pageInfo.hasNextPage ? savedViews.pageInfo.endCursor : null,
  };
}

export const saveView = async (
  client: ApiClient,
  input: { name: string; note?: string; state: string },
  token: string,
): Promise<SavedView> =>
  (await runMutation(client, SaveViewMutation, { input }, authorization(token))).saveView;

export const deleteSavedView = async (
  client: ApiClient,
  id: string,
  token: string,
): Promise<void> => {
  await runMutation(client, DeleteSavedViewMutation, { id }, authorization(token));
};

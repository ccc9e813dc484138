import type { EntityKind } from '@guanxi/graph-schema';
import { type FoundPath, PathFields, toFoundPath } from '../../../lib/found-path';
import { graphql, type ResultOf } from '../../../lib/graphql';
import { type ApiClient, runQuery } from '../../../lib/graphql-client';
import { useApiQuery } from '../../../lib/use-api-query';

const CommonConnectionsQuery = graphql(
  `
    query CommonConnections($ids: [ID!]!, $first: Int) {
      commonConnections(ids: $ids, first: $first) {
        sharedCount
        directCount
        entity {
          id
          kind
          name
        }
        ties {
          ...PathFields
        }
      }
    }
  `,
  [PathFields],
);

export interface SharedConnection {
  entity: { id: string; kind: EntityKind; name: string };
  sharedCount: number;
  directCount: number;
  /** How each chosen entity reaches it: one step (directly) or two (through one body). */
  ties: FoundPath[];
}

/** The most shared connections a panel lists. */
const SHOWN = 20;

const select = ({
  commonConnections,
}: ResultOf<typeof CommonConnectionsQuery>): SharedConnection[] =>
  commonConnections.map((connection) => ({
    entity: connection.entity,
    sharedCount: connection.sharedCount,
    directCount: connection.directCount,
    ties: connection.ties.map(toFoundPath),
  }));

const variables = (ids: readonly string[]) => ({ ids: [...ids], first: SHOWN });

/** What the chosen entities share (null: fewer than two chosen, nothing to ask). */
export const useCommonConnections = (ids: readonly string[]) =>
  useApiQuery(CommonConnectionsQuery, ids.length >= 2 ? variables(ids) : null, select);

/** The same question for drawing its answer from a link; the cache shares one answer with the panel. */
export const getCommonConnections = async (
  client: ApiClient,
  ids: readonly string[],
): Promise<SharedConnection[]> =>
  select(await runQuery(client, CommonConnectionsQuery, variables(ids)));

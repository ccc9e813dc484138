import { print } from '@0no-co/graphql.web';
import type { NeighborhoodSize, PathQuery } from '../lib/url-state';
import { NeighborhoodQuery } from '../features/graph-canvas/api/get-neighborhood';
import { ConnectionsQuery, connectionsVariables } from '../features/paths/api/get-connections';

export interface ViewQuery {
  query: string;
  variables: Record<string, unknown>;
}

const STATS = /* GraphQL */ `
  query GraphStats {
    graphStats {
      labels {
        label
        count
      }
      relationshipTypes {
        type
        count
      }
    }
  }
`;

/** The GraphQL operation behind what is on screen, for "open in GraphiQL". */
export function viewQuery(
  focusId: string | null,
  path: PathQuery | null,
  size: NeighborhoodSize,
  asOf: string | null,
): ViewQuery {
  if (path) return { query: print(ConnectionsQuery), variables: connectionsVariables(path, asOf) };
  if (focusId)
    return {
      query: print(NeighborhoodQuery),
      variables: { id: focusId, depth: size.depth, limit: size.limit, asOf },
    };
  return { query: STATS, variables: {} };
}

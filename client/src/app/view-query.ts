import { print } from '@0no-co/graphql.web';
import { NEIGHBORHOOD_LIMIT } from '../config/limits';
import type { PathQuery } from '../lib/url-state';
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
export function viewQuery(focusId: string | null, path: PathQuery | null): ViewQuery {
  if (path) return { query: print(ConnectionsQuery), variables: connectionsVariables(path) };
  if (focusId)
    return {
      query: print(NeighborhoodQuery),
      variables: { id: focusId, limit: NEIGHBORHOOD_LIMIT },
    };
  return { query: STATS, variables: {} };
}

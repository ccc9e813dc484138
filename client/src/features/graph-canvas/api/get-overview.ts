import type { Subgraph } from '../../../lib/explorer-graph';
import { GraphCover } from '../../../lib/graph-cover';
import { graphql } from '../../../lib/graphql';
import { execute } from '../../../lib/graphql-client';
import { getNeighborhood } from './get-neighborhood';

/** Above this many entities the opening picture would be a hairball: start from search instead. */
export const OVERVIEW_MAX_ENTITIES = 200;
const DEPTH = 3;
const NODE_LIMIT = 1000;

const EntityIdsQuery = graphql(`
  query OverviewEntities($first: Int) {
    people(first: $first) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
    institutions(first: $first) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
    events(first: $first) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
    industries(first: $first) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
    places(first: $first) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
`);

export interface Overview {
  /** Entities in the database. */
  total: number;
  /** The whole graph, or null when it is too large to draw at once. */
  subgraph: Subgraph | null;
}

/** The opening picture: when the graph is small, all of it. */
export async function getOverview(signal?: AbortSignal): Promise<Overview> {
  const lists = await execute(EntityIdsQuery, { first: 100 }, signal);
  const connections = [
    lists.people,
    lists.institutions,
    lists.events,
    lists.industries,
    lists.places,
  ];
  const total = connections.reduce((sum, connection) => sum + connection.totalCount, 0);
  if (total > OVERVIEW_MAX_ENTITIES) return { total, subgraph: null };
  const cover = new GraphCover(
    connections.flatMap((connection) => connection.edges.map((edge) => edge.node.id)),
  );
  for (let centre = cover.next(); centre !== null; centre = cover.next())
    cover.add(
      centre,
      DEPTH,
      await getNeighborhood({ id: centre, depth: DEPTH, limit: NODE_LIMIT }, signal),
    );
  return { total, subgraph: cover.result() };
}

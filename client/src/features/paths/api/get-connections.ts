import { API_LIMITS, type EntityKind, type RelationType } from '@guanxi/graph-schema';
import type { Subgraph } from '../../../lib/explorer-graph';
import { graphql, type ResultOf } from '../../../lib/graphql';
import { type ApiClient, runQuery } from '../../../lib/graphql-client';
import { useApiQuery } from '../../../lib/use-api-query';
import type { PathQuery } from '../../../lib/url-state';

export const ConnectionsQuery = graphql(`
  query Connections($from: ID!, $to: ID!, $maxHops: Int, $first: Int, $avoid: [ID!]) {
    connections(from: $from, to: $to, maxHops: $maxHops, first: $first, avoid: $avoid) {
      length
      nodes {
        id
        kind
        name
      }
      steps {
        relationshipId
        type
        label
        sentence
        from {
          id
        }
        to {
          id
        }
        evidence {
          sourceId
          quote
          start
          end
        }
      }
    }
  }
`);

export interface PathHop {
  relationshipId: string;
  type: RelationType;
  label: string;
  sentence: string;
  fromId: string;
  toId: string;
  evidence: { sourceId: string; quote: string; start: number; end: number }[];
}

export interface FoundPath {
  length: number;
  nodes: { id: string; kind: EntityKind; name: string }[];
  hops: PathHop[];
}

export const connectionsVariables = (query: PathQuery) => ({
  from: query.from,
  to: query.to,
  maxHops: query.maxHops,
  first: API_LIMITS.connections.paths.default,
  avoid: query.avoid,
});

const selectPaths = ({ connections }: ResultOf<typeof ConnectionsQuery>): FoundPath[] =>
  connections.map((path) => ({
    length: path.length,
    nodes: path.nodes,
    hops: path.steps.map((step) => ({
      relationshipId: step.relationshipId,
      type: step.type,
      label: step.label,
      sentence: step.sentence,
      fromId: step.from.id,
      toId: step.to.id,
      evidence: step.evidence,
    })),
  }));

/** The paths for the question asked (null: none asked yet). */
export const useConnections = (query: PathQuery | null) =>
  useApiQuery(ConnectionsQuery, query && connectionsVariables(query), selectPaths);

/** The same question for drawing its answer; the cache shares one answer with the panel. */
export const getConnections = async (client: ApiClient, query: PathQuery): Promise<FoundPath[]> =>
  selectPaths(await runQuery(client, ConnectionsQuery, connectionsVariables(query)));

/** The paths as a subgraph the canvas can draw, with edge ids matching the neighbourhood's. */
export function pathsSubgraph(paths: readonly FoundPath[]): Subgraph {
  const nodes = new Map(
    paths.flatMap((path) => path.nodes.map((node) => [node.id, node] as const)),
  );
  const edges = new Map(
    paths.flatMap((path) =>
      path.hops.map(
        (hop) =>
          [
            hop.relationshipId,
            {
              id: hop.relationshipId,
              type: hop.type,
              source: hop.fromId,
              target: hop.toId,
              label: hop.label,
            },
          ] as const,
      ),
    ),
  );
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated: false };
}

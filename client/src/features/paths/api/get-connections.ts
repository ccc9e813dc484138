import type { EntityKind, RelationType } from '@guanxi/graph-schema';
import type { Subgraph } from '../../../lib/explorer-graph';
import { graphql } from '../../../lib/graphql';
import { execute } from '../../../lib/graphql-client';
import type { PathQuery } from '../../../lib/url-state';

export const PATHS_WANTED = 3;

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
  first: PATHS_WANTED,
  avoid: query.avoid,
});

export async function getConnections(query: PathQuery, signal?: AbortSignal): Promise<FoundPath[]> {
  const { connections } = await execute(ConnectionsQuery, connectionsVariables(query), signal);
  return connections.map((path) => ({
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
}

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

import type { EntityKind, RelationType } from '@guanxi/graph-schema';
import type { EdgeTime, Subgraph } from './explorer-graph';
import { graphql, type ResultOf } from './graphql';

/**
 * A path as the API answers it (`Path`: who-knows-whom answers and the ties of shared
 * connections alike), the shape the panels show and the canvas draws.
 */
export const PathFields = graphql(`
  fragment PathFields on Path @_unmask {
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
      time {
        since
        until
        asOfFrom
        asOfTo
        undated
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
  time: EdgeTime;
}

export interface FoundPath {
  length: number;
  nodes: { id: string; kind: EntityKind; name: string }[];
  hops: PathHop[];
}

export const toFoundPath = (path: ResultOf<typeof PathFields>): FoundPath => ({
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
    time: step.time,
  })),
});

/** Paths as a subgraph the canvas can draw, with edge ids matching the neighbourhood's. */
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
              time: hop.time,
            },
          ] as const,
      ),
    ),
  );
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated: false };
}

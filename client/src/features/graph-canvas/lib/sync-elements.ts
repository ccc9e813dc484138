import type { Core, NodeCollection, Position } from 'cytoscape';
import type { GraphEdge, GraphNode } from '../../../lib/explorer-graph';
import { diffElements, type ElementData } from './element-diff';

const nodeData = (node: GraphNode): ElementData => ({
  id: node.id,
  kind: node.kind,
  name: node.name,
});

const edgeData = (edge: GraphEdge): ElementData => ({
  id: edge.id,
  source: edge.source,
  target: edge.target,
  type: edge.type,
  label: edge.label ?? '',
  undated: edge.time?.undated === true,
});

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Where a new node first appears: beside the drawn nodes it connects to, spread on a small
 * spiral so that siblings do not start on top of each other. The layout refines it afterwards.
 */
function startingPosition(cy: Core, neighbourIds: string[], index: number): Position {
  const anchors = neighbourIds
    .map((id) => cy.getElementById(id))
    .filter((element) => element.nonempty() && element.isNode());
  const extent = cy.extent();
  const centre =
    anchors.length > 0
      ? {
          x: anchors.reduce((sum, node) => sum + node.position('x'), 0) / anchors.length,
          y: anchors.reduce((sum, node) => sum + node.position('y'), 0) / anchors.length,
        }
      : { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
  const radius = 60 + 12 * Math.sqrt(index);
  return {
    x: centre.x + radius * Math.cos(index * GOLDEN_ANGLE),
    y: centre.y + radius * Math.sin(index * GOLDEN_ANGLE),
  };
}

/**
 * Brings the canvas in line with the wanted elements inside one batch (one redraw): removes
 * what went, updates what changed in place, adds what is new near its neighbours. Returns the
 * added nodes so that only they are laid out.
 */
export function syncElements(
  cy: Core,
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
): NodeCollection {
  const current = (selector: 'node' | 'edge') =>
    new Map(cy.elements(selector).map((element) => [element.id(), element.data() as ElementData]));
  const nodeDiff = diffElements(current('node'), nodes.map(nodeData));
  const edgeDiff = diffElements(current('edge'), edges.map(edgeData));

  const neighbours = new Map<string, string[]>();
  for (const edge of edges) {
    neighbours.set(edge.source, [...(neighbours.get(edge.source) ?? []), edge.target]);
    neighbours.set(edge.target, [...(neighbours.get(edge.target) ?? []), edge.source]);
  }

  let added = cy.collection();
  cy.batch(() => {
    for (const id of [...edgeDiff.removed, ...nodeDiff.removed]) cy.getElementById(id).remove();
    for (const data of [...nodeDiff.changed, ...edgeDiff.changed])
      cy.getElementById(data.id).data(data);
    added = cy.add(
      nodeDiff.added.map((data, index) => ({
        group: 'nodes' as const,
        data,
        position: startingPosition(cy, neighbours.get(data.id) ?? [], index),
      })),
    );
    cy.add(edgeDiff.added.map((data) => ({ group: 'edges' as const, data })));
  });
  return added.nodes();
}

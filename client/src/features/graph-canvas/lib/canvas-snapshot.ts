import type { EntityKind, RelationType } from '@guanxi/graph-schema';
import type { Core } from 'cytoscape';

/** A node as drawn: who it is and where it stands (model coordinates). */
export interface DrawnNode {
  id: string;
  kind: EntityKind;
  name: string;
  x: number;
  y: number;
}

export interface DrawnEdge {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  label: string;
}

/** What the picture shows right now: filtered-out elements are not part of it. */
export interface CanvasSnapshot {
  nodes: DrawnNode[];
  edges: DrawnEdge[];
}

export function snapshotOf(cy: Core): CanvasSnapshot {
  const snapshot: CanvasSnapshot = { nodes: [], edges: [] };
  const shown = new Set<string>();
  cy.nodes().forEach((node) => {
    if (node.hasClass('filtered')) return;
    shown.add(node.id());
    snapshot.nodes.push({
      id: node.id(),
      kind: node.data('kind') as EntityKind,
      name: node.data('name') as string,
      ...node.position(),
    });
  });
  cy.edges().forEach((edge) => {
    const [source, target] = [edge.source().id(), edge.target().id()];
    if (edge.hasClass('filtered') || !shown.has(source) || !shown.has(target)) return;
    snapshot.edges.push({
      id: edge.id(),
      type: edge.data('type') as RelationType,
      source,
      target,
      label: edge.data('label') as string,
    });
  });
  return snapshot;
}

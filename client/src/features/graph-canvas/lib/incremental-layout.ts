import type { Core, NodeCollection } from 'cytoscape';
import type { FcoseLayoutOptions } from 'cytoscape-fcose';

export interface LayoutReport {
  nodes: number;
  placed: number;
  ms: number;
}

const COMFORTABLE_ZOOM = 1.3;
const WHOLE_REGION_NODES = 300;

const SHARED: Partial<FcoseLayoutOptions> = {
  animate: false,
  idealEdgeLength: 110,
  nodeRepulsion: 16000,
  nodeSeparation: 90,
  packComponents: false,
};

/**
 * Lays out only what was added. A fresh picture gets a full fcose layout; after an expansion the
 * new nodes and the nodes they touch are laid out with those neighbours held where they are,
 * so the rest of the picture does not move. Pinned nodes are locked and never move.
 */
export function layoutAdded(cy: Core, added: NodeCollection): Promise<LayoutReport> {
  const started = performance.now();
  const fresh = added.length === cy.nodes().length;
  if (added.empty()) return Promise.resolve({ nodes: cy.nodes().length, placed: 0, ms: 0 });

  // New nodes must keep clear of every drawn node, not only their neighbours; holding all of them
  // in place is affordable up to a few hundred nodes, beyond that the neighbours have to do.
  const region =
    fresh || cy.nodes().length <= WHOLE_REGION_NODES
      ? cy.elements()
      : added.union(added.neighborhood());
  const anchors = region.nodes().difference(added).nodes();
  const options: FcoseLayoutOptions = {
    ...SHARED,
    name: 'fcose',
    quality: fresh ? 'default' : 'proof',
    // Counting labels keeps names apart; too costly for big pictures, where labels hide anyway.
    nodeDimensionsIncludeLabels: fresh && cy.nodes().length <= WHOLE_REGION_NODES,
    randomize: fresh,
    fit: fresh,
    padding: 40,
    fixedNodeConstraint: anchors.map((node) => ({ nodeId: node.id(), position: node.position() })),
  };
  return new Promise((resolve) => {
    const layout = region.layout(options);
    const held = new Map(anchors.map((node) => [node.id(), { ...node.position() }]));
    layout.one('layoutstop', () => {
      // fcose keeps fixed nodes only approximately; put them back exactly where they were.
      cy.batch(() => {
        for (const node of anchors) {
          const position = held.get(node.id());
          if (position) node.position(position);
        }
      });
      // Fitting a handful of nodes would blow them up; keep a readable, calm scale instead.
      if (fresh && cy.zoom() > COMFORTABLE_ZOOM) {
        cy.zoom(COMFORTABLE_ZOOM);
        cy.center();
      }
      resolve({
        nodes: cy.nodes().length,
        placed: added.length,
        ms: Math.round(performance.now() - started),
      });
    });
    layout.run();
  });
}

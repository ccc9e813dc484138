import cytoscape, { type Core } from 'cytoscape';
import type { FcoseLayoutOptions } from 'cytoscape-fcose';
import type { LayoutReply, LayoutRequest } from './layout-messages';
import { registerExtensions } from './register-extensions';
import { withSeededRandom } from './seeded-random';

/** One seed for every layout: the same graph is always drawn the same way. */
const LAYOUT_SEED = 0x9e3779b9;

const SHARED: Partial<FcoseLayoutOptions> = {
  name: 'fcose',
  animate: false,
  fit: false,
  idealEdgeLength: 110,
  nodeRepulsion: 16000,
  nodeSeparation: 90,
  packComponents: false,
  // Boxes come measured from the page (labels included where they count), see `width`/`height`.
  nodeDimensionsIncludeLabels: false,
};

function headlessGraph({ nodes, edges }: LayoutRequest): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: [
      {
        selector: 'node',
        style: { shape: 'rectangle', width: 'data(width)', height: 'data(height)' },
      },
    ],
    elements: [
      ...nodes.map(({ id, width, height, x, y }) => ({
        group: 'nodes' as const,
        data: { id, width, height },
        position: { x, y },
      })),
      ...edges.map(({ source, target }, index) => ({
        group: 'edges' as const,
        data: { id: `e${index}`, source, target },
      })),
    ],
  });
}

function positionsOf(cy: Core, request: LayoutRequest): Float64Array {
  const positions = new Float64Array(request.nodes.length * 2);
  request.nodes.forEach(({ id }, index) => {
    const { x, y } = cy.getElementById(id).position();
    positions[2 * index] = x;
    positions[2 * index + 1] = y;
  });
  return positions;
}

/**
 * Lays a graph out with fcose, headless, as the layout worker does. Fixed nodes are held by
 * constraint; a staged layout answers its spectral draft before refining it.
 */
export function computeLayout(request: LayoutRequest, answer: (reply: LayoutReply) => void): void {
  registerExtensions();
  const cy = headlessGraph(request);
  const fixedNodeConstraint = request.nodes
    .filter((node) => node.fixed)
    .map(({ id, x, y }) => ({ nodeId: id, position: { x, y } }));
  const run = (options: Partial<FcoseLayoutOptions>) =>
    withSeededRandom(LAYOUT_SEED, () =>
      cy.layout({ ...SHARED, fixedNodeConstraint, ...options } as FcoseLayoutOptions).run(),
    );
  if (request.mode === 'staged') {
    run({ quality: 'draft', randomize: true });
    answer({ id: request.id, stage: 'draft', positions: positionsOf(cy, request) });
    run({ quality: 'default', randomize: false });
  } else if (request.mode === 'fresh') {
    run({ quality: 'default', randomize: true });
  } else {
    run({ quality: 'proof', randomize: false });
  }
  answer({ id: request.id, stage: 'final', positions: positionsOf(cy, request) });
  cy.destroy();
}

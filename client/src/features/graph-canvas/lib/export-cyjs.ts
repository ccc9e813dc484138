import type { Core } from 'cytoscape';

/**
 * The visible subgraph in Cytoscape.js JSON (.cyjs), the format Cytoscape desktop imports:
 * elements with their data and positions, filtered and hidden elements left out.
 */
export function exportCyjs(cy: Core, title: string) {
  const visible = cy.elements().not('.filtered');
  return {
    format_version: '1.0',
    generated_by: 'guanxi',
    target_cytoscapejs_version: '~3',
    data: { name: title },
    elements: {
      nodes: visible.nodes().map((node) => ({
        data: { ...node.data() },
        position: { ...node.position() },
      })),
      edges: visible
        .edges()
        .filter((edge) => edge.source().visible() && edge.target().visible())
        .map((edge) => ({ data: { ...edge.data() } })),
    },
  };
}

export type CyjsDocument = ReturnType<typeof exportCyjs>;
